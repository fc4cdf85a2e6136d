import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_ID, BOT_USER_ID } from './helpers/fakeSlackApi.js';
import { blocksOf, messageText, postedMessages } from './helpers/messageText.js';
import {
  ASKER_ID,
  appMention,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  homeOpened,
  JSON_TYPE,
} from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

let h: SlackHarness;
let before: number;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  before = postedMessages(h.api.calls()).length;
});

/** Sends a signed event, expects Slack's 200 ack, and waits until the listener work has finished. */
async function deliver(body: string): Promise<void> {
  const res = await h.sendSigned(body, JSON_TYPE);
  expect(res.status).toBe(200);
  await h.adapter.idle();
}

const newPosts = () => postedMessages(h.api.calls()).slice(before);

describe('mentions', () => {
  it('answers a mention in its thread, without the mention or markup reaching the core', async () => {
    await deliver(appMention(`<@${BOT_USER_ID}> programs high relevance`));
    const [post, ...rest] = newPosts();
    expect(rest).toEqual([]);
    expect(post?.method).toBe('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: CHANNEL_ID, thread_ts: '1700000001.000100' });
    const text = messageText(post?.body ?? {});
    expect(text).toContain('Emotion-Focused Training for Helping Professionals');
    expect(text).toContain('Mockingbird Family');
    expect(text).not.toContain('Community Resiliency Model');
    // Visible already: no Share button; Details stays.
    expect(JSON.stringify(post?.body)).not.toContain('sts_share');
    expect(JSON.stringify(post?.body)).toContain('sts_details');
  });

  it('replies inside an existing thread when the mention is in one', async () => {
    await deliver(appMention(`<@${BOT_USER_ID}> what is STS?`, { thread_ts: '1699999999.000001' }));
    expect(newPosts()[0]?.body).toMatchObject({ channel: CHANNEL_ID, thread_ts: '1699999999.000001' });
  });

  it('sends a crisis answer only to the person, as an ephemeral message, never to the channel', async () => {
    await deliver(appMention(`<@${BOT_USER_ID}> i want to end my life`));
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postEphemeral']);
    expect(posts[0]?.body).toMatchObject({ channel: CHANNEL_ID, user: ASKER_ID });
    expect(posts[0]?.body).not.toHaveProperty('thread_ts');
    const text = messageText(posts[0]?.body ?? {});
    expect(text).toContain('988');
    expect(text).toContain('741741');
    expect(JSON.stringify(posts[0]?.body)).not.toContain('sts_share');
  });

  it.each([
    [
      'worry about someone else',
      'my coworker told me she wants to kill herself, what do i do',
      'someone else',
    ],
    ['a heavy day', 'i cried in my car after court again today', 'common for people who do this work'],
  ])('keeps %s private too: ephemeral, never in the thread', async (_name, words, expected) => {
    await deliver(appMention(`<@${BOT_USER_ID}> ${words}`));
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postEphemeral']);
    expect(posts[0]?.body).toMatchObject({ channel: CHANNEL_ID, user: ASKER_ID });
    const text = messageText(posts[0]?.body ?? {});
    expect(text).toContain(expected);
    expect(text).toContain('988');
    expect(JSON.stringify(posts[0]?.body)).not.toContain(words.slice(0, 20));
    expect(JSON.stringify(posts[0]?.body)).not.toContain('sts_share');
  });

  it('ignores mentions posted by bots', async () => {
    await deliver(appMention(`<@${BOT_USER_ID}> programs high relevance`, { bot_id: 'B0OTHER001' }));
    expect(newPosts()).toEqual([]);
  });
});

describe('direct messages', () => {
  it('answers a DM in the DM', async () => {
    await deliver(directMessage('tell me about CRM'));
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postMessage']);
    expect(posts[0]?.body).toMatchObject({ channel: DM_CHANNEL_ID });
    expect(posts[0]?.body).not.toHaveProperty('thread_ts');
    expect(blocksOf(posts[0]?.body ?? {})[0]).toMatchObject({
      type: 'header',
      text: { text: 'Community Resiliency Model (CRM®)' },
    });
  });

  it('answers a DM sent with a file, through the safety layer first', async () => {
    await deliver(directMessage('i want to die', { subtype: 'file_share', files: [{ id: 'F0FILE0001' }] }));
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postMessage']);
    expect(posts[0]?.body).toMatchObject({ channel: DM_CHANNEL_ID });
    expect(messageText(posts[0]?.body ?? {})).toContain('741741');
  });

  it('answers a DM edited into something heavier, and ignores an edit that leaves the text as it was', async () => {
    const edit = (text: string, previous: string) =>
      directMessage('', {
        subtype: 'message_changed',
        user: undefined,
        text: undefined,
        hidden: true,
        message: { type: 'message', user: ASKER_ID, text, ts: '1700000002.000200' },
        previous_message: { type: 'message', user: ASKER_ID, text: previous, ts: '1700000002.000200' },
      });
    await deliver(edit('honestly i took all my pills', 'im fine'));
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postMessage']);
    expect(messageText(posts[0]?.body ?? {}).slice(0, 300)).toContain('911');
    before = postedMessages(h.api.calls()).length;
    await deliver(edit('tell me about CRM', 'tell me about CRM'));
    expect(newPosts()).toEqual([]);
  });

  it.each([
    ['its own messages (bot_id)', { user: BOT_USER_ID, bot_id: BOT_ID }],
    ['its own user without bot_id', { user: BOT_USER_ID }],
    ['other bots', { bot_id: 'B0OTHER001', subtype: 'bot_message', user: undefined }],
    ['edits', { subtype: 'message_changed', user: undefined }],
    ['deletions', { subtype: 'message_deleted', user: undefined }],
    ['any other subtype', { subtype: 'channel_join' }],
    ['messages outside DMs', { channel_type: 'channel', channel: CHANNEL_ID }],
  ])('ignores %s', async (_name, extra) => {
    await deliver(directMessage('programs high relevance', extra));
    expect(newPosts()).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes the Home tab built from the core', async () => {
    await deliver(homeOpened());
    const posts = newPosts();
    expect(posts.map((p) => p.method)).toEqual(['views.publish']);
    expect(posts[0]?.body.user_id).toBe(ASKER_ID);
    const view = posts[0]?.body.view as Record<string, unknown>;
    expect(view.type).toBe('home');
    const blocks = blocksOf(view);
    expect(blocks.length).toBeLessThanOrEqual(100);
    const text = messageText(view);
    expect(text).toContain('What I can help with');
    expect(text).toContain('Try asking');
    expect(text).toContain('not a crisis service');
    expect(text).toContain('741741');
    for (const name of ['EFT-HP', 'Mockingbird Family', 'CRM', 'CFT for STS', 'SCHC'])
      expect(text).toContain(name);
    expect(text).toContain('/sts');
    expect(JSON.stringify(view)).not.toContain('sts_share');
  });

  it('does not publish when the Messages tab is opened', async () => {
    await deliver(homeOpened('messages'));
    expect(newPosts()).toEqual([]);
  });
});
