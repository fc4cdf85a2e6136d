import type { Program } from '../content/schema.js';
import { editDistance } from '../language/editDistance.js';
import { normalize, tokens } from './normalize.js';

interface AliasEntry {
  alias: string;
  id: string;
  words: number;
  bigrams: Set<string>;
}

/** Abbreviations this short are matched only exactly: "crm" must not also mean "cfm". */
const MIN_FUZZY_LENGTH = 5;
const MIN_DICE = 0.55;

/** Edits a typed name may be away from the real one: about one in eight letters, one to three. */
function allowedEdits(alias: string): number {
  return Math.min(3, Math.max(1, Math.floor(alias.length / 8)));
}
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

function bigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  const compact = text.replace(/ /g, '');
  for (let i = 0; i < compact.length - 1; i += 1) grams.add(compact.slice(i, i + 2));
  return grams;
}

/** Dice similarity of letter pairs: a cheap first pass so only plausible phrases are scored by edits. */
function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size || 1);
}

export type ProgramMatcher = (normalizedQuestion: string) => string[];

/**
 * Finds the programs a question names, by name, alias or abbreviation, tolerating typos in longer
 * names ("mockinbird"). Returns ids in the order they appear in the question.
 */
export function createProgramMatcher(
  programs: Pick<Program, 'id' | 'name' | 'shortName' | 'aliases'>[],
): ProgramMatcher {
  const exact = new Map<string, string>();
  const fuzzyEntries: AliasEntry[] = [];
  for (const program of programs) {
    for (const name of [program.id, program.name, program.shortName, ...program.aliases]) {
      const alias = normalize(name);
      if (!alias) continue;
      exact.set(alias, program.id);
      // "crm's rating" arrives as "crms": a possessive of a one-word name is the name.
      if (!alias.includes(' ') && alias.length >= 3 && !exact.has(`${alias}s`))
        exact.set(`${alias}s`, program.id);
      if (alias.length >= MIN_FUZZY_LENGTH) {
        fuzzyEntries.push({ alias, id: program.id, words: tokens(alias).length, bigrams: bigramsOf(alias) });
      }
    }
  }
  const maxWords = Math.max(1, ...[...exact.keys()].map((a) => tokens(a).length));
  // A typo'd name almost always keeps its first two letters ("mockinbird", "comunity"), so
  // phrases are only compared with names that start the same way.
  const byStart = new Map<string, AliasEntry[]>();
  for (const entry of fuzzyEntries) {
    const start = entry.alias.replace(/ /g, '').slice(0, 2);
    byStart.set(start, [...(byStart.get(start) ?? []), entry]);
  }

  return (question: string) => {
    const words = tokens(question);
    const used = new Array<boolean>(words.length).fill(false);
    const found: { at: number; id: string }[] = [];
    const free = (start: number, n: number) => {
      for (let k = start; k < start + n; k += 1) if (used[k]) return false;
      return true;
    };
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
    for (let i = 0; i < words.length; i += 1) {
      const head = words[i] ?? '';
      const sameStart = byStart.get(
        words
          .slice(i, i + 2)
          .join('')
          .slice(0, 2),
      );
      if (STOPWORDS.has(head) || !sameStart) continue;
      for (let n = Math.min(maxWords + 1, words.length - i); n >= 1; n -= 1) {
        if (!free(i, n) || STOPWORDS.has(words[i + n - 1] ?? '')) continue;
        const phrase = words.slice(i, i + n).join(' ');
        if (phrase.length < MIN_FUZZY_LENGTH) continue;
        let grams: Set<string> | undefined;
        const candidates = sameStart.filter((e) => {
          const ratio = phrase.length / e.alias.length;
          if (ratio < 0.8 || ratio > 1.25 || Math.abs(e.words - n) > 1) return false;
          grams ??= bigramsOf(phrase);
          return dice(grams, e.bigrams) >= MIN_DICE;
        });
        if (candidates.length === 0) continue;
        let best: AliasEntry | undefined;
        let bestDistance = Number.POSITIVE_INFINITY;
        for (const c of candidates) {
          const max = allowedEdits(c.alias);
          const d = editDistance(phrase, c.alias, max);
          if (d <= max && d < bestDistance) {
            best = c;
            bestDistance = d;
          }
        }
        if (best) {
          take(i, n, best.id);
          break;
        }
      }
    }
    found.sort((a, b) => a.at - b.at);
    return [...new Set(found.map((f) => f.id))];
  };
}
