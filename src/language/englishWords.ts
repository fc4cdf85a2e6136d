import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is real English, by a kept list of ~275,000 words. A typo corrector asks
 * this first, so it never rewrites a word someone meant ("something" is not a typo for "soothing").
 * Loaded once, on first use.
 */
export function isEnglishWord(word: string): boolean {
  if (!words) {
    const list: unknown = createRequire(import.meta.url)('an-array-of-english-words');
    if (!Array.isArray(list)) throw new Error('an-array-of-english-words did not load as a list');
    words = new Set(list.filter((w): w is string => typeof w === 'string'));
  }
  return words.has(word);
}
