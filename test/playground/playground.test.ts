import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardErrors, cardText } from '../teams/helpers/cards.js';
import { type Playground, type StreamEvent, startPlayground } from './playgroundHarness.js';

// Thursday 26 Nov 2026; the Playground's client says its zone is UTC, so "monday 9am" is 30 Nov 09:00Z.
const THURSDAY = '2026-11-26T12:00:00Z';
const MONDAY_AFTER_NINE = new Date('2026-11-30T09:30:00Z');

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground(THURSDAY);
}, 60_000);
afterAll(() => pg?.close());

const cards = (event: StreamEvent) =>
  (event.message?.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Record<string, unknown>);
const textOf = (event: StreamEvent) =>
  [event.message?.text ?? '', ...cards(event).flatMap(cardText)].join('\n');
const fromBot = (conversationId: string) => (e: StreamEvent) =>
  e.action === 'createMessage' && e.actionConversationId === conversationId;

/** Sends a chat message as the Playground's signed-in user; in a channel it @mentions the bot. */
async function say(conversationId: string, words: string, mention = false) {
  const { bot, currentUser } = pg.config;
  const at = `<at>${bot.name}</at>`;
  const res = await pg.post(`/_conversation/v1/conversations/${conversationId}/messages`, {
    from: { id: currentUser.id },
    text: mention ? `${at} ${words}` : words,
    textFormat: 'plain',
    ...(mention ? { mentions: [{ mentioned: { id: bot.id }, text: at }] } : {}),
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { messageId: string; postConversationId?: string };
}

describe('Microsoft 365 Agents Playground against the bot', () => {
  it('installs in a 1:1 chat and welcomes once, with tappable example questions', async () => {
    const personal = pg.config.personalChat.id;
    const after = pg.events.length;
    expect((await pg.post(`/_debug/conversation/${personal}/installation`, {})).status).toBe(200);
    const welcome = await pg.next(fromBot(personal), after);
    expect(textOf(welcome)).toContain('Thanks for adding me');
    expect(welcome.message?.suggestedActions?.actions?.map((a) => a.title)).toContain('tell me about CRM');
    for (const card of cards(welcome)) expect(cardErrors(card)).toEqual([]);
  });

  it('answers a question in 1:1 with one card and no title above it', async () => {
    const personal = pg.config.personalChat.id;
    const after = pg.events.length;
    await say(personal, 'tell me about CRM');
    const answer = await pg.next(fromBot(personal), after);
    expect(answer.message?.text ?? '').toBe('');
    expect(cards(answer)).toHaveLength(1);
    const text = textOf(answer);
    expect(text.split('Community Resiliency Model (CRM®)').length - 1).toBe(1);
    expect(text).toContain('Key facts');
  });

  it('answers a channel @mention in its thread, and Details expands that card in place', async () => {
    const team = pg.config.teams[0]?.id ?? '';
    expect((await pg.post(`/_debug/conversation/${team}/installation`, {})).status).toBe(200);
    const after = pg.events.length;
    const asked = await say(team, 'programs high relevance', true);
    const thread = asked.postConversationId ?? '';
    expect(thread).toBe(`${team};messageid=${asked.messageId}`);
    const reply = await pg.next(fromBot(thread), after);
    expect(textOf(reply)).toContain('Mockingbird Family');
    const details = JSON.stringify(cards(reply)).match(
      /"data":(\{"action":"sts\.details","programId":"eft-hp"\})/,
    );
    expect(details?.[1]).toBeDefined();

    const clicked = pg.events.length;
    const submit = await pg.post('/_conversation/v1/submit', {
      conversation: { id: thread },
      from: { id: pg.config.currentUser.id },
      replyToId: reply.message?.messageId,
      value: JSON.parse(details?.[1] ?? '{}'),
    });
    expect(submit.status).toBe(200);
    const updated = await pg.next((e) => e.action === 'updateMessage', clicked);
    expect(updated.message?.messageId).toBe(reply.message?.messageId);
    expect(textOf(updated)).toContain('Key facts');
    // Expanded in place: no new message in the thread.
    expect(pg.events.slice(clicked).filter(fromBot(thread))).toEqual([]);
  });

  it('returns compact program results from the search extension, sending nothing to the chat', async () => {
    const after = pg.events.length;
    const res = await pg.post('/_conversation/v1/invoke', {
      name: 'composeExtension/query',
      from: { id: pg.config.currentUser.id },
      conversation: { id: pg.config.teams[0]?.id },
      value: { commandId: 'searchPrograms', parameters: [{ name: 'searchQuery', value: 'crm' }] },
    });
    expect(res.status).toBe(200);
    const { composeExtension } = JSON.parse(res.body) as {
      composeExtension: {
        type: string;
        attachments: { content: unknown; preview: { content: { title: string } } }[];
      };
    };
    expect(composeExtension.type).toBe('result');
    expect(composeExtension.attachments.map((a) => a.preview.content.title)).toEqual([
      'Community Resiliency Model (CRM®)',
    ]);
    expect(res.body.length).toBeLessThan(5_000);
    for (const a of composeExtension.attachments) expect(cardErrors(a.content)).toEqual([]);
    expect(pg.events.slice(after)).toEqual([]);
  });

  it('subscribes the channel with a visible notice, then delivers the weekly tip to the channel', async () => {
    const team = pg.config.teams[0]?.id ?? '';
    const after = pg.events.length;
    const asked = await say(team, 'tips on monday 9am', true);
    const thread = asked.postConversationId ?? '';
    const notice = await pg.next(
      (e) => fromBot(thread)(e) && (e.message?.text ?? '').includes('<at>'),
      after,
    );
    expect(notice.message?.text).toContain(
      `<at>${pg.config.currentUser.name}</at> turned on weekly self-care tips`,
    );
    const confirmation = await pg.next((e) => fromBot(thread)(e) && cards(e).length > 0, after);
    expect(textOf(confirmation)).toContain('Every Monday at 09:00 UTC');
    expect(textOf(confirmation)).toContain('"@sts-bot tips off"');

    const before = pg.events.length;
    pg.clock.now = MONDAY_AFTER_NINE;
    expect(await pg.app.scheduler?.tick()).toMatchObject({ due: 1, sent: 1, failed: 0 });
    // A new post in the channel itself (not a reply in someone's thread), accepted by the connector.
    const tip = await pg.next(fromBot(team), before);
    expect(textOf(tip)).toContain("This week's self-care tip");
    expect(textOf(tip)).toContain('Call 988');
    expect(
      pg.logs.filter((l) => /"level":(40|50)/.test(l) && !l.includes('TEAMS_ALLOW_UNAUTHENTICATED')),
    ).toEqual([]);
  });
});
