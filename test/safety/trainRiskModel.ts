import { readFileSync, writeFileSync } from 'node:fs';
import { tokenizeForModel } from '../../src/safety/model/tokenizeForModel.js';
import { SAFETY_TIERS, type SafetyTier } from '../../src/safety/verdict.js';
import { loadEvaluationSet } from '../eval/runEvaluation.js';
import { loadSafetySet } from './scoreSafety.js';

/**
 * Trains content/safety/risk-model.json from the tuning sets only: the held-out safety sets
 * (heldout, heldout2, heldout3) and the held-out questions are never read here, so their scores stay honest.
 * Questions count as `none`, so everyday questions teach the model what is not a disclosure.
 */
export function trainRiskModel() {
  const examples: { text: string; tier: SafetyTier }[] = [];
  for (const set of ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7'] as const) {
    for (const item of loadSafetySet(set)) examples.push({ text: item.text, tier: item.tier });
  }
  for (const file of ['questions.json', 'fresh-dev.json', 'fresh-dev2.json']) {
    for (const item of loadEvaluationSet(file)) {
      if (item.intent !== 'support') examples.push({ text: item.q, tier: 'none' });
    }
  }
  // The Spanish questions' tuning half: its format carries tips commands, so only the text is read.
  const spanish: { q: string }[] = JSON.parse(
    readFileSync(new URL('../eval/spanish-dev.json', import.meta.url), 'utf8'),
  );
  for (const item of spanish) examples.push({ text: item.q, tier: 'none' });
  const tiers = [...SAFETY_TIERS];
  const docs = tiers.map(() => 0);
  const totals = tiers.map(() => 0);
  const counts: Record<string, number[]> = {};
  for (const { text, tier } of examples) {
    const i = tiers.indexOf(tier);
    docs[i] = (docs[i] ?? 0) + 1;
    for (const token of tokenizeForModel(text)) {
      counts[token] ??= tiers.map(() => 0);
      const row = counts[token];
      row[i] = (row[i] ?? 0) + 1;
      totals[i] = (totals[i] ?? 0) + 1;
    }
  }
  return { tiers, docs, totals, vocabularySize: Object.keys(counts).length, counts };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const out = new URL('../../content/safety/risk-model.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(trainRiskModel())}\n`);
  console.log(`wrote ${out.pathname} (${readFileSync(out).length} bytes)`);
}
