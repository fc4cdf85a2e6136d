import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../adapters/slack/readCatalog.js';
import { renderHomeView } from '../../adapters/slack/renderHomeView.js';
import { renderSlackBlocks, renderSlackMessage } from '../../adapters/slack/renderSlackBlocks.js';
import { createAnswerer } from '../../src/answer/answer.js';
import type { Answer, ProgramSummary } from '../../src/answer/model.js';
import { loadContent } from '../../src/content/loadContent.js';
import { checkBlockLimits } from './helpers/checkBlockLimits.js';
import { messageText } from './helpers/messageText.js';

const answer = createAnswerer(loadContent(), { random: () => 0 });
const catalog = readCatalog(answer);
const moreLink = catalog.topicLink;

const evalQuestions = (JSON.parse(readFileSync('test/eval/questions.json', 'utf8')) as { q: string }[]).map(
  (e) => e.q,
);
const aspects = [
  'how long is',
  'who delivers',
  'research on',
  'what does it cost',
  'website for',
  'who made',
  'rating of',
];
const questions = [
  ...evalQuestions,
  ...[...catalog.shortNames.values()].flatMap((name) => [name, ...aspects.map((a) => `${a} ${name}`)]),
  `compare ${[...catalog.shortNames.values()].join(' and ')}`,
  'x'.repeat(5000),
  'i want to end my life',
  'tell me about the Resilience Alliance',
  'ok cool thanks',
  'more about CRM',
];

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>[];

describe('renderSlackBlocks on every answer the core gives', () => {
  it(`stays within Slack's limits for ${questions.length} questions, with and without buttons`, () => {
    const intents = new Set<string>();
    for (const q of questions) {
      const a = answer(q);
      intents.add(a.intent);
      checkBlockLimits(asJson(renderSlackBlocks(a, { moreLink, details: true, shareQuestion: q })));
      checkBlockLimits(asJson(renderSlackBlocks(a, { moreLink, sharedBy: 'U0ASKER001' })));
      expect(renderSlackMessage(a, { moreLink }).text.length).toBeLessThanOrEqual(3000);
    }
    expect([...intents].sort()).toEqual(
      expect.arrayContaining([
        'compare',
        'crisis',
        'detail',
        'explain',
        'help',
        'list',
        'notInTopic',
        'smalltalk',
        'tip',
        'unknown',
      ]),
    );
  });

  it('keeps the Home tab within its 100 blocks', () => {
    checkBlockLimits(asJson(renderHomeView(answer, catalog).blocks), 100);
  });

  it('offers Share only on shareable answers, and never on private (crisis) ones or help', () => {
    const share = (q: string, question = q) =>
      JSON.stringify(renderSlackBlocks(answer(q), { moreLink, shareQuestion: question })).includes(
        'sts_share',
      );
    expect(share('programs high relevance')).toBe(true);
    expect(share('tell me about CRM')).toBe(true);
    expect(share('give me a self-care tip')).toBe(true);
    expect(share('i want to end my life')).toBe(false);
    expect(share('help')).toBe(false);
    expect(share('what is the weather')).toBe(false);
    expect(share('programs high relevance', `programs high relevance ${' '.repeat(2000)}x`)).toBe(false);
  });

  it('renders a comparison of two as a table: a row of names, then one row of values per question', () => {
    const blocks = asJson(renderSlackBlocks(answer('compare CRM and SCHC'), { moreLink, details: true }));
    const rows = blocks.filter((b) => Array.isArray(b.fields));
    expect(rows[0]?.fields).toEqual([
      { type: 'mrkdwn', text: '*CRM*' },
      { type: 'mrkdwn', text: '*SCHC*' },
    ]);
    expect(rows[1]).toMatchObject({
      text: { text: '*Rating*' },
      fields: [
        { type: 'mrkdwn', text: '3 (Promising)' },
        { type: 'mrkdwn', text: '3 (Promising)' },
      ],
    });
    expect(messageText({ blocks })).toContain('Bottom line:');
  });

  it('labels each value by program when more than two are compared', () => {
    const blocks = asJson(renderSlackBlocks(answer('compare all programs'), { moreLink }));
    const rating = blocks.find((b) => messageText(b).startsWith('*Rating*'));
    expect(rating?.fields).toHaveLength(5);
    expect(messageText(rating ?? {})).toContain('*CRM*: 3 (Promising)');
  });

  it('offers "More about" the program on a short detail answer', () => {
    const blocks = asJson(renderSlackBlocks(answer('tell me about CRM'), { moreLink }));
    expect(JSON.stringify(blocks)).toContain('"action_id":"sts_more"');
    expect(JSON.stringify(blocks)).toContain('More about CRM');
  });

  it('marks unconfirmed facts as such', () => {
    const text = messageText({
      blocks: asJson(renderSlackBlocks(answer('more about CRM'), { moreLink })),
    });
    expect(text).toContain('_(unconfirmed)_');
  });
});

