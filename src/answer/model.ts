import type { SafetyTier } from '../safety/verdict.js';

/**
 * The neutral answer model: the only thing the core hands to adapters. Renderers turn it into
 * plain text, Block Kit or an Adaptive Card; nothing here knows about a platform.
 * `crisis` answers imminent danger and thoughts of suicide; `support` answers worry about someone
 * else and heavy days.
 */
export const INTENTS = [
  'list',
  'detail',
  'compare',
  'explain',
  'tip',
  'help',
  'crisis',
  'support',
  'unknown',
  'notInTopic',
  'smalltalk',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Link {
  label: string;
  url: string;
}

export interface ProgramSummary {
  id: string;
  name: string;
  shortName: string;
  rating: { level: string; name: string; shortName: string };
  relevance: string;
  cebc: Link;
}

/** A line of fact; `unconfirmed` must be shown as such, never as certain. */
export interface FactLine {
  text: string;
  source: string;
  unconfirmed: boolean;
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'program'; program: ProgramSummary; reasons: string[]; overview?: string }
  | { type: 'facts'; heading: string; facts: FactLine[] }
  | { type: 'quote'; text: string; attribution: Link }
  | { type: 'comparison'; programs: ProgramSummary[]; rows: { label: string; values: string[] }[] }
  | {
      type: 'resources';
      heading: string;
      items: { name: string; how: string[]; detail: string; url?: string }[];
    }
  | { type: 'examples'; heading: string; questions: string[] }
  | { type: 'links'; links: Link[] }
  | { type: 'note'; text: string }
  /** "More about CRM": one tap to the full profile. `question` asks the core for it in words. */
  | { type: 'more'; programId: string; label: string; question: string };

export interface Answer {
  intent: Intent;
  title: string;
  blocks: Block[];
  /** Program ids in the order the answer presents them. */
  programs: string[];
  /**
   * True when the answer must reach only the asker (every safety tier but none): adapters never post
   * it to a channel or thread, never offer to share it, never return it as a search result.
   */
  private: boolean;
  /** What the safety layer decided about the message; absent means `none`. */
  safety?: SafetyTier;
}
