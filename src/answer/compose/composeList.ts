import type { Content } from '../../content/loadContent.js';
import type { Program } from '../../content/schema.js';
import { bestRating, describeFilters, type Exclusions, findPrograms } from '../../query/findPrograms.js';
import type { Filters } from '../../query/parseFilters.js';
import { largestSample, latestStudyYear, type Rank, rankPrograms } from '../../query/rankPrograms.js';
import type { Answer, Block } from '../model.js';
import { ratingName, summarizeProgram } from '../summarizeProgram.js';

export interface ListRequest {
  filters: Filters;
  exclude?: Exclusions;
  within?: string[];
  rank?: Rank;
}

function emptyExplanation(content: Content, filters: Filters, labels: string[]): string {
  const rating = filters.rating;
  if (rating?.kind === 'level' && labels.length === 1) {
    const asked = ratingName(content, rating.level).name;
    const best = bestRating(content.programs);
    const bestText = best ? ` The highest rating here is ${best} (${ratingName(content, best).name}).` : '';
    return `No program in this topic is rated ${rating.level} (${asked}).${bestText}`;
  }
  if (filters.relevance.length > 0 && labels.length === 1) {
    const levels = [...new Set(content.programs.map((p) => p.relevance.level))].join(' and ');
    return `No program in this topic has CWS relevance ${filters.relevance.join(' or ')}; the levels here are ${levels}.`;
  }
  return `No program in this topic matches all of: ${labels.join(', ')}.`;
}

/** A chat answer stays readable: beyond this many programs we ask for a narrower question. */
const MAX_LISTED = 10;

const RANK_WORDS: Record<Rank['by'], Record<Rank['order'], string>> = {
  length: { most: 'takes the longest', least: 'is the shortest' },
  hours: { most: 'has the most contact hours', least: 'has the fewest contact hours' },
  evidence: { most: 'has the strongest CEBC rating', least: 'has the weakest CEBC rating' },
  relevance: { most: 'has the highest CWS relevance', least: 'has the lowest CWS relevance' },
  sample: { most: 'has the largest study sample', least: 'has the smallest study sample' },
  cost: { most: 'costs the most', least: 'costs the least' },
  year: { most: 'has the most recent study', least: 'has the oldest study' },
};

function rankValueText(program: Program, rank: Rank, content: Content): string {
  switch (rank.by) {
    case 'length':
    case 'hours': {
      const fact = program.length.facts[0]?.text ?? '';
      return fact.replace(/\.$/, '');
    }
    case 'evidence':
      return `rated ${program.rating.level} (${ratingName(content, program.rating.level).name})`;
    case 'relevance':
      return `CWS relevance ${program.relevance.level}`;
    case 'sample': {
      const n = largestSample(program);
      return n === undefined ? 'study size not given' : `largest study: ${n} people`;
    }
    case 'cost':
      return 'cost not given in our sources';
    case 'year': {
      const year = latestStudyYear(program);
      return year === undefined ? 'no dated study in our sources' : `newest study: ${year}`;
    }
  }
}

function names(programs: Program[]): string {
  const short = programs.map((p) => p.shortName);
  return short.length <= 2 ? short.join(' and ') : `${short.slice(0, -1).join(', ')} and ${short.at(-1)}`;
}

function countWord(n: number, total: number): string {
  if (n === total)
    return n === 2 ? 'Both' : `All ${['zero', 'one', 'two', 'three', 'four', 'five', 'six'][n] ?? n}`;
  return String(n);
}

/** The lead line for a superlative, honest about ties and about what our sources do not give. */
function rankLead(content: Content, rank: Rank, top: Program[], allTie: boolean, considered: number): string {
  const first = top[0];
  if (!first) return 'Our sources do not give that for any of these programs.';
  if (rank.by === 'evidence' && allTie) {
    return `${countWord(top.length, considered)} are rated ${first.rating.level} (${ratingName(content, first.rating.level).name}), so the CEBC rating does not put one ahead.`;
  }
  if (allTie) return `${countWord(top.length, considered)} tie: ${rankValueText(first, rank, content)}.`;
  if (!rank.top) return `Sorted: the one that ${RANK_WORDS[rank.by][rank.order]} first.`;
  const verb = RANK_WORDS[rank.by][rank.order];
  return top.length === 1
    ? `${first.shortName} ${verb}: ${rankValueText(first, rank, content)}.`
    : `${names(top)} tie; each ${verb}.`;
}

