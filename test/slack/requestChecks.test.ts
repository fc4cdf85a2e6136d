import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postedMessages } from './helpers/messageText.js';
import { appMention, DM_CHANNEL_ID, directMessage, JSON_TYPE } from './helpers/slackPayloads.js';
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
const newPosts = () => postedMessages(h.api.calls()).slice(before);
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('signed request dates', () => {
  it.each([
    ['an hour', 3600],
    ['a year', 365 * 24 * 3600],
    ['six minutes', 360],
  ])('refuses a request dated %s in the future, answering nothing', async (_label, ahead) => {
    const res = await h.sendSigned(appMention('<@U0BOT00001> what is STS?'), JSON_TYPE, nowSeconds() + ahead);
    expect(res.status).toBe(401);
    await h.adapter.idle();
    expect(newPosts()).toEqual([]);
  });

  it('still refuses one dated over five minutes in the past', async () => {
    const res = await h.sendSigned(appMention('<@U0BOT00001> what is STS?'), JSON_TYPE, nowSeconds() - 360);
    expect(res.status).toBe(401);
  });

  it('accepts a clock a minute ahead, within Slack’s five minutes', async () => {
    const res = await h.sendSigned(appMention('<@U0BOT00001> what is STS?'), JSON_TYPE, nowSeconds() + 60);
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(newPosts()).toHaveLength(1);
  });
});

describe('Slackbot and system messages', () => {
  it.each([
    ['a Slackbot DM', directMessage('archived the channel', { user: 'USLACKBOT' })],
    ['a Slackbot mention', appMention('<@U0BOT00001> reminder', { user: 'USLACKBOT' })],
    ['a join message', directMessage('has joined', { subtype: 'channel_join' })],
    ['an archive notice', directMessage('archived', { subtype: 'channel_archive', channel: DM_CHANNEL_ID })],
  ])('ignores %s', async (_label, body) => {
    const res = await h.sendSigned(body, JSON_TYPE);
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(newPosts()).toEqual([]);
  });
});
