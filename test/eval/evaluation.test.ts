import { describe, expect, it } from 'vitest';
import { answer } from '../helpers/core.js';
import { loadEvaluationSet, scoreEvaluation } from './runEvaluation.js';

describe('evaluation set', () => {
  const items = loadEvaluationSet();

  it('has at least 100 realistic questions covering every intent', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    // The original eight intents, and support: safety answers a client's risk before the question.
    expect(new Set(items.map((i) => i.intent)).size).toBe(9);
  });

  it('answers at least 95% with the expected intent and programs', () => {
    const { accuracy, failures } = scoreEvaluation(answer, items);
    console.log(`evaluation accuracy: ${(accuracy * 100).toFixed(1)}% of ${items.length}`);
    for (const f of failures) {
      console.log(
        `  miss: ${JSON.stringify(f.item.q)} want ${f.item.intent} [${f.item.programs}] got ${f.gotIntent} [${f.gotPrograms}]`,
      );
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never misses a crisis question in the set', () => {
    const crisis = items.filter((i) => i.intent === 'crisis');
    expect(crisis.length).toBeGreaterThanOrEqual(10);
    for (const item of crisis) expect(answer(item.q).intent, item.q).toBe('crisis');
  });
});
