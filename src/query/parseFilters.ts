import type { FormatTagT, Program, RatingLevelT, RelevanceLevelT } from '../content/schema.js';
import { lemmatize } from '../language/lemmatize.js';
import { normalize } from './normalize.js';
import {
  AUDIENCE_GROUPS,
  type AudienceGroup,
  countFromWord,
  FORMAT_PATTERNS,
  LENGTH_DURATION,
  LENGTH_ONGOING,
  LENGTH_SHORT,
  RATING_BEST,
  RATING_NUMBER,
  RATING_WORDS,
  RELEVANCE_PATTERNS,
  ratingFromWord,
  TOPIC_SYNONYMS,
} from './vocabulary.js';

export type LengthFilter =
  | { kind: 'short' }
  | { kind: 'ongoing' }
  | { kind: 'duration'; unit: 'hours' | 'days' | 'sessions'; amount: number; atMost: boolean };

export type RatingFilter = { kind: 'level'; level: RatingLevelT; orBetter: boolean } | { kind: 'best' };

export interface Filters {
  relevance: RelevanceLevelT[];
  rating?: RatingFilter;
  formats: FormatTagT[];
  audiences: AudienceGroup[];
  length?: LengthFilter;
  /** Topic words found in the question (normalized), longest first. */
  topics: string[];
  /** "has an RCT": a randomized trial among the program's studies. */
  design?: 'rct';
  /** "online or in person": any of the formats, not all of them. */
  formatsAny?: true;
}

export function hasFilters(f: Filters): boolean {
  return (
    f.relevance.length > 0 ||
    f.rating !== undefined ||
    f.formats.length > 0 ||
    f.audiences.length > 0 ||
    f.length !== undefined ||
    f.topics.length > 0 ||
    f.design !== undefined
  );
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, wk: 7, month: 30 };

/** "we only have an hour": the amount is a limit, not an exact length. */
const ONLY_HAVE =
  /\b(?:only (?:have|got|get|has)|(?:have|got|has) only|just (?:have|got)|only an?|max(?:imum)?|at most|tops|(?:we|i) (?:have|got|get)|that short|or less|or under|can (?:we |i )?(?:do|finish|fit|complete)(?: it)? in|fits? in|in (?:just |only )?(?:an?|one|half an?|\d+) (?:hours?|hrs?|minutes?|mins?))\b/;

const RCT =
  /\b(?:rcts?|randomi[sz]ed(?: controlled)?(?: trials?| studies| study)?|controlled trials?|clinical trials?)\b/;

/** Matches are cut out of the text as they are found, so one phrase never counts as two filters. */
function cut(text: string, pattern: RegExp): { text: string; match?: RegExpMatchArray } {
  const match = text.match(pattern);
  if (!match || match.index === undefined) return { text };
  return { text: `${text.slice(0, match.index)} | ${text.slice(match.index + match[0].length)}`, match };
}

/** A part of a day as a time limit: "fits in an afternoon" is at most about four hours. */
const PART_OF_DAY = /\b(?:an afternoon|a morning|half a day|half day|a half day|one afternoon|one morning)\b/;

function parseLength(text: string): { text: string; length?: LengthFilter } {
  const partOfDay = cut(text, PART_OF_DAY);
  if (partOfDay.match) {
    return { text: partOfDay.text, length: { kind: 'duration', unit: 'hours', amount: 4, atMost: true } };
  }
  const duration = cut(text, LENGTH_DURATION);
  if (duration.match) {
    const [, bound, countWord, unitWord] = duration.match;
    const count = countFromWord(countWord ?? '');
    const unit = (unitWord ?? '').replace(/s$/, '');
    if (count !== undefined) {
      const atMost = bound !== undefined || ONLY_HAVE.test(text);
      if (unit === 'minute' || unit === 'min') {
        return {
          text: duration.text,
          length: { kind: 'duration', unit: 'hours', amount: count / 60, atMost },
        };
      }
      if (unit === 'hour' || unit === 'hr') {
        return {
          text: duration.text,
          length: { kind: 'duration', unit: 'hours', amount: count, atMost },
        };
      }
      if (unit === 'session') {
        return {
          text: duration.text,
          length: { kind: 'duration', unit: 'sessions', amount: count, atMost },
        };
      }
      const days = count * (UNIT_DAYS[unit] ?? 1);
      return { text: duration.text, length: { kind: 'duration', unit: 'days', amount: days, atMost } };
    }
  }
  const short = cut(text, LENGTH_SHORT);
  if (short.match) return { text: short.text, length: { kind: 'short' } };
  const ongoing = cut(text, LENGTH_ONGOING);
  if (ongoing.match) return { text: ongoing.text, length: { kind: 'ongoing' } };
  return { text };
}

function parseRating(text: string): { text: string; rating?: RatingFilter } {
  const numbered = cut(text, RATING_NUMBER);
  const level = numbered.match ? ratingFromWord(numbered.match[1] ?? '') : undefined;
  if (level)
    return { text: numbered.text, rating: { kind: 'level', level, orBetter: Boolean(numbered.match?.[2]) } };
  for (const { level: wordLevel, pattern } of RATING_WORDS) {
    const worded = cut(text, pattern);
    if (worded.match)
      return { text: worded.text, rating: { kind: 'level', level: wordLevel, orBetter: false } };
  }
  const best = cut(text, RATING_BEST);
  if (best.match) return { text: best.text, rating: { kind: 'best' } };
  return { text };
}