function program(i: number): ProgramSummary {
  return {
    id: `p${i}`,
    name: `Program ${i} <@U0EVIL0001> & friends ${'n'.repeat(400)}`,
    shortName: `P${i}`,
    rating: { level: '3', name: 'Promising Research Evidence', shortName: 'Promising' },
    relevance: 'High',
    cebc: { label: 'CEBC program page', url: `https://www.cebc4cw.org/program/p${i}/` },
  };
}

const huge: Answer = {
  intent: 'list',
  title: `A very long title ${'t'.repeat(400)}`,
  private: false,
  programs: [],
  blocks: [
    { type: 'paragraph', text: `<!channel> ${'word & <b>more</b> '.repeat(1000)}` },
    {
      type: 'facts',
      heading: 'Many facts',
      facts: Array.from({ length: 300 }, (_, i) => ({
        text: `fact ${i} ${'f'.repeat(50)}`,
        source: 's',
        unconfirmed: i % 2 === 0,
      })),
    },
    {
      type: 'comparison',
      programs: [program(0), program(1)],
      rows: Array.from({ length: 15 }, (_, i) => ({ label: `Row ${i}`, values: ['v'.repeat(5000), 'w'] })),
    },
    {
      type: 'links',
      links: Array.from({ length: 40 }, (_, i) => ({ label: `Link ${i}`, url: `https://example.org/${i}` })),
    },
    ...Array.from({ length: 80 }, (_, i) => ({
      type: 'program' as const,
      program: program(i),
      reasons: ['r'.repeat(3000)],
    })),
  ],
};

describe('renderSlackBlocks on an answer far over the limits', () => {
  const blocks = asJson(renderSlackBlocks(huge, { moreLink, details: true, shareQuestion: 'list' }));

  it('fits every limit', () => {
    checkBlockLimits(blocks);
    expect(blocks).toHaveLength(50);
  });

  it('cuts whole groups and ends the answer with a link to the full topic before the buttons', () => {
    expect(blocks.at(-1)).toMatchObject({ type: 'actions' });
    expect(blocks.at(-2)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `More in the full answer: <${moreLink.url}|${moreLink.label}>` }],
    });
    const programSections = blocks.filter(
      (b) => (b.accessory as { action_id?: string } | undefined)?.action_id === 'sts_details',
    );
    // Each program is one section whose name links to its CEBC page; none is left without its link.
    const programLinks = programSections.filter((b) => messageText(b).includes('cebc4cw.org/program/p'));
    expect(programSections.length).toBeGreaterThan(0);
    expect(programLinks).toHaveLength(programSections.length);
  });

  it('truncates long text with an ellipsis and never leaves a broken entity or raw markup', () => {
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text.endsWith('…')).toBe(true);
    const paragraph = messageText(blocks[1] ?? {});
    expect(paragraph.endsWith('…')).toBe(true);
    expect(paragraph).toMatch(/^&lt;!channel&gt; word &amp; &lt;b&gt;more/);
    const all = messageText({ blocks });
    expect(all.replace(/<https:\/\/[^<>|\s]+\|[^<>]*>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    expect(all).not.toContain('<@U0EVIL0001>');
    expect(
      messageText(blocks[2] ?? {})
        .split('\n')
        .at(-1),
    ).toBe('…');
  });
});

describe('renderSlackBlocks on empty parts', () => {
  it('leaves out blocks that would have no text (Slack rejects empty text)', () => {
    const empty: Answer = {
      intent: 'explain',
      title: 'Title',
      private: false,
      programs: [],
      blocks: [
        { type: 'paragraph', text: '  ' },
        { type: 'note', text: '' },
        { type: 'links', links: [] },
        { type: 'comparison', programs: [], rows: [] },
        { type: 'paragraph', text: 'kept' },
      ],
    };
    const blocks = asJson(renderSlackBlocks(empty, { moreLink }));
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Title' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'kept' } },
    ]);
  });
});
