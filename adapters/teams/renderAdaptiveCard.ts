import type { Answer, Block, FactLine, Link, ProgramSummary } from '../../src/answer/model.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { type DetailsData, detailsData } from './detailsAction.js';
import { escapeMarkdown } from './escapeMarkdown.js';

/** The subset of Adaptive Card 1.5 (the highest version Teams renders) this bot produces. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  italic?: boolean;
  isSubtle?: boolean;
  size?: 'Small' | 'Medium';
  selectAction?: OpenUrlAction;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  tooltip: string;
  data: DetailsData;
}

export type CardElement =
  | { type: 'TextBlock'; text: string; wrap: true; style: 'heading'; size: 'Large'; weight: 'Bolder' }
  | { type: 'RichTextBlock'; inlines: TextRun[]; spacing?: 'Small' }
  | { type: 'Container'; items: CardElement[]; separator?: boolean; spacing?: 'Medium'; style?: 'emphasis' }
  | { type: 'ColumnSet'; columns: Column[]; separator?: boolean; spacing?: 'Small' }
  | { type: 'ActionSet'; actions: (OpenUrlAction | SubmitAction)[] };

export interface Column {
  type: 'Column';
  width: 'auto' | 'stretch' | number;
  items: CardElement[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  fallbackText: string;
}

// All text from the answer goes into TextRuns, which Teams never reads as markdown; only the title
// (a heading) needs escaping. User text never reaches a card: answers do not quote it.
const run = (text: string, style: Omit<TextRun, 'type' | 'text'> = {}): TextRun => ({
  type: 'TextRun',
  text,
  ...style,
});
const line = (...inlines: TextRun[]): CardElement => ({ type: 'RichTextBlock', inlines, spacing: 'Small' });
const heading = (text: string): CardElement => line(run(text, { weight: 'Bolder' }));
const openUrl = (link: Link): OpenUrlAction => ({ type: 'Action.OpenUrl', title: link.label, url: link.url });

function factLine(fact: FactLine): CardElement {
  const runs = [run(`• ${fact.text}`)];
  if (fact.unconfirmed) runs.push(run(' (unconfirmed)', { italic: true }));
  return line(...runs);
}

/** At most three lines a program: the name (a link to its CEBC page), rating and relevance, why. */
function programBlock(
  program: ProgramSummary,
  reasons: string[],
  overview: string | undefined,
  withDetails: boolean,
): CardElement {
  const items: CardElement[] = [
    line(run(program.name, { weight: 'Bolder', size: 'Medium', selectAction: openUrl(program.cebc) })),
    line(
      run(`Rating ${program.rating.level} (${program.rating.name}) · CWS relevance ${program.relevance}`, {
        isSubtle: true,
      }),
    ),
  ];
  if (overview) items.push(line(run(overview)));
  else if (reasons.length > 0) items.push(line(run(reasons.join('; '), { italic: true })));
  if (withDetails) {
    items.push({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.Submit',
          title: 'Details',
          tooltip: `More about ${program.shortName}`,
          data: detailsData(program.id),
        },
      ],
    });
  }
  return { type: 'Container', items, separator: true, spacing: 'Medium' };
}

const cellText = (text: string, bold = false): CardElement =>
  line(run(text, bold ? { weight: 'Bolder' } : {}));

/** A real table: one ColumnSet a row, the question on the left and one column per program. */
function comparisonTable(block: Extract<Block, { type: 'comparison' }>): CardElement {
  const row = (label: string, cells: CardElement[], separator: boolean): CardElement => ({
    type: 'ColumnSet',
    spacing: 'Small',
    ...(separator ? { separator: true } : {}),
    columns: [
      { type: 'Column', width: 2, items: [cellText(label, true)] },
      ...cells.map((c): Column => ({ type: 'Column', width: 3, items: [c] })),
    ],
  });
  return {
    type: 'Container',
    items: [
      row(
        '',
        block.programs.map((p) => cellText(p.shortName, true)),
        false,
      ),
      ...block.rows.map((r) =>
        row(
          r.label,
          r.values.map((v) => cellText(v)),
          true,
        ),
      ),
    ],
  };
}

function renderBlock(block: Block, answer: Answer): CardElement {
  switch (block.type) {
    case 'paragraph':
      return line(run(block.text));
    case 'program':
      return programBlock(block.program, block.reasons, block.overview, answer.intent !== 'detail');
    case 'facts':
      return { type: 'Container', items: [heading(block.heading), ...block.facts.map(factLine)] };
    case 'quote':
      return {
        type: 'Container',
        style: 'emphasis',
        items: [
          line(run(`“${block.text}”`, { italic: true })),
          line(
            run(block.attribution.label, {
              isSubtle: true,
              size: 'Small',
              selectAction: openUrl(block.attribution),
            }),
          ),
        ],
      };
    case 'comparison':
      return comparisonTable(block);
    case 'resources': {
      const items: CardElement[] = [heading(block.heading)];
      for (const r of block.items) {
        items.push(line(run(r.name, { weight: 'Bolder' }), run(`: ${r.how.join(' · ')}. ${r.detail}`)));
      }
      const links = block.items.flatMap((r) => (r.url ? [openUrl({ label: r.name, url: r.url })] : []));
      if (links.length > 0) items.push({ type: 'ActionSet', actions: links });
      return { type: 'Container', items };
    }
    case 'examples':
      return {
        type: 'Container',
        items: [heading(block.heading), ...block.questions.map((q) => line(run(`• ${q}`)))],
      };
    case 'links':
      return { type: 'ActionSet', actions: block.links.map(openUrl) };
    case 'note':
      return line(run(block.text, { isSubtle: true, size: 'Small' }));
    case 'more':
      return {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Submit',
            title: block.label,
            tooltip: `The full profile of ${block.label.replace(/^More about /, '')}`,
            data: detailsData(block.programId, true),
          },
        ],
      };
  }
}

/** The Teams rendering of an answer: same content as the plain text, as an Adaptive Card 1.5. */
export function renderAdaptiveCard(answer: Answer): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: escapeMarkdown(answer.title),
        wrap: true,
        style: 'heading',
        size: 'Large',
        weight: 'Bolder',
      },
      ...answer.blocks.map((block) => renderBlock(block, answer)),
    ],
    fallbackText: renderPlainText(answer),
  };
}
