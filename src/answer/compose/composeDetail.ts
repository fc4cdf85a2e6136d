import type { Content } from '../../content/loadContent.js';
import type { Fact, Program } from '../../content/schema.js';
import type { Aspect } from '../../query/parseQuestion.js';
import { renderPlainText } from '../../render/renderPlainText.js';
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

/** A detail answer stays short: the asked part, two or three key facts and the source. */
export const SHORT_DETAIL_MAX_WORDS = 120;
const ASPECT_FACTS = 3;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function keyFacts(content: Content, program: Program, aspect: Aspect | undefined): FactLine[] {
  const summary = summarizeProgram(content, program);
  const lines: FactLine[] = [
    {
      text: `CEBC rating ${summary.rating.level} (${summary.rating.name}); CWS relevance ${summary.relevance}.`,
      source: program.rating.source,
      unconfirmed: false,
    },
  ];
  const picks: [Aspect, Fact[]][] = [
    ['audience', program.audience.facts],
    ['format', program.format.facts],
    ['length', program.length.facts],
    ['developer', program.developer],
  ];
  for (const [kind, facts] of picks) {
    const first = facts[0];
    if (kind === aspect || !first || lines.length >= 3) continue;
    lines.push(...factLines([first]));
  }
  return aspect === 'rating' || aspect === 'relevance' ? lines.slice(1) : lines;
}

function moreBlock(program: Program): Block {
  return {
    type: 'more',
    programId: program.id,
    label: `More about ${program.shortName}`,
    question: `more about ${program.shortName}`,
  };
}

/**
 * The short answer about one program: with an aspect ("how long"), that part first; otherwise one line
 * on what it is. Then two or three key facts, the CEBC source and a "More about" action for the rest.
 */
export function composeDetail(content: Content, program: Program, aspect?: Aspect): Answer {
  const summary = summarizeProgram(content, program);
  const lead: Block = aspect
    ? aspectBlock(content, program, aspect)
    : { type: 'paragraph', text: firstSentence(program.overview.quote) };
  const asked = lead.type === 'facts' ? lead.facts.slice(0, ASPECT_FACTS) : [];
  const key = keyFacts(content, program, aspect);
  const build = (): Answer => ({
    intent: 'detail',
    title: program.name,
    blocks: [
      lead.type === 'facts' ? { ...lead, facts: asked } : lead,
      { type: 'facts', heading: 'Key facts', facts: key },
      { type: 'links', links: [summary.cebc] },
      moreBlock(program),
    ],
    programs: [program.id],
    private: false,
  });
  // Counted as read, with the help-line footer every answer ends with: drop the last asked fact, then
  // key facts, until it fits; the first asked fact always stays.
  const footer = words(content.crisis.footer);
  let answer = build();
  while (words(renderPlainText(answer)) + footer > SHORT_DETAIL_MAX_WORDS) {
    if (asked.length > 1) asked.pop();
    else if (key.length > 1) key.pop();
    else break;
    answer = build();
  }
  return answer;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
}

/** Everything we know about one program: the "More about" answer. */
export function composeFullProfile(content: Content, program: Program): Answer {
  const summary = summarizeProgram(content, program);
  const blocks: Block[] = [];
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
    if (!(s === 'components' && !program.components)) blocks.push(aspectBlock(content, program, s));
  }
  if (program.notes.length > 0)
    blocks.push({ type: 'facts', heading: 'Good to know', facts: factLines(program.notes) });
  const links = [summary.cebc];
  if (program.website) links.push({ label: program.website.label, url: program.website.url });
  blocks.push({ type: 'links', links });
  return {
    intent: 'detail',
    title: `${program.name}: full profile`,
    blocks,
    programs: [program.id],
    private: false,
  };
}
