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
  | { type: 'FactSet'; facts: { title: string; value: string }[] }
  | { type: 'Container'; items: CardElement[]; separator?: boolean; spacing?: 'Medium'; style?: 'emphasis' }
  | { type: 'ActionSet'; actions: (OpenUrlAction | SubmitAction | PhoneAction)[] };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  fallbackText: string;
}

// All text from the answer goes into TextRuns, which Teams never reads as markdown; only the title
// (a heading) and FactSets need escaping. User text never reaches a card: answers do not quote it.
const run = (text: string, style: Omit<TextRun, 'type' | 'text'> = {}): TextRun => ({
  type: 'TextRun',
  text,
  ...style,
});
const line = (...inlines: TextRun[]): CardElement => ({ type: 'RichTextBlock', inlines, spacing: 'Small' });
const heading = (text: string): CardElement => line(run(text, { weight: 'Bolder' }));
const openUrl = (link: Link): OpenUrlAction => ({ type: 'Action.OpenUrl', title: link.label, url: link.url });
const facts = (rows: { title: string; value: string }[]): CardElement => ({
  type: 'FactSet',
  facts: rows.map((r) => ({ title: escapeMarkdown(r.title), value: escapeMarkdown(r.value) })),
});

function factLine(fact: FactLine): CardElement {
  const runs = [run(`• ${fact.text}`)];
  if (fact.unconfirmed) runs.push(run(' (unconfirmed)', { italic: true }));
  return line(...runs);
}

function programBlock(
  program: ProgramSummary,
  reasons: string[],
  overview: string | undefined,
  withDetails: boolean,
): CardElement {
  const items: CardElement[] = [
    line(run(program.name, { weight: 'Bolder', size: 'Medium' })),
    facts([
      { title: 'Scientific rating', value: `${program.rating.level} (${program.rating.name})` },
      { title: 'CWS relevance', value: program.relevance },
    ]),
  ];
  if (reasons.length > 0) items.push(line(run('Why: ', { weight: 'Bolder' }), run(reasons.join('; '))));
  if (overview) items.push(line(run(overview)));
  // "CEBC program page" as a label is cut off beside "Details" on a phone; "Program page" fits.
  const pageLabel = program.cebc.label.replace(/^CEBC (\w)/, (_m, first: string) => first.toUpperCase());
  const actions: (OpenUrlAction | SubmitAction)[] = [openUrl({ ...program.cebc, label: pageLabel })];
  if (withDetails) {
    actions.push({
      type: 'Action.Submit',
      title: 'Details',
      tooltip: `More about ${program.shortName}`,
      data: detailsData(program.id),
    });
  }
  items.push({ type: 'ActionSet', actions });
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
      return {
        type: 'Container',
        items: block.programs.map(
          (p, i): CardElement => ({
            type: 'Container',
            separator: true,
            spacing: 'Medium',
            items: [
              line(run(p.name, { weight: 'Bolder', size: 'Medium' })),
              facts(block.rows.map((row) => ({ title: row.label, value: row.values[i] ?? '' }))),
            ],
          }),
        ),
      };
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