export function composeList(content: Content, request: ListRequest): Answer {
  const { filters, exclude, within, rank } = request;
  const labels = describeFilters(filters, content.programs, exclude);
  const found = findPrograms(content.programs, filters, {
    ...(exclude ? { exclude } : {}),
    ...(within ? { within } : {}),
  });
  let matches = found.matches.slice(0, MAX_LISTED);
  const nearMisses = found.nearMisses.slice(0, MAX_LISTED);
  const total = content.programs.length;
  const blocks: Block[] = [];
  let unknownRanked: Program[] = [];
  let ongoingNote: string | undefined;
  if (rank && matches.length > 0) {
    const ranked = rankPrograms(
      matches.map((m) => m.program),
      rank,
    );
    const order = new Map(ranked.programs.map((p, i) => [p.id, i]));
    const considered = ranked.programs.length + ranked.unknown.length;
    blocks.push({
      type: 'paragraph',
      text: rankLead(content, rank, ranked.programs, ranked.allTie, considered),
    });
    matches = matches
      .filter((m) => order.has(m.program.id))
      .sort((a, b) => (order.get(a.program.id) ?? 0) - (order.get(b.program.id) ?? 0))
      .map((m) => ({ ...m, reasons: [...m.reasons, rankValueText(m.program, rank, content)] }));
    unknownRanked = ranked.unknown;
    if (ranked.ongoing.length > 0) {
      ongoingNote = `Left out as ongoing, with no set end: ${names(ranked.ongoing)}.`;
    }
  }
  if (matches.length === 0 && !rank) {
    blocks.push({ type: 'paragraph', text: emptyExplanation(content, filters, labels) });
    if (nearMisses.length > 0) {
      blocks.push({ type: 'paragraph', text: 'Close matches, each missing one thing you asked for:' });
      for (const miss of nearMisses) {
        blocks.push({
          type: 'program',
          program: summarizeProgram(content, miss.program),
          reasons: [`not ${miss.missed}`],
        });
      }
    }
    blocks.push({
      type: 'examples',
      heading: 'You could try',
      questions: ['list all programs', 'online programs', 'programs for supervisors'],
    });
  } else {
    if (!rank) {
      const lead =
        labels.length === 0
          ? `The CEBC lists ${total} rated programs in its STS topic:`
          : `${matches.length} of ${total} programs match ${labels.join(', ')}:`;
      blocks.push({ type: 'paragraph', text: lead });
    }
    for (const match of matches) {
      blocks.push({
        type: 'program',
        program: summarizeProgram(content, match.program),
        reasons: match.reasons,
      });
    }
  }
  if (unknownRanked.length > 0) {
    blocks.push({
      type: 'note',
      text: `Not ranked, because our sources do not give it: ${names(unknownRanked)}.`,
    });
  }
  if (ongoingNote) blocks.push({ type: 'note', text: ongoingNote });
  if (found.unplaced.length > 0) {
    blocks.push({
      type: 'note',
      text: `I could not place ${found.unplaced.map((u) => `${u.program.shortName} (${u.why})`).join('; ')}.`,
    });
  }
  blocks.push({ type: 'links', links: [{ label: 'CEBC STS topic page', url: content.topic.url }] });
  const title =
    matches.length === 0
      ? 'No matching programs'
      : rank
        ? rank.top
          ? `Which program ${RANK_WORDS[rank.by][rank.order]}`
          : 'STS programs, sorted'
        : labels.length === 0
          ? 'STS programs on the CEBC'
          : `STS programs: ${labels.join(', ')}`;
  return {
    intent: 'list',
    title,
    blocks,
    programs: matches.map((m) => m.program.id),
    private: false,
  };
}
