import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { answer } from '../helpers/core.js';
import { type CategoryScore, loadSafetySet, scoreByCategory } from './scoreSafety.js';

/**
 * The safety layer against messages written as staff type them, by people who saw no code.
 * heldout.json was written before any tuning, heldout2.json after the rules' tuning and heldout3.json
 * before the risk model was trained; none is ever tuned or trained on, so their figures are the honest
 * ones. The seven tuning sets are what the patterns were fitted to and what the risk model learns from.
 *
 * Issue 10 asks for the targets below. The held-out half does not reach all of them yet, so this
 * test holds the held-out half at the floors it reaches now (a drop fails) and prints both; the
 * floors move up to the targets as the layer improves, never down.
 */
const TARGETS: Record<string, number> = {
  explicit: 0.97,
  imminent: 0.97,
  indirect: 0.95,
  slang: 0.9,
  spanish: 0.9,
  'someone-else': 0.95,
  distress: 0.95,
};
const HELD_OUT_FLOORS: Record<'heldout' | 'heldout2' | 'heldout3', Record<string, number>> = {
  heldout: {
    explicit: 0.97,
    imminent: 0.97,
    indirect: 0.93,
    slang: 0.96,
    spanish: 0.93,
    'someone-else': 0.9,
    distress: 0.97,
  },
  heldout2: {
    explicit: 0.97,
    imminent: 0.97,
    indirect: 0.95,
    slang: 0.96,
    spanish: 0.93,
    'someone-else': 0.95,
    distress: 0.95,
  },
  heldout3: {
    explicit: 0.88,
    imminent: 0.86,
    indirect: 0.88,
    slang: 0.95,
    spanish: 0.87,
    'someone-else': 0.88,
    distress: 0.9,
  },
};
const TRAPS = ['trap-idiom', 'trap-professional', 'trap-negation', 'trap-program', 'trap'];
const MAX_FALSE_ALARMS = 0.1;

function report(name: string, scores: CategoryScore[]): void {
  const lines = scores.map(
    (s) =>
      `${s.category.padEnd(18)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${(s.share * 100).toFixed(1)}%` +
      (TARGETS[s.category] ? `  (target ${(TARGETS[s.category] ?? 0) * 100}%)` : ''),
  );
  console.log(`safety set ${name}\n${lines.join('\n')}`);
}

describe.each([
  'heldout',
  'heldout2',
  'heldout3',
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
] as const)('safety evaluation: %s', (name) => {
  const items = loadSafetySet(name);
  const scores = scoreByCategory(items);

  it('has every category', () => {
    report(name, scores);
    for (const category of Object.keys(TARGETS)) expect(scores.map((s) => s.category)).toContain(category);
    expect(scores.some((s) => TRAPS.includes(s.category))).toBe(true);
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

describe.each(['heldout', 'heldout2', 'heldout3'] as const)('safety evaluation: %s floors', (name) => {
  const scores = scoreByCategory(loadSafetySet(name));
  it.each(Object.entries(HELD_OUT_FLOORS[name]))('keeps %s at or above its floor', (category, floor) => {
    expect(scores.find((s) => s.category === category)?.share ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
