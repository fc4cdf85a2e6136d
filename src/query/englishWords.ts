import { createRequire } from 'node:module';

/**
 * The kept English word list (an-array-of-english-words), loaded once: a word in it is a real word
 * and is never "corrected" into another one ("something" stays, never "soothing").
 */
let words: Set<string> | undefined;

export function englishWords(): Set<string> {
  if (!words) {
    const list: unknown = createRequire(import.meta.url)('an-array-of-english-words');
    if (!Array.isArray(list)) throw new Error('an-array-of-english-words did not load as a list of words');
    words = new Set(list.filter((w): w is string => typeof w === 'string'));
  }
  return words;
}
