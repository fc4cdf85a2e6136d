import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultContentDir } from '../../content/loadContent.js';
import { SAFETY_TIERS, type SafetyTier } from '../verdict.js';
import { tokenizeForModel } from './tokenizeForModel.js';

/**
 * A naive Bayes model over words and word pairs, trained (test/safety/trainRiskModel.ts) on the
 * labelled tuning messages and on ordinary questions. The rules name what they know; the model
 * catches the wordings nobody wrote a rule for ("wanna go to sleep and not respawn"), so it is
 * consulted only when the rules found nothing, and only a confident reading counts.
 */
const RiskModelSchema = z.strictObject({
  tiers: z.array(z.enum(SAFETY_TIERS)).length(SAFETY_TIERS.length),
  docs: z.array(z.number().int().nonnegative()),
  totals: z.array(z.number().int().nonnegative()),
  vocabularySize: z.number().int().positive(),
  counts: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type RiskModel = z.infer<typeof RiskModelSchema>;

const SMOOTHING = 0.5;

export function loadRiskModel(file = join(defaultContentDir(), 'safety', 'risk-model.json')): RiskModel {
  const parsed = RiskModelSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a risk model (run npm run train:safety): ${parsed.error.message}`);
  }
  return parsed.data;
}

/** The most likely tier and its probability. */
export function scoreRisk(model: RiskModel, text: string): { tier: SafetyTier; probability: number } {
  const tokens = tokenizeForModel(text).filter((t) => t in model.counts);
  const docCount = model.docs.reduce((a, b) => a + b, 0);
  const logs = model.tiers.map((_, i) => {
    let score = Math.log((model.docs[i] ?? 0) / docCount);
    const denominator = (model.totals[i] ?? 0) + SMOOTHING * model.vocabularySize;
    for (const token of tokens)
      score += Math.log(((model.counts[token]?.[i] ?? 0) + SMOOTHING) / denominator);
    return score;
  });
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const sum = weights.reduce((a, b) => a + b, 0);
  const best = weights.indexOf(1);
  return { tier: model.tiers[best] ?? 'none', probability: (weights[best] ?? 0) / sum };
}
