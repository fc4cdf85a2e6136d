import type { Content } from '../../content/loadContent.js';
import type { Program } from '../../content/schema.js';
import type { Answer, Block } from '../model.js';
import { firstFact, ratingLabel, summarizeProgram } from '../summarizeProgram.js';

/** More columns than this is no longer a comparison anyone can read in a chat window. */
const MAX_COMPARED = 6;

/** Side by side on the questions staff ask first: evidence, fit, who, how, how long. */
export function composeCompare(content: Content, requested: Program[]): Answer {
  const programs = requested.slice(0, MAX_COMPARED);
  const summaries = programs.map((p) => summarizeProgram(content, p));
  const rows = [
    { label: 'Scientific rating', values: summaries.map(ratingLabel) },
    { label: 'CWS relevance', values: summaries.map((s) => s.relevance) },
    { label: 'Who it is for', values: programs.map((p) => firstFact(p.audience.facts)) },
    {
      label: 'Format',
      values: programs.map((p) =>
        p.format.tags.length > 0 ? p.format.tags.join(', ') : firstFact(p.format.facts),
      ),
    },
    { label: 'Length', values: programs.map((p) => firstFact(p.length.facts)) },
    { label: 'Delivered by', values: programs.map((p) => firstFact(p.deliveredBy)) },
    { label: 'Developer', values: programs.map((p) => firstFact(p.developer)) },
  ];
  const blocks: Block[] = [{ type: 'comparison', programs: summaries, rows }];
  const first = summaries[0];
  if (first && new Set(summaries.map((s) => s.rating.level)).size === 1) {
    blocks.push({
      type: 'note',
      text: `All of these share the same CEBC rating, ${ratingLabel(first)}; they differ in who they are for and how they are run.`,
    });
  }
  blocks.push({
    type: 'links',
    links: summaries.map((s) => ({ label: `${s.shortName}: ${s.cebc.label}`, url: s.cebc.url })),
  });
  return {
    intent: 'compare',
    title: `Comparing ${summaries.map((s) => s.shortName).join(', ')}`,
    blocks,
    programs: programs.map((p) => p.id),
    private: false,
  };
}
