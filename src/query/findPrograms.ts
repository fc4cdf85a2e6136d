import type { FormatTagT, Program, RatingLevelT } from '../content/schema.js';
import { normalize } from './normalize.js';
import type { Filters, LengthFilter, RatingFilter } from './parseFilters.js';

export interface ProgramMatch {
  program: Program;
  /** Why it matched, one short phrase per filter ("relevance: High"). */
  reasons: string[];
}

export interface FindResult {
  matches: ProgramMatch[];
  /** When nothing matches: programs that meet all filters but one, with the one they miss. */
  nearMisses: { program: Program; missed: string }[];
  /** Programs left out because our sources cannot say whether an exclusion applies to them. */
  unplaced: { program: Program; why: string }[];
}

/** What a question removes: "not online", "besides CRM". */
export interface Exclusions {
  filters: Filters[];
  programIds: string[];
}

export interface FindOptions {
  exclude?: Exclusions;
  /** Only these programs ("which of those are online"). */
  within?: string[];
}

const RATING_ORDER: RatingLevelT[] = ['1', '2', '3', '4', '5', 'NR'];
const RELEVANCE_ORDER = ['High', 'Medium', 'Low'];

function ratingRank(level: RatingLevelT): number {
  return RATING_ORDER.indexOf(level);
}

const byName = new Intl.Collator('en').compare;

/** Best evidence first, then the closest fit to child welfare, then by name. */
function compareForListing(a: Program, b: Program): number {
  return (
    ratingRank(a.rating.level) - ratingRank(b.rating.level) ||
    RELEVANCE_ORDER.indexOf(a.relevance.level) - RELEVANCE_ORDER.indexOf(b.relevance.level) ||
    byName(a.name, b.name)
  );
}

export function bestRating(programs: Program[]): RatingLevelT | undefined {
  const numbered = programs.map((p) => p.rating.level).filter((l) => l !== 'NR');
  return numbered.sort((a, b) => ratingRank(a) - ratingRank(b))[0];
}

function matchesRating(program: Program, filter: RatingFilter, best: RatingLevelT | undefined): boolean {
  if (filter.kind === 'best') return best !== undefined && program.rating.level === best;
  if (filter.orBetter && filter.level !== 'NR') {
    return program.rating.level !== 'NR' && ratingRank(program.rating.level) <= ratingRank(filter.level);
  }
  return program.rating.level === filter.level;
}

/** "one 1-hour virtual class": a complete version of the program in one sitting, from a confirmed fact. */
const SINGLE_SITTING = /\bone (\d+(?:\.\d+)?)-hour (?:[a-z-]+ )?(?:class|training|session|workshop)\b/i;

/** The fewest contact hours a version in our sources takes: "we only have an hour" may still fit. */
export function shortestHours(program: Program): number | undefined {
  const sittings = program.length.facts.flatMap((f) => {
    const m = f.status === 'confirmed' ? f.text.match(SINGLE_SITTING) : null;
    return m?.[1] ? [Number(m[1])] : [];
  });
  const all = [
    ...sittings,
    ...(program.length.contactHours !== undefined ? [program.length.contactHours] : []),
  ];
  return all.length > 0 ? Math.min(...all) : undefined;
}

function matchesLength(program: Program, filter: LengthFilter): boolean {
  const { contactHours, spanDays, ongoing } = program.length;
  switch (filter.kind) {
    case 'short':
      return (contactHours !== undefined && contactHours <= 6) || (spanDays !== undefined && spanDays <= 1);
    case 'ongoing':
      return ongoing;
    case 'duration': {
      const value =
        filter.unit === 'hours'
          ? filter.atMost
            ? shortestHours(program)
            : contactHours
          : filter.unit === 'days'
            ? spanDays
            : undefined;
      if (value === undefined) return false;
      return filter.atMost ? value <= filter.amount : value === filter.amount;
    }
  }
}

