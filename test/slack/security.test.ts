import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './helpers/fakeSlackApi.js';
import { slackSignatureHeaders } from './helpers/signSlackRequest.js';
import {
  ASKER_ID,
  appMention,
  blockAction,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  FORM,
  JSON_TYPE,
  slashCommand,
} from './helpers/slackPayloads.js';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './helpers/startSlackHarness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const mention = appMention(`<@${BOT_USER_ID}> programs high relevance`);

describe('requests that are not from Slack', () => {
  // These run first, on a fresh server, so "nothing recorded" includes the lazy auth.test.
  it.each([
    ['unsigned', {}],
    [
      'wrong signature',
      {
        'x-slack-signature': `v0=${'0'.repeat(64)}`,
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      },
    ],
    ['signed with another secret', slackSignatureHeaders('not-the-secret', mention)],
    [
      'stale timestamp (over 5 minutes old)',
      slackSignatureHeaders(SIGNING_SECRET, mention, Math.floor(Date.now() / 1000) - 6 * 60),
    ],
  ])('%s → 401 and nothing processed', async (_name, headers) => {
    const res = await h.send(mention, { 'content-type': JSON_TYPE, ...headers });
    expect(res.status).toBe(401);
    await h.adapter.idle();
    expect(h.api.calls()).toEqual([]);
  });

  it('a slash command signed over different bytes than sent → 401', async () => {
    const signedFor = slashCommand('help', h.api.responseUrl('x'));
    const sent = slashCommand('programs high relevance', h.api.responseUrl('x'));
    const res = await h.send(sent, {
      'content-type': FORM,
      ...slackSignatureHeaders(SIGNING_SECRET, signedFor),
    });
    expect(res.status).toBe(401);
    expect(h.api.calls()).toEqual([]);
  });
});

describe('malformed and oversized bodies', () => {
  it('signed but not JSON → 400', async () => {
    expect((await h.sendSigned('{"type": "event_callback", ', JSON_TYPE)).status).toBe(400);
  });

  it('a form body with a content-type Slack never sends → 400', async () => {
    const body = slashCommand('help', h.api.responseUrl('x'));
    expect((await h.sendSigned(body, `${FORM}; charset=utf-8`)).status).toBe(400);
  });

  it('an event whose shape is wrong is acked and ignored', async () => {
    const res = await h.sendSigned(appMention('programs high relevance', { channel: 42 }), JSON_TYPE);
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(h.api.calls().filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('a body over 64 KiB → 413 before it is read', async () => {
    const body = directMessage('x'.repeat(70 * 1024));
    const res = await h.sendSigned(body, JSON_TYPE);
    expect(res.status).toBe(413);
  });

  it('a chunked body over 64 KiB (no Content-Length) → 413 while reading', async () => {
    const body = directMessage('y'.repeat(70 * 1024));
    const chunks = [body.slice(0, 1000), body.slice(1000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, ...slackSignatureHeaders(SIGNING_SECRET, body) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('nothing above was answered', () => {
    expect(h.api.calls().filter((c) => c.method !== 'auth.test')).toEqual([]);
  });
});

describe('logs', () => {
  it('record event type, intent, status and timing, and never text, ids or secrets', async () => {
    await h.sendSigned(slashCommand('programs high relevance', h.api.responseUrl('cmd')), FORM);
    await h.sendSigned(mention, JSON_TYPE);
    await h.sendSigned(appMention(`<@${BOT_USER_ID}> i want to end my life`), JSON_TYPE);
    await h.sendSigned(directMessage('tell me about CRM'), JSON_TYPE);
    await h.sendSigned(
      blockAction({
        actionId: 'sts_share',
        value: 'programs high relevance',
        responseUrl: h.api.responseUrl('s'),
      }),
      FORM,
    );
    await h.adapter.idle();

    const all = h.logs.join('\n');
    for (const secret of [
      'programs high relevance',
      'end my life',
      'tell me about',
      'Mockingbird',
      ASKER_ID,
      CHANNEL_ID,
      DM_CHANNEL_ID,
      BOT_USER_ID,
      BOT_TOKEN,
      SIGNING_SECRET,
      '/response/',
    ]) {
      expect(all).not.toContain(secret);
    }
    const events = h.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'slack event');
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          event: 'slash_command',
          intent: 'list',
          status: 'answered',
          ms: expect.any(Number),
        }),
        expect.objectContaining({ event: 'app_mention', intent: 'crisis', status: 'answered' }),
        expect.objectContaining({ event: 'message.im', intent: 'detail', status: 'answered' }),
        expect.objectContaining({ event: 'block_actions', intent: 'list', status: 'shared' }),
      ]),
    );
  });
});
