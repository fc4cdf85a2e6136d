import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/answer.js';
import { INTENTS } from '../../src/answer/model.js';

const EvalItem = z.strictObject({
  q: z.string(),
  intent: z.enum(INTENTS),
  programs: z.array(z.string()),
  note: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;

export function loadEvaluationSet(): EvalItem[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));
  return z.array(EvalItem).parse(raw);
}

export interface EvalFailure {
  item: EvalItem;
  gotIntent: string;
  gotPrograms: string[];
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
  }
  return { accuracy: (items.length - failures.length) / items.length, failures };
}
