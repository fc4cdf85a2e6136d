import type { Program, RatingLevelT } from '../content/schema.js';
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

function matchesLength(program: Program, filter: LengthFilter): boolean {
  const { contactHours, spanDays, ongoing } = program.length;
  switch (filter.kind) {
    case 'short':
      return (contactHours !== undefined && contactHours <= 6) || (spanDays !== undefined && spanDays <= 1);
    case 'ongoing':
      return ongoing;
    case 'duration': {
      const value = filter.unit === 'hours' ? contactHours : filter.unit === 'days' ? spanDays : undefined;
      if (value === undefined) return false;
      return filter.atMost ? value <= filter.amount : value === filter.amount;
    }
  }
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
  for (const format of filters.formats) {
    checks.push({
      label: format,
      test: (p) => p.format.tags.includes(format),
      reason: () => `format: ${format}`,
    });
  }
  for (const group of filters.audiences) {
    checks.push({
      label: `for ${group.label}`,
      test: (p) => group.tags.some((t) => wordsOf(p).audience.has(t)),
      reason: () => `for ${group.label}`,
    });
  }
  const length = filters.length;
  if (length) {
    checks.push({
      label: length.kind === 'duration' ? length.said : length.kind,
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
  return checks;
}

export function describeFilters(filters: Filters, programs: Program[]): string[] {
  return buildChecks(filters, programs).map((c) => c.label);
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

/** Applies every filter (AND) and says why each program matched. */
export function findPrograms(programs: Program[], filters: Filters): FindResult {
  const checks = buildChecks(filters, programs);
  const sorted = inListingOrder(programs);
  const matches = sorted
    .filter((p) => checks.every((c) => c.test(p)))
    .map((program) => ({ program, reasons: checks.map((c) => c.reason(program)) }));
  const nearMisses =
    matches.length > 0 || checks.length < 2
      ? []
      : sorted.flatMap((program) => {
          const failed = checks.filter((c) => !c.test(program));
          const miss = failed[0];
          return failed.length === 1 && miss ? [{ program, missed: miss.label }] : [];
        });
  return { matches, nearMisses };
}
