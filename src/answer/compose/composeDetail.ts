import type { Content } from '../../content/loadContent.js';
import type { Fact, Program } from '../../content/schema.js';
import type { Aspect } from '../../query/parseQuestion.js';
import type { Answer, Block, FactLine } from '../model.js';
import { factLines, summarizeProgram } from '../summarizeProgram.js';

const NOT_FOUND = 'Not found in our sources; the CEBC page may have it.';

function missing(program: Program): FactLine[] {
  return [{ text: NOT_FOUND, source: program.cebcPage.url, unconfirmed: false }];
}

function section(heading: string, facts: Fact[], program: Program): Block {
  return { type: 'facts', heading, facts: facts.length > 0 ? factLines(facts) : missing(program) };
}

function aspectBlock(content: Content, program: Program, aspect: Aspect): Block {
  const scale = content.glossary.ratingScale.levels.find((l) => l.level === program.rating.level);
  const relevance = content.glossary.relevanceLevels.levels.find((l) => l.level === program.relevance.level);
  switch (aspect) {
    case 'length':
      return section('How long it takes', program.length.facts, program);
    case 'format':
      return section('Format', program.format.facts, program);
    case 'audience':
      return section('Who it is for', program.audience.facts, program);
    case 'developer':
      return section('Who developed it', program.developer, program);
    case 'deliveredBy':
      return section('Who delivers it', program.deliveredBy, program);
    case 'components':
      return section(
        program.components?.heading ?? 'Key components',
        program.components?.items ?? [],
        program,
      );
    case 'research':
      return section('Research', program.research, program);
    case 'measures':
      return section('Outcome measures', program.measures, program);
    case 'website':
      return {
        type: 'facts',
        heading: 'Website',
        facts: program.website
          ? [
              {
                text: `${program.website.label}: ${program.website.url}`,
                source: program.website.source,
                unconfirmed: program.website.status === 'unconfirmed',
              },
            ]
          : missing(program),
      };
    case 'rating':
      return {
        type: 'facts',
        heading: 'CEBC Scientific Rating',
        // The rating and the level's name are confirmed; only the description may be unconfirmed.
        facts: [
          {
            text: `${program.rating.level}: ${scale?.name ?? ''}. A lower number means more research support.`,
            source: program.rating.source,
            unconfirmed: false,
          },
          ...(scale
            ? [{ text: scale.meaning, source: scale.source, unconfirmed: scale.status === 'unconfirmed' }]
            : []),
        ],
      };
    case 'relevance':
      return {
        type: 'facts',
        heading: 'CWS Relevance Level',
        facts: [
          {
            text: `${program.relevance.level}: ${relevance?.meaning ?? ''} Relevance is not a rating.`,
            source: program.relevance.source,
            unconfirmed: false,
          },
        ],
      };
    case 'cost':
      return {
        type: 'facts',
        heading: 'Cost',
        facts: [
          {
            text: `Cost was not found in our sources. ${program.website ? `Ask the program: ${program.website.url}` : ''}`.trim(),
            source: program.cebcPage.url,
            unconfirmed: false,
          },
        ],
      };
    case 'languages':
      return {
        type: 'facts',
        heading: 'Languages',
        facts: [
          {
            text: 'The languages it is offered in were not confirmed in our sources; the CEBC page lists them.',
            source: program.cebcPage.url,
            unconfirmed: false,
          },
        ],
      };
  }
}

/** Everything we know about one program; with an aspect ("how long"), that part comes first. */
export function composeDetail(content: Content, program: Program, aspect?: Aspect): Answer {
  const summary = summarizeProgram(content, program);
  const blocks: Block[] = [];
  if (aspect) blocks.push(aspectBlock(content, program, aspect));
  blocks.push({ type: 'program', program: summary, reasons: [] });
  blocks.push({
    type: 'quote',
    text: program.overview.quote,
    attribution: { label: program.overview.attribution, url: program.overview.source },
  });
  const sections: Aspect[] = [
    'audience',
    'format',
    'length',
    'deliveredBy',
    'components',
    'developer',
    'research',
    'measures',
  ];
  for (const s of sections) {
    if (s !== aspect && !(s === 'components' && !program.components))
      blocks.push(aspectBlock(content, program, s));
  }
  if (program.notes.length > 0)
    blocks.push({ type: 'facts', heading: 'Good to know', facts: factLines(program.notes) });
  const links = [summary.cebc];
  if (program.website) links.push({ label: program.website.label, url: program.website.url });
  blocks.push({ type: 'links', links });
  return { intent: 'detail', title: program.name, blocks, programs: [program.id], private: false };
}
