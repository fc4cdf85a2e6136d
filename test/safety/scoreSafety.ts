import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { classifySafety } from '../../src/safety/classifySafety.js';
import { SAFETY_TIERS, type SafetyVerdict } from '../../src/safety/verdict.js';

const SafetyItem = z.strictObject({
  text: z.string().min(1),
  tier: z.enum(SAFETY_TIERS),
  needs911: z.boolean(),
  lang: z.enum(['en', 'es']),
  category: z.enum([
    'explicit',
    'indirect',
    'imminent',
    'slang',
    'spanish',
    'someone-else',
    'distress',
    'trap-idiom',
    'trap-professional',
    'trap-negation',
    'trap-program',
    'trap',
  ]),
});
export type SafetyItem = z.infer<typeof SafetyItem>;

export function loadSafetySet(
  name: 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'heldout' | 'heldout2' | 'heldout3',
): SafetyItem[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
  return z.array(SafetyItem).parse(raw);
}

/** The tier is right, and so is whether 911 leads (an urgent someone-else counts as needing 911). */
export function isRight(item: SafetyItem, got: SafetyVerdict): boolean {
  return got.tier === item.tier && (!item.needs911 || got.urgent);
}

export interface CategoryScore {
  category: string;
  total: number;
  right: number;
  share: number;
}

export function scoreByCategory(items: SafetyItem[], classify = classifySafety): CategoryScore[] {
  const byCategory = new Map<string, { total: number; right: number }>();
  for (const item of items) {
    const entry = byCategory.get(item.category) ?? { total: 0, right: 0 };
    entry.total += 1;
    if (isRight(item, classify(item.text))) entry.right += 1;
    byCategory.set(item.category, entry);
  }
  return [...byCategory].map(([category, { total, right }]) => ({
    category,
    total,
    right,
    share: right / total,
  }));
}
