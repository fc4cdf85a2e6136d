import type { types } from '@slack/bolt';
import type { Answer, Block, Link, ProgramSummary } from '../../src/answer/model.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { canShare } from './canShare.js';
import { clipEscaped, clipPlain, fitLines, joinFitting, mrkdwnLink } from './mrkdwn.js';
import { ACTION_DETAILS, ACTION_MORE, ACTION_SHARE, LIMITS } from './slackLimits.js';

export type SlackBlock = types.KnownBlock;

export interface SlackBlocksOptions {
  /** Where the last line points when blocks had to be cut: the CEBC topic page. */
  moreLink: Link;
  /** Offer a "Details" button on each program. */
  details?: boolean;
  /** Offer "Share in channel" for this question (only if the answer may be shared). */
  shareQuestion?: string;
  /** A validated Slack user id, credited in a "Shared by" line. */
  sharedBy?: string;
  /** 50 for messages, 100 for the Home tab. */
  maxBlocks?: number;
}

/** Room left for a line's text once its own markup (bullets, bold, labels) is added. */
const LINE_TEXT = 1500;

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(parts: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: joinFitting(parts, '  ·  ', LIMITS.contextText) }],
  };
}

function detailsButton(program: ProgramSummary): types.Button {
  return {
    type: 'button',
    action_id: ACTION_DETAILS,
    text: { type: 'plain_text', text: 'Details' },
    value: program.id,
    accessibility_label: clipPlain(`Details about ${program.shortName}`, LIMITS.buttonText),
  };
}

function bullets(heading: string, items: string[]): string {
  return fitLines([`*${clipEscaped(heading, 200)}*`, ...items.map((i) => `• ${i}`)], LIMITS.sectionText);
}

/** One section a program, at most three lines: the name linked to its CEBC page, rating and relevance, why. */
function programBlocks(block: Extract<Block, { type: 'program' }>, details: boolean): SlackBlock[] {
  const p = block.program;
  const lines = [
    `*${mrkdwnLink({ label: p.name, url: p.cebc.url }, 300)}*`,
    clipEscaped(`Rating ${p.rating.level} (${p.rating.name}) · CWS relevance ${p.relevance}`, 500),
  ];
  if (block.overview) lines.push(clipEscaped(block.overview, LINE_TEXT));
  else if (block.reasons.length > 0) lines.push(`_${clipEscaped(block.reasons.join('; '), 500)}_`);
  const main = section(fitLines(lines, LIMITS.sectionText));
  if (details) main.accessory = detailsButton(p);
  return [main];
}

const field = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });

/**
 * A side-by-side table: Slack lays section fields out in two columns, so two programs get a header
 * row of names and one row of values per question; three or more get each value labelled by name.
 */
function comparisonBlocks(block: Extract<Block, { type: 'comparison' }>, details: boolean): SlackBlock[] {
  const programs = block.programs.slice(0, LIMITS.fields);
  const pair = programs.length === 2;
  const out: SlackBlock[] = [];
  if (pair)
    out.push({ type: 'section', fields: programs.map((p) => field(`*${clipEscaped(p.shortName, 200)}*`)) });
  for (const row of block.rows) {
    const fields = programs.map((p, i) => {
      const value = clipEscaped(row.values[i] ?? '', LIMITS.fieldText - 250) || '–';
      return field(pair ? value : `*${clipEscaped(p.shortName, 200)}*: ${value}`);
    });
    out.push({ ...section(`*${clipEscaped(row.label, 200)}*`), ...(fields.length > 0 ? { fields } : {}) });
  }
  if (details && programs.length > 0) out.push({ type: 'actions', elements: programs.map(detailsButton) });
  return out;
}

/** Slack rejects a text object with no text, so a neutral block with nothing to show renders as nothing. */
function isEmpty(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'note':
    case 'quote':
      return block.text.trim() === '';
    case 'links':
      return block.links.length === 0;
    case 'comparison':
      return block.programs.length === 0;
    default:
      return false;
  }
}

