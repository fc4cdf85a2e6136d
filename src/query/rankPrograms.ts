import type { Program } from '../content/schema.js';

/**
 * Superlatives and sorting over the structured facts: "which takes longest", "the quickest one",
 * "most evidence", "sorted by length". Ties are kept together and unknown values are reported, never
 * guessed: a program whose length our sources do not give is not the shortest.
 */
export interface Rank {
  by: 'length' | 'hours' | 'evidence' | 'relevance' | 'sample' | 'cost' | 'year';
  order: 'most' | 'least';
  /** true: only the program(s) at the top ("which takes longest"); false: all, sorted. */
  top: boolean;
  /** "the longest course": only programs with an end are ranked by length; ongoing ones are set apart. */
  courses?: true;
}

/** Words for something that ends: a course, a training, finishing it. */
const COURSE =
  /\b(?:course|courses|class|classes|training|trainings|finish|complete|completing|fixed|sessions?)\b/;

const PATTERNS: { rank: Omit<Rank, 'top'>; pattern: RegExp }[] = [
  {
    rank: { by: 'hours', order: 'most' },
    pattern:
      /\bmost (?:contact |training )?hours\b|\b(?:most|more) (?:intensive|demanding)\b|\bbiggest commitment\b/,
  },
  { rank: { by: 'hours', order: 'least' }, pattern: /\b(?:fewest|least) (?:contact |training )?hours\b/ },
  {
    rank: { by: 'length', order: 'most' },
    pattern:
      /\b(?:longest|most weeks|most days|takes? (?:the )?(?:most|longest) time|most time(?: consuming)?|biggest time commitment|(?:lasts|runs|goes) (?:the )?longest|most sessions|longer)\b/,
  },
  {
    rank: { by: 'length', order: 'least' },
    pattern:
      /\b(?:shortest|quickest|fastest|briefest|least time(?: consuming)?|(?:smallest|lowest|least|minimal|smaller|lower) time commitment|takes? (?:the )?least time|shorter|quicker|least sessions|fewest sessions|least work|least effort|easiest|least (?:demanding|intensive)|lightest)\b/,
  },
  {
    rank: { by: 'evidence', order: 'most' },
    pattern:
      /\b(?:most|best|strongest|highest|top|more|greatest) (?:evidence|research|rated|rating|supported|studied|studies|proven|evidence based|scientific support)\b|\bbest (?:one|program|option)s?\b|\b(?:is|are) (?:the )?best\b|\b(?:which|what) (?:one |program )?works best\b|\bmost effective\b/,
  },
  {
    rank: { by: 'evidence', order: 'least' },
    pattern: /\b(?:least|weakest|lowest|worst) (?:evidence|research|rated|rating|supported|studied)\b/,
  },
  {
    rank: { by: 'relevance', order: 'most' },
    pattern: /\b(?:most relevant|highest (?:cws |child welfare )?relevance|best fit)\b/,
  },
  {
    rank: { by: 'relevance', order: 'least' },
    pattern: /\b(?:least relevant|(?:lowest|least) (?:cws |child welfare )?relevance)\b/,
  },
  {
    rank: { by: 'sample', order: 'least' },
    pattern: /\b(?:smallest|fewest) (?:study|studies|sample|samples|trial|participants)\b/,
  },
  {
    rank: { by: 'year', order: 'most' },
    pattern: /\b(?:most recent|newest|latest|newer) (?:research|study|studies|evidence|trial)\b/,
  },
  {
    rank: { by: 'year', order: 'least' },
    pattern: /\b(?:oldest|earliest) (?:research|study|studies|evidence|trial)\b/,
  },
  {
    rank: { by: 'cost', order: 'least' },
    pattern: /\b(?:cheapest|least expensive|lowest cost|most affordable|cheaper|costs? the least)\b/,
  },
  {
    rank: { by: 'cost', order: 'most' },
    pattern: /\b(?:most expensive|costs? the most|priciest)\b/,
  },
  {
    rank: { by: 'sample', order: 'most' },
    pattern:
      /\b(?:largest|biggest|most) (?:study|sample|trial|research sample|number of participants|participants|people studied)\b|\b(?:study|studies|trial|research) (?:had|has|have|with) (?:the )?(?:most|largest|biggest)\b|\bmost (?:people|participants|subjects)\b/,
  },
];

const SORT =
  /\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|arrange(?:d)?) (?:them |it |the programs |programs )?(?:by|from|on)\b|\b(?:from|by) (?:shortest|longest|best|most|least)\b|\bfirst\b/;