function durationLabel(filter: Extract<LengthFilter, { kind: 'duration' }>): string {
  const amount =
    filter.unit === 'days' && filter.amount % 7 === 0
      ? `${filter.amount / 7} week${filter.amount === 7 ? '' : 's'}`
      : `${filter.amount} ${filter.amount === 1 ? filter.unit.replace(/s$/, '') : filter.unit}`;
  return `${filter.atMost ? 'at most ' : ''}${amount}`;
}

const RANDOMIZED_TRIAL = /\b(?:randomi[sz]ed (?:controlled )?trial|rct|randomly assigned)\b/i;
const NOT_RANDOMIZED = /\b(?:not randomi[sz]ed|no random)/i;

/** A randomized trial among the program's confirmed studies ("a waitlist that was not randomized" is not one). */
export function hasRct(program: Program): boolean {
  return program.research.some(
    (f) => f.status === 'confirmed' && RANDOMIZED_TRIAL.test(f.text) && !NOT_RANDOMIZED.test(f.text),
  );
}

function lengthReason(program: Program): string {
  const first = program.length.facts[0];
  return first ? `length: ${first.text.replace(/\.$/, '')}` : 'length';
}

/** Normalized topic and audience words per program, computed once per program object. */
const normalizedWords = new WeakMap<Program, { topics: Set<string>; audience: Set<string> }>();
function wordsOf(program: Program): { topics: Set<string>; audience: Set<string> } {
  let words = normalizedWords.get(program);
  if (!words) {
    words = {
      topics: new Set(program.topics.map((t) => normalize(t))),
      audience: new Set(program.audience.tags.map((t) => normalize(t))),
    };
    normalizedWords.set(program, words);
  }
  return words;
}

interface Check {
  label: string;
  test: (p: Program) => boolean;
  reason: (p: Program) => string;
}

function buildChecks(filters: Filters, programs: Program[]): Check[] {
  const checks: Check[] = [];
  if (filters.relevance.length > 0) {
    checks.push({
      label: `CWS relevance ${filters.relevance.join(' or ')}`,
      test: (p) => filters.relevance.includes(p.relevance.level),
      reason: (p) => `relevance: ${p.relevance.level}`,
    });
  }
  const rating = filters.rating;
  if (rating) {
    const best = bestRating(programs);
    checks.push({
      label:
        rating.kind === 'best'
          ? 'best rating'
          : `rating ${rating.level}${rating.orBetter ? ' or better' : ''}`,
      test: (p) => matchesRating(p, rating, best),
      reason: (p) => `rating: ${p.rating.level}`,
    });
  }
  if (filters.formatsAny && filters.formats.length > 1) {
    // "online or in person": either will do.
    const formats = filters.formats;
    checks.push({
      label: formats.join(' or '),
      test: (p) => formats.some((f) => p.format.tags.includes(f)),
      reason: (p) => `format: ${formats.filter((f) => p.format.tags.includes(f)).join(', ')}`,
    });
  } else {
    for (const format of filters.formats) {
      checks.push({
        label: format,
        test: (p) => p.format.tags.includes(format),
        reason: () => `format: ${format}`,
      });
    }
  }
  if (filters.audiences.length > 0) {
    // "for foster parents or caseworkers", "for teachers and nurses": a program for any of them.
    const groups = filters.audiences;
    const fits = (p: Program) => groups.filter((g) => g.tags.some((t) => wordsOf(p).audience.has(t)));
    checks.push({
      label: `for ${groups.map((g) => g.label).join(' or ')}`,
      test: (p) => fits(p).length > 0,
      reason: (p) =>
        `for ${fits(p)
          .map((g) => g.label)
          .join(', ')}`,
    });
  }
  const length = filters.length;
  if (length) {
    checks.push({
      label: length.kind === 'duration' ? durationLabel(length) : length.kind,
      test: (p) => matchesLength(p, length),
      reason: lengthReason,
    });
  }
  for (const topic of filters.topics) {
    checks.push({
      label: `topic "${topic}"`,
      test: (p) => wordsOf(p).topics.has(topic),
      reason: () => `topic: ${topic}`,
    });
  }
  if (filters.design === 'rct') {
    checks.push({
      label: 'a randomized trial',
      test: hasRct,
      reason: () => 'has a randomized trial',
    });
  }
  return checks;
}

