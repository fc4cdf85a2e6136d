import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './helpers/fakeSlackApi.js';
import { messageText, postedMessages } from './helpers/messageText.js';
import { appMention, CHANNEL_ID, directMessage, JSON_TYPE } from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

/** Sends a signed event and returns the text of what the bot posted for it. */
async function ask(body: string): Promise<{ text: string; body: Record<string, unknown> }> {
  const before = postedMessages(h.api.calls()).length;
  const res = await h.sendSigned(body, JSON_TYPE);
  expect(res.status).toBe(200);
  await h.adapter.idle();
  const posts = postedMessages(h.api.calls()).slice(before);
  expect(posts).toHaveLength(1);
  const posted = posts[0]?.body ?? {};
  return { text: messageText(posted), body: posted };
}

const mention = (text: string, ts: string, thread?: string) =>
  appMention(`<@${BOT_USER_ID}> ${text}`, { ts, event_ts: ts, ...(thread ? { thread_ts: thread } : {}) });

describe('follow-ups in a Slack thread', () => {
  it('"tell me about CRM" then "how long is it?" in the thread answers CRM\'s length', async () => {
    const first = await ask(mention('tell me about CRM', '1700000100.000100'));
    expect(first.body).toMatchObject({ channel: CHANNEL_ID, thread_ts: '1700000100.000100' });
    const followUp = await ask(mention('how long is it?', '1700000101.000100', '1700000100.000100'));
    expect(followUp.body).toMatchObject({ thread_ts: '1700000100.000100' });
    expect(followUp.text).toContain('Community Resiliency Model');
    expect(followUp.text).toContain('How long it takes');
    expect(followUp.text).toContain('1-hour virtual class');
  });

  it('keeps threads apart: the same follow-up in another thread is not about CRM', async () => {
    const other = await ask(mention('how long is it?', '1700000200.000100'));
    expect(other.text).not.toContain('Community Resiliency Model');
  });

  it('follows "and SCHC?" and "compare them" in a thread', async () => {
    await ask(mention('how long is crm', '1700000300.000100'));
    const and = await ask(mention('and SCHC?', '1700000301.000100', '1700000300.000100'));
    expect(and.text).toContain('Self-Compassion for Healthcare Communities');
    expect(and.text).toContain('How long it takes');
    await ask(mention('programs high relevance', '1700000302.000100', '1700000300.000100'));
    const compared = await ask(mention('compare them', '1700000303.000100', '1700000300.000100'));
    expect(compared.text).toContain('Comparing EFT-HP, Mockingbird Family');
  });

  it('follows "who made that one?" in a DM', async () => {
    await ask(
      directMessage('tell me about SCHC', { ts: '1700000400.000100', event_ts: '1700000400.000100' }),
    );
    const who = await ask(
      directMessage('who made that one?', { ts: '1700000401.000100', event_ts: '1700000401.000100' }),
    );
    expect(who.text).toContain('Self-Compassion for Healthcare Communities');
    expect(who.text).toContain('Who developed it');
  });
});
