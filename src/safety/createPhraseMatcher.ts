/**
 * Finds whole-word matches of many alternative patterns quickly. One regular expression with a few
 * hundred alternatives is tried at every word of every message; most alternatives begin with a
 * known word, so each is indexed by how its first word begins and tried only where a word of the
 * message begins the same way. Alternatives whose first word cannot be read are always tried.
 * The matches are the same as the single expression's, except that overlapping matches of
 * different alternatives are all reported (in no set order, and possibly twice), which the safety
 * layer only ever counts as more signal. It allocates little: tail latency here is garbage
 * collection.
 */

/** A match, shaped like a regular expression's: its index and its text at 0. */
export interface PhraseMatch {
  index: number;
  0: string;
}

export type PhraseMatcher = (text: string) => PhraseMatch[];

/** Splits a pattern at its top-level `|`, leaving groups whole. */
function topLevelOptions(pattern: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      options.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  options.push(pattern.slice(start));
  return options;
}

/** The index just past the group that opens at `open`. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return pattern.length;
}

/** What follows an optional group: the pattern after its quantifier, without a leading space. */
function afterOptional(pattern: string, end: number): string | undefined {
  const quantifier = pattern[end];
  let rest: string | undefined;
  if (quantifier === '?' || quantifier === '*') rest = pattern.slice(end + 1);
  else if (quantifier === '{' && pattern.startsWith('{0', end))
    rest = pattern.slice(pattern.indexOf('}', end) + 1);
  if (rest === undefined) return undefined;
  return rest.replace(/^\?/, '').replace(/^ /, '');
}

/**
 * How the first word of a match may begin: literal letter prefixes, or undefined when the pattern
 * does not start with something readable (then it is always tried).
 */
function firstPrefixes(pattern: string): string[] | undefined {
  const literal = /^[a-z0-9]+/.exec(pattern);
  if (literal) {
    const next = pattern[literal[0].length];
    // "kills?": the last letter is optional, so the prefix is one letter shorter.
    if (next === '?' || next === '*' || next === '{') {
      return literal[0].length > 1 ? [literal[0].slice(0, -1)] : undefined;
    }
    return [literal[0]];
  }
  if (!pattern.startsWith('(?:')) return undefined;
  const end = groupEnd(pattern, 0);
  const prefixes: string[] = [];
  for (const option of topLevelOptions(pattern.slice(3, end - 1))) {
    const found = firstPrefixes(option);
    if (!found) return undefined;
    prefixes.push(...found);
  }
  const rest = afterOptional(pattern, end);
  if (rest !== undefined) {
    const after = firstPrefixes(rest);
    if (!after) return undefined;
    prefixes.push(...after);
  }
  return prefixes;
}

const KEY = 3;

export function createPhraseMatcher(patterns: readonly string[]): PhraseMatcher {
  const byKey = new Map<string, { prefix: string; re: RegExp }[]>();
  const always: RegExp[] = [];
  for (const pattern of patterns.flatMap(topLevelOptions)) {
    const re = new RegExp(`\\b(?:${pattern})\\b`, 'y');
    const prefixes = firstPrefixes(pattern);
    if (!prefixes || prefixes.length === 0 || prefixes.some((p) => p === '')) {
      always.push(new RegExp(`\\b(?:${pattern})\\b`, 'g'));
      continue;
    }
    for (const prefix of new Set(prefixes)) {
      const key = prefix.slice(0, KEY);
      const list = byKey.get(key) ?? [];
      list.push({ prefix, re });
      byKey.set(key, list);
    }
  }

  return (text) => {
    const found: PhraseMatch[] = [];
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      const length = Math.min(KEY, end - start);
      for (let n = 1; n <= length; n += 1) {
        const candidates = byKey.get(text.slice(start, start + n));
        if (!candidates) continue;
        for (const { prefix, re } of candidates) {
          if (!text.startsWith(prefix, start)) continue;
          re.lastIndex = start;
          const m = re.exec(text);
          if (m) found.push({ index: start, 0: m[0] });
        }
      }
      start = end + 1;
    }
    for (const re of always) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push({ index: m.index, 0: m[0] });
    }
    return found;
  };
}
