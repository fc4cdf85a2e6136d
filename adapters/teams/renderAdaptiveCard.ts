import type { Answer, Block, FactLine, Link, ProgramSummary } from '../../src/answer/model.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { type AskData, askData, type PhoneAction, phoneActions } from './cardActions.js';
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
  color?: 'Accent';
  selectAction?: OpenUrlAction | AskAction;
}

/** A tappable example question: sends it back to be answered where the card is. */
export interface AskAction {
  type: 'Action.Submit';
  title: string;
  data: AskData;
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
  | { type: 'ActionSet'; actions: (OpenUrlAction | SubmitAction | PhoneAction)[] };

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

/** A line of small grey text, with its call and text numbers as buttons when it names any. */
function noteElement(text: string): CardElement {
  const note = line(run(text, { isSubtle: true, size: 'Small' }));
  const phones = phoneActions(text);
  return phones.length > 0
    ? { type: 'Container', items: [note, { type: 'ActionSet', actions: phones }] }
    : note;
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

function renderBlock(block: Block, answer: Answer, personal: boolean): CardElement {
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
        const name = run(r.name, {
          weight: 'Bolder',
          ...(r.url ? { selectAction: openUrl({ label: r.name, url: r.url }) } : {}),
        });
        items.push(line(name, run(`: ${r.how.join(' · ')}. ${r.detail}`)));
      }
      const phones = phoneActions(block.items.map((r) => r.how.join(', ')).join(', '));
      if (phones.length > 0) items.push({ type: 'ActionSet', actions: phones });
      return { type: 'Container', items };
    }
    case 'examples':
      // In a 1:1 chat the examples are suggestedActions under the card; elsewhere each line asks itself.
      return {
        type: 'Container',
        items: [
          heading(block.heading),
          ...block.questions.map((q) =>
            personal
              ? line(run(`• ${q}`))
              : line(
                  run(`• ${q}`, {
                    color: 'Accent',
                    selectAction: { type: 'Action.Submit', title: q, data: askData(q) },
                  }),
                ),
          ),
        ],
      };
    case 'links':
      return { type: 'ActionSet', actions: block.links.map(openUrl) };
    case 'note':
      return noteElement(block.text);
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

export interface CardOptions {
  /** A 1:1 chat, where example questions are suggestedActions instead of card taps. */
  personal?: boolean;
}

/** The Teams rendering of an answer: same content as the plain text, as an Adaptive Card 1.5. */
export function renderAdaptiveCard(answer: Answer, options: CardOptions = {}): AdaptiveCard {
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
      ...answer.blocks.map((block) => renderBlock(block, answer, options.personal === true)),
    ],
    fallbackText: renderPlainText(answer),
  };
}
