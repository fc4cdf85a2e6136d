import type { Content } from '../../content/loadContent.js';
import { bestRating, describeFilters, findPrograms } from '../../query/findPrograms.js';
import type { Filters } from '../../query/parseFilters.js';
import type { Answer, Block } from '../model.js';
import { ratingName, summarizeProgram } from '../summarizeProgram.js';

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

export function composeList(content: Content, filters: Filters): Answer {
  const labels = describeFilters(filters, content.programs);
  const found = findPrograms(content.programs, filters);
  const matches = found.matches.slice(0, MAX_LISTED);
  const nearMisses = found.nearMisses.slice(0, MAX_LISTED);
  const total = content.programs.length;
  const blocks: Block[] = [];
  if (matches.length === 0) {
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
    const lead =
      labels.length === 0
        ? `The CEBC lists ${total} rated programs in its STS topic:`
        : `${matches.length} of ${total} programs match ${labels.join(', ')}:`;
    blocks.push({ type: 'paragraph', text: lead });
    for (const match of matches) {
      blocks.push({
        type: 'program',
        program: summarizeProgram(content, match.program),
        reasons: match.reasons,
      });
    }
  }
  blocks.push({ type: 'links', links: [{ label: 'CEBC STS topic page', url: content.topic.url }] });
  const title =
    matches.length === 0
      ? 'No matching programs'
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
