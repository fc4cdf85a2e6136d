import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/answer.js';
import { type Answer, INTENTS } from '../../src/answer/model.js';

/** The part of a program a detail question asks about, as the evaluation sets name it. */
const ASPECTS = [
  'overview',
  'length',
  'format',
  'audience',
  'developer',
  'training',
  'research',
  'measures',
  'website',
  'rating',
  'relevance',
  'cost',
  'languages',
  'components',
] as const;

const EvalItem = z.strictObject({
  q: z.string(),
  intent: z.enum(INTENTS),
  programs: z.array(z.string()),
  category: z.string().optional(),
  aspect: z.enum(ASPECTS).optional(),
  note: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;

/** questions.json (the project's own 140), fresh-dev.json or fresh-heldout.json (written blind). */
export function loadEvaluationSet(file = 'questions.json'): EvalItem[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
  return z.array(EvalItem).parse(raw);
}

export interface EvalFailure {
  item: EvalItem;
  gotIntent: string;
  gotPrograms: string[];
  /** Set when intent and programs were right but the answer did not lead with the asked aspect. */
  gotLead?: string;
}

/** The heading each aspect's block carries in a detail answer. */
const LEAD_HEADING: Record<(typeof ASPECTS)[number], string | undefined> = {
  overview: undefined,
  length: 'How long it takes',
  format: 'Format',
  audience: 'Who it is for',
  developer: 'Who developed it',
  training: 'Who delivers it',
  research: 'Research',
  measures: 'Outcome measures',
  website: 'Website',
  rating: 'CEBC Scientific Rating',
  relevance: 'CWS Relevance Level',
  cost: 'Cost',
  languages: 'Languages',
  components: undefined,
};

/** What a detail answer leads with: its first block's heading, or "overview" for a plain paragraph. */
function leadOf(answer: Answer): string {
  const first = answer.blocks[0];
  if (first?.type === 'facts') return first.heading;
  return first?.type === 'paragraph' ? 'overview' : (first?.type ?? 'nothing');
}

function leadsWithAspect(answer: Answer, aspect: EvalItem['aspect']): boolean {
  if (!aspect || answer.intent !== 'detail') return true;
  const lead = leadOf(answer);
  if (aspect === 'overview') return lead === 'overview';
  if (aspect === 'components') return answer.blocks[0]?.type === 'facts' && lead !== 'overview';
  return lead === LEAD_HEADING[aspect];
}

/** List answers are compared as sets; compare and detail answers keep the order the question used. */
export function scoreEvaluation(
  answer: Answerer,
  items: EvalItem[],
): { accuracy: number; failures: EvalFailure[] } {
  const failures: EvalFailure[] = [];
  for (const item of items) {
    const got = answer(item.q);
    const expected = item.intent === 'list' ? [...item.programs].sort() : item.programs;
    const actual = item.intent === 'list' ? [...got.programs].sort() : got.programs;
    const ok = got.intent === item.intent && JSON.stringify(expected) === JSON.stringify(actual);
    if (!ok) failures.push({ item, gotIntent: got.intent, gotPrograms: got.programs });
    else if (!leadsWithAspect(got, item.aspect)) {
      failures.push({ item, gotIntent: got.intent, gotPrograms: got.programs, gotLead: leadOf(got) });
    }
  }
  return { accuracy: (items.length - failures.length) / items.length, failures };
}

export interface CategoryScore {
  category: string;
  total: number;
  right: number;
}

/** Right answers per category, in the order categories first appear. */
export function scoreByCategory(items: EvalItem[], failures: EvalFailure[]): CategoryScore[] {
  const failed = new Set(failures.map((f) => f.item));
  const scores = new Map<string, CategoryScore>();
  for (const item of items) {
    const category = item.category ?? item.intent;
    const score = scores.get(category) ?? { category, total: 0, right: 0 };
    score.total += 1;
    if (!failed.has(item)) score.right += 1;
    scores.set(category, score);
  }
  return [...scores.values()];
}

export function formatScores(scores: CategoryScore[]): string {
  return scores
    .map(
      (s) => `  ${s.category.padEnd(16)} ${s.right}/${s.total} (${((100 * s.right) / s.total).toFixed(0)}%)`,
    )
    .join('\n');
}