/** Formats that answer the same question: online or in person, in a group or one to one. */
const FORMAT_PAIRS: FormatTagT[][] = [
  ['online', 'in-person'],
  ['group', 'individual'],
];

/**
 * True when the program's tags say nothing either way about an asked format (neither "online" nor
 * "in-person") and our sources leave its delivery unconfirmed: it cannot be placed.
 */
function formatUnknown(program: Program, filters: Filters): boolean {
  if (!program.format.facts.some((f) => f.status === 'unconfirmed')) return false;
  return filters.formats.some((format) => {
    const pair = FORMAT_PAIRS.find((p) => p.includes(format)) ?? [format];
    return program.format.tags.length === 0 || !pair.some((t) => program.format.tags.includes(t));
  });
}

export function describeFilters(filters: Filters, programs: Program[], exclude?: Exclusions): string[] {
  const labels = buildChecks(filters, programs).map((c) => c.label);
  if (!exclude) return labels;
  const byId = new Map(programs.map((p) => [p.id, p]));
  for (const f of exclude.filters) for (const c of buildChecks(f, programs)) labels.push(`not ${c.label}`);
  for (const id of exclude.programIds) labels.push(`not ${byId.get(id)?.shortName ?? id}`);
  return labels;
}

/** The catalog does not change while it is served, so its listing order is worked out once. */
const listingOrder = new WeakMap<Program[], Program[]>();
function inListingOrder(programs: Program[]): Program[] {
  let sorted = listingOrder.get(programs);
  if (!sorted) {
    sorted = [...programs].sort(compareForListing);
    listingOrder.set(programs, sorted);
  }
  return sorted;
}

/**
 * Applies every filter (AND), removes what the question excludes, and says why each program matched.
 * An exclusion removes a program when any of its filters matches it; a program whose sources cannot
 * say (its delivery format unconfirmed) is left out and reported as unplaced, never guessed.
 */
export function findPrograms(programs: Program[], filters: Filters, options: FindOptions = {}): FindResult {
  const checks = buildChecks(filters, programs);
  const exclusions = (options.exclude?.filters ?? []).map((f) => ({
    filters: f,
    checks: buildChecks(f, programs),
  }));
  const excludedIds = new Set(options.exclude?.programIds ?? []);
  const within = options.within ? new Set(options.within) : undefined;
  const unplaced: FindResult['unplaced'] = [];
  const sorted = inListingOrder(programs).filter((p) => {
    if (excludedIds.has(p.id) || (within && !within.has(p.id))) return false;
    for (const ex of exclusions) {
      if (ex.checks.length > 0 && ex.checks.some((c) => c.test(p))) return false;
      if (formatUnknown(p, ex.filters)) {
        if (checks.every((c) => c.test(p))) {
          unplaced.push({ program: p, why: 'how it is delivered was not found in our sources' });
        }
        return false;
      }
    }
    return true;
  });
  const notes = exclusions.flatMap((ex) => ex.checks.map((c) => `not ${c.label}`));
  const matches = sorted
    .filter((p) => checks.every((c) => c.test(p)))
    .map((program) => ({ program, reasons: [...checks.map((c) => c.reason(program)), ...notes] }));
  const nearMisses =
    matches.length > 0 || checks.length < 2
      ? []
      : sorted.flatMap((program) => {
          const failed = checks.filter((c) => !c.test(program));
          const miss = failed[0];
          return failed.length === 1 && miss ? [{ program, missed: miss.label }] : [];
        });
  return { matches, nearMisses, unplaced };
}
