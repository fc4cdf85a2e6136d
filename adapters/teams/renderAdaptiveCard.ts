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
  | { type: 'FactSet'; facts: { title: string; value: string }[] }
  | { type: 'Container'; items: CardElement[]; separator?: boolean; spacing?: 'Medium'; style?: 'emphasis' }
  | { type: 'ActionSet'; actions: (OpenUrlAction | SubmitAction)[] };

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
  const actions: (OpenUrlAction | SubmitAction)[] = [openUrl(program.cebc)];
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