/** Each neutral block becomes one or more Slack blocks; a group is never split when cutting. */
function renderBlock(block: Block, details: boolean): SlackBlock[] {
  if (isEmpty(block)) return [];
  switch (block.type) {
    case 'paragraph':
      return [section(clipEscaped(block.text, LIMITS.sectionText))];
    case 'program':
      return programBlocks(block, details);
    case 'facts':
      return [
        section(
          bullets(
            block.heading,
            block.facts.map(
              (f) => `${clipEscaped(f.text, LINE_TEXT)}${f.unconfirmed ? ' _(unconfirmed)_' : ''}`,
            ),
          ),
        ),
      ];
    case 'quote': {
      const quoted = clipEscaped(block.text, LIMITS.sectionText - 100)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
      return [section(fitLines([quoted], LIMITS.sectionText)), context([mrkdwnLink(block.attribution)])];
    }
    case 'comparison':
      return comparisonBlocks(block, details);
    case 'resources':
      return [
        section(
          bullets(
            block.heading,
            block.items.map((r) => {
              const link = r.url ? ` ${mrkdwnLink({ label: r.url, url: r.url })}` : '';
              return `*${clipEscaped(r.name, 200)}*: ${clipEscaped(`${r.how.join(' · ')}. ${r.detail}`, LINE_TEXT)}${link}`;
            }),
          ),
        ),
      ];
    case 'examples':
      return [
        section(
          bullets(
            block.heading,
            block.questions.map((q) => clipEscaped(q, 300)),
          ),
        ),
      ];
    case 'links':
      return [context(block.links.map((l) => mrkdwnLink(l)))];
    case 'note':
      return [context([clipEscaped(block.text, LIMITS.contextText)])];
    case 'more':
      return [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: ACTION_MORE,
              text: { type: 'plain_text', text: clipPlain(block.label, LIMITS.buttonText) },
              value: block.programId,
            },
          ],
        },
      ];
  }
}

/**
 * Block Kit for one answer: a header, the answer's blocks rendered natively, and the buttons the
 * caller asks for. Every text is escaped and clipped to Slack's limits; when the answer has more
 * blocks than Slack allows, whole groups are dropped from the end and a last line points to the CEBC.
 */
export function renderSlackBlocks(answer: Answer, options: SlackBlocksOptions): SlackBlock[] {
  const max = options.maxBlocks ?? LIMITS.messageBlocks;
  const details = options.details === true && answer.intent !== 'detail';
  const head: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clipPlain(answer.title, LIMITS.headerText) } },
  ];
  if (options.sharedBy) head.push(context([`Shared by <@${options.sharedBy}>`]));
  const tail: SlackBlock[] = [];
  const question = options.shareQuestion;
  if (question !== undefined && canShare(answer, question)) {
    tail.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTION_SHARE,
          text: { type: 'plain_text', text: 'Share in channel' },
          value: question,
        },
      ],
    });
  }

  const groups = answer.blocks.map((b) => renderBlock(b, details));
  const room = max - head.length - tail.length;
  const body: SlackBlock[] = [];
  if (groups.reduce((n, g) => n + g.length, 0) <= room) {
    for (const group of groups) body.push(...group);
  } else {
    for (const group of groups) {
      if (body.length + group.length > room - 1) break;
      body.push(...group);
    }
    body.push(context([`More in the full answer: ${mrkdwnLink(options.moreLink)}`]));
  }
  return [...head, ...body, ...tail];
}

export interface SlackMessage {
  /** Notification and fallback text, escaped like the blocks (Slack parses it as mrkdwn too). */
  text: string;
  blocks: SlackBlock[];
}

/** Blocks plus the plain-text fallback that every Slack message with blocks should carry. */
export function renderSlackMessage(answer: Answer, options: SlackBlocksOptions): SlackMessage {
  return {
    text: clipEscaped(renderPlainText(answer), LIMITS.fallbackText),
    blocks: renderSlackBlocks(answer, options),
  };
}
