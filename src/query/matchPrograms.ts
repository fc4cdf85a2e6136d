import Fuse from 'fuse.js';
import type { Program } from '../content/schema.js';
import { normalize, tokens } from './normalize.js';

interface AliasEntry {
  alias: string;
  id: string;
}

/** Abbreviations this short are matched only exactly: "crm" must not also mean "cfm". */
const MIN_FUZZY_LENGTH = 5;
const FUZZY_THRESHOLD = 0.3;
const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'for',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'about',
  'is',
  'vs',
  'with',
]);

export type ProgramMatcher = (normalizedQuestion: string) => string[];

/**
 * Finds the programs a question names, by name, alias or abbreviation, tolerating typos in longer
 * names ("mockinbird"). Returns ids in the order they appear in the question.
 */
export function createProgramMatcher(programs: Program[]): ProgramMatcher {
  const exact = new Map<string, string>();
  const fuzzyEntries: AliasEntry[] = [];
  for (const program of programs) {
    for (const name of [program.id, program.name, program.shortName, ...program.aliases]) {
      const alias = normalize(name);
      if (!alias) continue;
      exact.set(alias, program.id);
      if (alias.length >= MIN_FUZZY_LENGTH) fuzzyEntries.push({ alias, id: program.id });
    }
  }
  const maxWords = Math.max(...[...exact.keys()].map((a) => tokens(a).length));
  const fuse = new Fuse(fuzzyEntries, {
    keys: ['alias'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
  });

  return (question: string) => {
    const words = tokens(question);
    const used = new Array<boolean>(words.length).fill(false);
    const found: { at: number; id: string }[] = [];
    const free = (start: number, n: number) => used.slice(start, start + n).every((u) => !u);
    const take = (start: number, n: number, id: string) => {
      for (let k = start; k < start + n; k += 1) used[k] = true;
      found.push({ at: start, id });
    };

    for (let n = Math.min(maxWords, words.length); n >= 1; n -= 1) {
      for (let i = 0; i + n <= words.length; i += 1) {
        if (!free(i, n)) continue;
        const id = exact.get(words.slice(i, i + n).join(' '));
        if (id) take(i, n, id);
      }
    }
    for (let n = Math.min(maxWords, words.length); n >= 1; n -= 1) {
      for (let i = 0; i + n <= words.length; i += 1) {
        if (!free(i, n)) continue;
        const gram = words.slice(i, i + n);
        if (STOPWORDS.has(gram[0] ?? '') || STOPWORDS.has(gram[gram.length - 1] ?? '')) continue;
        const phrase = gram.join(' ');
        if (phrase.length < MIN_FUZZY_LENGTH) continue;
        const best = fuse.search(phrase, { limit: 3 }).find((r) => {
          const ratio = phrase.length / r.item.alias.length;
          return (r.score ?? 1) <= FUZZY_THRESHOLD && ratio >= 0.8 && ratio <= 1.25;
        });
        if (best) take(i, n, best.item.id);
      }
    }
    found.sort((a, b) => a.at - b.at);
    return [...new Set(found.map((f) => f.id))];
  };
}
