/**
 * One canonical form for matching: lower case, straight quotes, apostrophes dropped ("can't" → "cant"),
 * hyphens and other punctuation turned into spaces, whitespace collapsed.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

/** Whole-word, whole-phrase containment on normalized text. */
export function containsPhrase(normalizedText: string, normalizedPhrase: string): boolean {
  if (normalizedPhrase.length === 0) return false;
  return ` ${normalizedText} `.includes(` ${normalizedPhrase} `);
}

const BREAK = 'zzbreakzz';

/** `normalize`, but each run of clause punctuation (, ; : . ! ? brackets, new lines) becomes " | ". */
export function normalizeWithBreaks(text: string): string {
  return normalize(text.replace(/[,;:.!?()[\]\n]+/g, ` ${BREAK} `))
    .split(' ')
    .map((w) => (w === BREAK ? '|' : w))
    .join(' ')
    .replace(/^(?:\| ?)+|(?: ?\|)+$/g, '')
    .replace(/(?:\| )+\|/g, '|')
    .trim();
}
