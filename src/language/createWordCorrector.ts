import { editDistance } from './editDistance.js';
import { isEnglishWord } from './englishWords.js';

export type WordCorrector = (word: string) => string;

/**
 * Maps a misspelt word to the one word of `vocabulary` it is closest to ("sucidal" → "suicidal").
 * Real English words, short words and anything with a digit are left as they are, and so is a word
 * equally close to two vocabulary words: a wrong guess would change what the person said.
 */
export function createWordCorrector(vocabulary: Iterable<string>, minLength = 4): WordCorrector {
  const known = new Set(vocabulary);
  const candidates = [...known].filter((w) => w.length >= minLength);
  const memo = new Map<string, string>();
  return (word) => {
    if (word.length < minLength || known.has(word) || /\d/.test(word)) return word;
    const cached = memo.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    if (!isEnglishWord(word)) {
      const max = word.length >= 8 ? 2 : 1;
      let bestDistance = max + 1;
      let tie = false;
      for (const candidate of candidates) {
        const d = editDistance(word, candidate, max);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && d <= max) tie = true;
      }
      if (tie) best = word;
    }
    if (memo.size > 5000) memo.clear();
    memo.set(word, best);
    return best;
  };
}
