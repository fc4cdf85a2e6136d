/** What the safety layer decides about a message, before any intent is looked for. */
export const SAFETY_TIERS = ['imminent', 'crisis', 'someone-else', 'distress', 'none'] as const;
export type SafetyTier = (typeof SAFETY_TIERS)[number];

export type SafetyLanguage = 'en' | 'es';

export interface SafetyVerdict {
  tier: SafetyTier;
  /** Danger is now, to the writer or to the person they write about: 911 comes first. */
  urgent: boolean;
  /** The language the answer should be in: Spanish when the risk language was Spanish. */
  language: SafetyLanguage;
}
