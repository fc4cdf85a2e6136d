import { describe, expect, it } from 'vitest';
import { answer } from '../helpers/core.js';
import { formatScores, loadEvaluationSet, scoreByCategory, scoreEvaluation } from './runEvaluation.js';

/**
 * The fresh sets were written blind to the intents contract, as staff type. The dev half may be
 * tuned on and its misses are printed; the held-out half is only scored: its misses are never
 * printed, so nobody tunes to it.
 *
 * Issue 11's target for the held-out half is 95%. It scores below that today, so the test holds
 * it at the floor it reaches (a drop fails) and prints the target beside it; the floor only moves
 * up, towards the target.
 */
const HELD_OUT_TARGET = 0.95;
const HELD_OUT_FLOOR = 0.92;
/** fresh-dev2.json came from a second blind writer after the first round of tuning; it shows how far the rules generalize. */
const DEV2_FLOOR = 0.76;
describe('fresh evaluation sets', () => {
  it('dev half: at least 95% with the expected intent, programs and lead', () => {
    const items = loadEvaluationSet('fresh-dev.json');
    expect(items.length).toBeGreaterThanOrEqual(200);
    const { accuracy, failures } = scoreEvaluation(answer, items);
    console.log(
      `fresh dev: ${(accuracy * 100).toFixed(1)}% of ${items.length}\n${formatScores(scoreByCategory(items, failures))}`,
    );
    for (const f of failures) {
      console.log(
        `  miss: ${JSON.stringify(f.item.q)} want ${f.item.intent} [${f.item.programs}]${f.item.aspect ? ` ${f.item.aspect}` : ''} got ${f.gotIntent} [${f.gotPrograms}]${f.gotLead ? ` lead ${f.gotLead}` : ''}`,
      );
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out half: at or above its floor (target 95%), reported by category only', () => {
    const items = loadEvaluationSet('fresh-heldout.json');
    expect(items.length).toBeGreaterThanOrEqual(200);
    const { accuracy, failures } = scoreEvaluation(answer, items);
    // How many misses were the safety layer answering first (a count, never the items).
    const safety = failures.filter((f) => f.gotIntent === 'support' || f.gotIntent === 'crisis').length;
    console.log(
      `fresh held-out: ${(accuracy * 100).toFixed(1)}% of ${items.length}, target ${HELD_OUT_TARGET * 100}% (${safety} of ${failures.length} misses answered by the safety layer)\n${formatScores(scoreByCategory(items, failures))}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it('second dev set (another blind writer, 75% before any tuning): at or above its floor', () => {
    const items = loadEvaluationSet('fresh-dev2.json');
    expect(items.length).toBeGreaterThanOrEqual(200);
    const { accuracy, failures } = scoreEvaluation(answer, items);
    console.log(
      `fresh dev2: ${(accuracy * 100).toFixed(1)}% of ${items.length}, target ${HELD_OUT_TARGET * 100}%\n${formatScores(scoreByCategory(items, failures))}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(DEV2_FLOOR);
  });
});
