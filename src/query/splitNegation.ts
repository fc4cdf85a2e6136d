/**
 * Finds the parts of a question that exclude something: "not online", "anything besides CRM",
 * "staff programs, not the foster parent one". Works on normalized text in which clause punctuation
 * is kept as " | " (see `normalizeWithBreaks`), because a comma usually ends what "not" covers.
 */

/** Words that start an exclusion. */
const CUE =
  /\b(?:not|no|non|without|besides|except(?: for)?|excluding|exclude|minus|other than|anything but|apart from|aside from|instead of|rather than|isnt|arent|dont want|doesnt want|dont need|doesnt need|dont require|doesnt require|no need for|not requiring|without needing|dont like|avoid|skip|never)\b/g;

/** "all programs but EFT-HP": "but" excludes only after a word for everything. */
const ALL_BUT = /\b(?:all|every|everything|anything|any|each|the rest)\b(?: \w+){0,3}? (but)\b(?! not\b)/g;

/**
 * Phrases that contain a cue word but exclude nothing: they are filters or plain speech
 * ("not able to be rated" is a rating, "not too long" asks for short, "no more than" bounds a length).
 */
const NOT_AN_EXCLUSION =
  /^(?:not (?:able to be )?rated(?! (?:1|2|3|4|5|one|two|three|four|five)\b)|not too (?:long|much)|not (?:that |very )?long|no more than|not more than|no longer than|not longer than|no effect|not sure|not found|not confirmed|no (?:one|body)\b|not (?:a |the )?(?:same|different)|not work|dont want to (?:spend|take)|non ?stop)/;

/** What ends the words a cue covers: a clause break, a new clause, or the noun it qualifies. */
const SCOPE_END =
  /^(?:\||but|that|which|what|whats|who|where|how|because|so|please|pls|programs?|ones?|options?|stuff|things?|interventions?|trainings?|is|are|do|does|can|should|would)$/;

const NOUN = /^(?:programs?|ones?|options?|stuff|things?|interventions?|trainings?)$/;
const DETERMINER = /^(?:the|a|an|any|those|these)$/;

export interface NegationSplit {
  /** The question without the excluded parts (normalized, no breaks). */
  positive: string;
  /** Each excluded part (normalized, no breaks), e.g. "online", "the foster parent". */
  negated: string[];
}

function clean(words: string[]): string {
  return words
    .filter((w) => w !== '|')
    .join(' ')
    .trim();
}

export function splitNegation(textWithBreaks: string): NegationSplit {
  const words = textWithBreaks.split(' ').filter(Boolean);
  const positive: string[] = [];
  const negated: string[] = [];
  const text = words.join(' ');
  // Word index of each character offset, to map cue matches back to words.
  const starts: number[] = [];
  let offset = 0;
  for (const w of words) {
    starts.push(offset);
    offset += w.length + 1;
  }
  const cueAt = new Map<number, number>();
  const cues = [...text.matchAll(CUE)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
  for (const m of text.matchAll(ALL_BUT)) cues.push({ index: (m.index ?? 0) + m[0].length - 3, text: 'but' });
  for (const match of cues) {
    const index = match.index;
    if (NOT_AN_EXCLUSION.test(text.slice(index))) continue;
    const word = starts.indexOf(index);
    if (word >= 0) cueAt.set(word, match.text.split(' ').length);
  }
  let i = 0;
  while (i < words.length) {
    const cueLength = cueAt.get(i);
    if (cueLength === undefined) {
      positive.push(words[i] ?? '');
      i += 1;
      continue;
    }
    let j = i + cueLength;
    const span: string[] = [];
    while (j < words.length && !cueAt.has(j)) {
      const word = words[j] ?? '';
      // "except the ones for healthcare": a noun right after "the" still leaves the part to come.
      if (NOUN.test(word) && span.every((w) => DETERMINER.test(w))) {
        j += 1;
        continue;
      }
      if (SCOPE_END.test(word)) break;
      span.push(word);
      j += 1;
    }
    if (span.length > 0) negated.push(clean(span));
    i = j;
  }
  return { positive: clean(positive).replace(/ {2,}/g, ' '), negated };
}
