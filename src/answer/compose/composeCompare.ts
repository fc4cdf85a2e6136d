import type { Content } from '../../content/loadContent.js';
import type { Program } from '../../content/schema.js';
import { hasRct } from '../../query/findPrograms.js';
import { rankPrograms } from '../../query/rankPrograms.js';
import type { Answer, Block } from '../model.js';
import { ratingLabel, summarizeProgram } from '../summarizeProgram.js';

/** More columns than this is no longer a comparison anyone can read in a chat window. */
const MAX_COMPARED = 6;
/** A table cell is a glance, not a paragraph; the full profile is one tap away. */
const CELL_CHARS = 90;

/** The first sentence of a fact, cut at a word boundary when it is long. */
function cell(text: string | undefined, unconfirmed = false): string {
  if (!text) return 'Not found in our sources';
  const sentence = text.split(/(?<=[.;])\s/)[0] ?? text;
  const clipped =
    sentence.length <= CELL_CHARS ? sentence : `${sentence.slice(0, CELL_CHARS).replace(/\s+\S*$/, '')}…`;
  return unconfirmed ? `${clipped} (unconfirmed)` : clipped;
}

function lengthCell(program: Program): string {
  const { contactHours, spanDays, ongoing } = program.length;
  if (ongoing) return 'Ongoing';
  const parts: string[] = [];
  if (contactHours !== undefined) parts.push(`${contactHours} hour${contactHours === 1 ? '' : 's'}`);
  if (spanDays !== undefined && spanDays > 1)
    parts.push(spanDays % 7 === 0 ? `over ${spanDays / 7} weeks` : `over ${spanDays} days`);
  if (spanDays === 1 && contactHours !== undefined) parts.push('in one day');
  if (parts.length === 0 && spanDays !== undefined) parts.push(`${spanDays} days`);
  const first = program.length.facts[0];
  return parts.length > 0 ? parts.join(' ') : cell(first?.text, first?.status === 'unconfirmed');
}

function audienceCell(program: Program): string {
  return program.audience.tags.slice(0, 3).join(', ') || cell(program.audience.facts[0]?.text);
}

/** One sentence: what sets them apart on evidence, fit and time. */
function bottomLine(programs: Program[]): string {
  const parts: string[] = [];
  const levels = new Set(programs.map((p) => p.rating.level));
  parts.push(
    levels.size === 1
      ? `${programs.length === 2 ? 'Both are' : 'All are'} rated ${programs[0]?.rating.level}, so the CEBC rating does not separate them`
      : `${rankPrograms(programs, { by: 'evidence', order: 'most', top: true })
          .programs.map((p) => p.shortName)
          .join(' and ')} has the strongest rating`,
  );
  const high = programs.filter((p) => p.relevance.level === 'High');
  if (high.length > 0 && high.length < programs.length) {
    parts.push(
      `${high.map((p) => p.shortName).join(' and ')} ${high.length === 1 ? 'has' : 'have'} High CWS relevance`,
    );
  }
  const shortest = rankPrograms(programs, { by: 'length', order: 'least', top: true });
  if (shortest.programs.length === 1 && !shortest.allTie && programs.length > 1) {
    parts.push(`${shortest.programs[0]?.shortName} is the smallest time commitment`);
  }
  const rct = programs.filter(hasRct);
  if (rct.length > 0 && rct.length < programs.length) {
    parts.push(
      `${rct.map((p) => p.shortName).join(' and ')} ${rct.length === 1 ? 'has' : 'have'} a randomized trial`,
    );
  }
  const [first, ...rest] = parts;
  return `Bottom line: ${[first, rest.length > 0 ? rest.join('; ') : undefined].filter(Boolean).join('; ')}.`;
}

/** A side-by-side table on what staff ask first (evidence, fit, who, how, how long) and a bottom line. */
export function composeCompare(content: Content, requested: Program[]): Answer {
  const programs = requested.slice(0, MAX_COMPARED);
  const summaries = programs.map((p) => summarizeProgram(content, p));
  const rows = [
    { label: 'Rating', values: summaries.map(ratingLabel) },
    { label: 'CWS relevance', values: summaries.map((s) => s.relevance) },
    { label: 'For', values: programs.map(audienceCell) },
    {
      label: 'Format',
      values: programs.map((p) =>
        p.format.tags.length > 0 ? p.format.tags.join(', ') : cell(p.format.facts[0]?.text),
      ),
    },
    { label: 'Length', values: programs.map(lengthCell) },
    {
      label: 'Developer',
      values: programs.map((p) => cell(p.developer[0]?.text, p.developer[0]?.status === 'unconfirmed')),
    },
  ];
  const blocks: Block[] = [
    { type: 'comparison', programs: summaries, rows },
    { type: 'paragraph', text: bottomLine(programs) },
    {
      type: 'links',
      links: summaries.map((s) => ({ label: `${s.shortName}: ${s.cebc.label}`, url: s.cebc.url })),
    },
  ];
  return {
    intent: 'compare',
    title: `Comparing ${summaries.map((s) => s.shortName).join(', ')}`,
    blocks,
    programs: programs.map((p) => p.id),
    private: false,
  };
}