export interface TopicVocabulary {
  words: Set<string>;
  maxWords: number;
  /** Each topic phrase in dictionary form ("calming" reads as "calm"), mapped to the phrase. */
  lemmas: Map<string, string>;
  /** Audience words from content that no fixed group covers ("helping professionals", "support staff"). */
  audienceTags: AudienceGroup[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One group per content audience tag that the fixed groups do not already cover. */
function contentAudienceGroups(programs: Program[]): AudienceGroup[] {
  const covered = new Set(AUDIENCE_GROUPS.flatMap((g) => g.tags.map(normalize)));
  const tags = [...new Set(programs.flatMap((p) => p.audience.tags.map(normalize)))].filter(
    (t) => t && !covered.has(t),
  );
  return tags.map((tag) => ({
    label: tag,
    pattern: new RegExp(`\\b${escapeRegExp(tag).replace(/s$/, '')}s?\\b`),
    tags: [tag],
  }));
}

const lemmaText = (text: string): string =>
  text
    ? lemmatize(text)
        .lemmas.map((l) => l.toLowerCase())
        .join(' ')
    : '';

/** Every topic word or phrase in the catalog, normalized, with its word forms. */
export function topicVocabulary(programs: Program[]): TopicVocabulary {
  const words = new Set(programs.flatMap((p) => p.topics.map((t) => normalize(t))).filter(Boolean));
  const lemmas = new Map<string, string>();
  for (const w of words) {
    const l = lemmaText(w);
    if (l && !lemmas.has(l)) lemmas.set(l, w);
  }
  return {
    words,
    maxWords: Math.max(1, ...[...words].map((w) => w.split(' ').length)),
    lemmas,
    audienceTags: contentAudienceGroups(programs),
  };
}

/** Topics found only through word forms: "calming programs" asks about "calm". */
function findTopicsByLemma(text: string, vocabulary: TopicVocabulary, found: string[]): string[] {
  const rest = text.replace(/\|/g, ' ').replace(/ +/g, ' ').trim();
  if (!rest) return [];
  const lemmaWords = { ...vocabulary, words: new Set(vocabulary.lemmas.keys()) };
  return findTopics(lemmaText(rest), lemmaWords)
    .map((l) => vocabulary.lemmas.get(l) ?? l)
    .filter((t) => !found.includes(t));
}

/**
 * Topic phrases in the text, longest first so "compassion fatigue" wins over "compassion"; a plural
 * "s" is allowed. Walks the text's phrases rather than the vocabulary, so a large catalog stays fast.
 */
function findTopics(text: string, vocabulary: TopicVocabulary): string[] {
  const words = text.split(' ');
  const used = new Array<boolean>(words.length).fill(false);
  const found: string[] = [];
  for (let n = Math.min(vocabulary.maxWords, words.length); n >= 1; n -= 1) {
    for (let i = 0; i + n <= words.length; i += 1) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const hit = vocabulary.words.has(phrase)
        ? phrase
        : phrase.endsWith('s') && vocabulary.words.has(phrase.slice(0, -1))
          ? phrase.slice(0, -1)
          : undefined;
      if (hit && !found.includes(hit)) {
        found.push(hit);
        for (let k = i; k < i + n; k += 1) used[k] = true;
      }
    }
  }
  return found;
}

/** The text without the topic phrases already found, so word forms do not find them twice. */
function removeTopics(text: string, topics: string[]): string {
  let rest = ` ${text} `;
  for (const t of topics) rest = rest.replace(new RegExp(` ${t}s? `, 'g'), ' | ');
  return rest.trim();
}

export function parseFilters(normalizedQuestion: string, topicWords: TopicVocabulary): Filters {
  let text = normalizedQuestion;
  for (const { pattern, topic } of TOPIC_SYNONYMS) {
    if (topicWords.words.has(topic)) text = text.replace(pattern, topic);
  }
  const relevance: RelevanceLevelT[] = [];
  for (const { level, pattern } of RELEVANCE_PATTERNS) {
    const r = cut(text, pattern);
    if (r.match) {
      relevance.push(level);
      text = r.text;
    }
  }
  const rating = parseRating(text);
  text = rating.text;
  const length = parseLength(text);
  text = length.text;
  const formats: FormatTagT[] = [];
  for (const { tag, pattern } of FORMAT_PATTERNS) {
    const r = cut(text, pattern);
    if (r.match) {
      formats.push(tag);
      text = r.text;
    }
  }
  const audiences: AudienceGroup[] = [];
  for (const group of [...AUDIENCE_GROUPS, ...topicWords.audienceTags]) {
    const r = cut(text, group.pattern);
    if (r.match) {
      audiences.push(group);
      text = r.text;
    }
  }
  const rct = cut(text, RCT);
  text = rct.text;
  const direct = findTopics(text, topicWords);
  const topics = [...direct, ...findTopicsByLemma(removeTopics(text, direct), topicWords, direct)];
  return {
    relevance,
    ...(rating.rating ? { rating: rating.rating } : {}),
    formats,
    audiences,
    ...(length.length ? { length: length.length } : {}),
    topics,
    ...(rct.match ? { design: 'rct' as const } : {}),
    ...(formats.length > 1 && /\bor\b/.test(normalizedQuestion) ? { formatsAny: true as const } : {}),
  };
}
