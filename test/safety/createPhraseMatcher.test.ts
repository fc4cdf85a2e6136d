import { describe, expect, it } from 'vitest';
import { lemmatize } from '../../src/language/lemmatize.js';
import { createPhraseMatcher } from '../../src/safety/createPhraseMatcher.js';
import * as patterns from '../../src/safety/englishPatterns.js';
import { prepareMessage } from '../../src/safety/prepareMessage.js';
import { loadSafetySet } from './scoreSafety.js';

describe('createPhraseMatcher', () => {
  it('finds a phrase at the words it starts with, optional groups and word forms included', () => {
    const find = createPhraseMatcher([
      '(?:i )?(?:just )?took (?:all|every) pills?',
      'kill(?:s|ed)? myself',
      '\\d+ pills',
    ]);
    // Where an optional word may be left out, the shorter match is reported too.
    expect(find('ok i took all pills now').map((m) => [m.index, m[0]])).toEqual([
      [3, 'i took all pills'],
      [5, 'took all pills'],
    ]);
    expect(find('he just took every pill').map((m) => m[0])).toContain('just took every pill');
    expect(find('killed myself in the dream').map((m) => m[0])).toEqual(['killed myself']);
    expect(find('swallowed 30 pills').map((m) => m[0])).toEqual(['30 pills']);
    expect(find('skilled myself')).toEqual([]);
  });

  it('finds every match the single regular expression finds, on every tuning message', () => {
    const texts = (['dev', 'dev2', 'dev3'] as const).flatMap((name) =>
      loadSafetySet(name).flatMap((item) => {
        const plain = prepareMessage(item.text).plain;
        return [plain, lemmatize(plain).lemmas.join(' ')];
      }),
    );
    const missing: string[] = [];
    for (const [name, list] of Object.entries(patterns)) {
      if (!Array.isArray(list)) continue;
      const single = new RegExp(`\\b(?:${list.join('|')})\\b`, 'g');
      const find = createPhraseMatcher(list);
      for (const text of texts) {
        const fast = new Set(find(text).map((m) => m.index));
        for (const m of text.matchAll(single)) if (!fast.has(m.index)) missing.push(`${name}: ${m[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