const SORT_KEY: { rank: Omit<Rank, 'top'>; pattern: RegExp }[] = [
  { rank: { by: 'length', order: 'least' }, pattern: /\b(?:length|shortest|time|duration)\b/ },
  { rank: { by: 'length', order: 'most' }, pattern: /\blongest\b/ },
  { rank: { by: 'hours', order: 'least' }, pattern: /\bhours\b/ },
  { rank: { by: 'evidence', order: 'most' }, pattern: /\b(?:rating|evidence|research|best)\b/ },
  { rank: { by: 'relevance', order: 'most' }, pattern: /\brelevan/ },
];

export function detectRank(normalizedText: string): Rank | undefined {
  if (SORT.test(normalizedText)) {
    const key = SORT_KEY.find((k) => k.pattern.test(normalizedText));
    if (key) return { ...key.rank, top: false };
  }
  const found = PATTERNS.find((p) => p.pattern.test(normalizedText));
  if (!found) return undefined;
  const courses = found.rank.by === 'length' && COURSE.test(normalizedText);
  return courses ? { ...found.rank, top: true, courses: true } : { ...found.rank, top: true };
}

const RATING_ORDER = ['1', '2', '3', '4', '5'];
const RELEVANCE_ORDER = ['Low', 'Medium', 'High'];

/** A number where bigger means "more" of what is ranked; undefined when our sources do not say. */
export function rankValue(program: Program, by: Rank['by']): number | undefined {
  const { contactHours, spanDays, ongoing } = program.length;
  switch (by) {
    case 'length':
      if (ongoing) return Number.POSITIVE_INFINITY;
      return spanDays ?? (contactHours !== undefined ? contactHours / 24 : undefined);
    case 'hours':
      return contactHours;
    case 'evidence': {
      const i = RATING_ORDER.indexOf(program.rating.level);
      return i < 0 ? undefined : RATING_ORDER.length - i;
    }
    case 'relevance':
      return RELEVANCE_ORDER.indexOf(program.relevance.level);
    case 'sample':
      return largestSample(program);
    case 'cost':
      // Our sources give no program's cost: a cost ranking says so instead of guessing.
      return undefined;
    case 'year':
      return latestStudyYear(program);
  }
}

/** The year of the newest confirmed study ("Duva et al. 2022"); undefined when none is dated. */
export function latestStudyYear(program: Program): number | undefined {
  const years = program.research
    .filter((f) => f.status === 'confirmed')
    .flatMap((f) => [...f.text.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1])));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** "randomized trial with 253 healthcare workers": the people counted in a confirmed study. */
const SAMPLE =
  /\b(\d{2,5}) (?:[a-z-]+ ){0,2}(?:workers|professionals|staff|carers|participants|people|nurses|employees|caregivers|clinicians|parents)\b/gi;

/** The biggest study sample in our confirmed research facts; undefined when none is given. */
export function largestSample(program: Program): number | undefined {
  const sizes = program.research
    .filter((f) => f.status === 'confirmed')
    .flatMap((f) => [...f.text.matchAll(SAMPLE)].map((m) => Number(m[1])));
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

export interface Ranked {
  /** Ongoing programs left out of a ranking of courses. */
  ongoing: Program[];
  /** Sorted, most first for "most" and least first for "least"; only the tie at the top when `top`. */
  programs: Program[];
  /** Programs whose value our sources do not give, left out of the ranking. */
  unknown: Program[];
  /** True when every ranked program ties. */
  allTie: boolean;
}

export function rankPrograms(all: Program[], rank: Rank): Ranked {
  const ongoing = rank.courses ? all.filter((p) => p.length.ongoing) : [];
  const programs = all.filter((p) => !ongoing.includes(p));
  const known = programs.flatMap((p) => {
    const v = rankValue(p, rank.by);
    return v === undefined ? [] : [{ p, v }];
  });
  const unknown = programs.filter((p) => rankValue(p, rank.by) === undefined);
  const sign = rank.order === 'most' ? -1 : 1;
  known.sort((a, b) => (a.v === b.v ? 0 : sign * (a.v < b.v ? -1 : 1)));
  const first = known[0]?.v;
  const allTie = known.length > 1 && known.every((k) => k.v === first);
  const chosen = rank.top ? known.filter((k) => k.v === first) : known;
  return { programs: chosen.map((k) => k.p), unknown, allTie, ongoing };
}
