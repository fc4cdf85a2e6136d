import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { answer } from '../helpers/core.js';
import { type CategoryScore, loadSafetySet, scoreByCategory } from './scoreSafety.js';

/**
 * The safety layer against messages written as staff type them. heldout.json was written before
 * any tuning and is never tuned on: its figures are the honest ones. The tuning sets are scored too,
 * so a drop there shows up as well.
 */
const THRESHOLDS: Record<string, number> = {
  explicit: 0.97,
  imminent: 0.97,
  indirect: 0.95,
  slang: 0.9,
  spanish: 0.9,
  'someone-else': 0.95,
  distress: 0.95,
};
const TRAPS = ['trap-idiom', 'trap-professional', 'trap-negation', 'trap-program'];
const MAX_FALSE_ALARMS = 0.1;

function report(name: string, scores: CategoryScore[]): void {
  const lines = scores.map(
    (s) => `${s.category.padEnd(18)} ${s.right}/${s.total} ${(s.share * 100).toFixed(1)}%`,
  );
  console.log(`${name}\n${lines.join('\n')}`);
}

describe.each(['heldout', 'dev', 'dev2', 'dev3', 'dev4'] as const)('safety evaluation: %s', (name) => {
  const items = loadSafetySet(name);
  const scores = scoreByCategory(items);

  it('has every category', () => {
    report(name, scores);
    for (const category of [...Object.keys(THRESHOLDS), ...TRAPS]) {
      expect(scores.map((s) => s.category)).toContain(category);
    }
  });

  it.each(Object.entries(THRESHOLDS))('classifies %s at or above its threshold', (category, threshold) => {
    const score = scores.find((s) => s.category === category);
    expect(score?.share ?? 0).toBeGreaterThanOrEqual(threshold);
  });

  it('raises a false alarm on at most one trap in ten', () => {
    const traps = items.filter((i) => TRAPS.includes(i.category) && i.tier === 'none');
    const alarms = traps.filter((i) => answer(i.text).private);
    expect(alarms.length / traps.length).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });

  it('routes every answer to help, keeps flagged ones private, and puts 911 early when danger is now', () => {
    const failures = items.filter((item) => {
      const got = answer(item.text);
      const text = renderPlainText(got);
      if (!text.includes('988')) return true;
      if (got.safety !== 'none' && !got.private) return true;
      return got.safety === 'imminent' && !text.slice(0, 300).includes('911');
    });
    expect(failures.map((i) => i.text)).toEqual([]);
  });
});
