import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../adapters/server/config.js';
import { createSlackTipSender, TIP_EVENT_TYPE } from '../../adapters/slack/createSlackTipSender.js';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import { openSqliteStore } from '../../adapters/store/sqliteStore.js';
import { deliverDueTips, type TipSender } from '../../src/tips/deliverDueTips.js';
import type { TipsStore } from '../../src/tips/store.js';
import { answer, content } from '../helpers/core.js';
import { createDatabase } from '../helpers/postgresServer.js';
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from '../slack/helpers/fakeSlackApi.js';

/** Monday 09:00 in Los Angeles, the slot every subscription here asks for. */
const DUE = new Date('2026-11-30T17:00:00Z');
const CHANNELS = 200;
/** Shorter than the fake's slow answers, so those posts time out after Slack has shown them. */
const TIMEOUT_MS = 1_000;
const SLOW_MS = 2_500;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeSlack(): Promise<FakeSlackApi> {
  const api = await startFakeSlackApi();
  cleanups.push(() => api.close());
  return api;
}

function sender(api: FakeSlackApi): TipSender {
  const config = readConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'x',
    SLACK_API_URL: api.apiUrl,
  });
  const created = createSlackTipSender(config, answer, { timeoutMs: TIMEOUT_MS });
  if (!created) throw new Error('no Slack sender');
  return created;
}

const stores: Record<string, () => Promise<TipsStore>> = {
  SQLite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sts-faults-'));
    const store = openSqliteStore(join(dir, 'sts-bot.sqlite'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanups.push(() => store.close());
    return store;
  },
  PostgreSQL: async () => {
    const url = await createDatabase(inject('postgresUrl'), `faults_${randomUUID().slice(0, 8)}`);
    const store = await openPostgresStore(url);
    cleanups.push(() => store.close());
    return store;
  },
};

async function subscribe(store: TipsStore, count: number): Promise<string[]> {
  const channels = Array.from({ length: count }, (_, n) => `C${String(n).padStart(5, '0')}`);
  for (const channel of channels) {
    await store.saveSubscription(
      {
        platform: 'slack',
        channelKey: `T0FAULT:${channel}`,
        target: JSON.stringify({ channel }),
        schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' },
      },
      new Date('2026-11-26T12:00:00Z'),
    );
  }
  return channels;
}

/** Posts Slack shows in each channel: every accepted chat.postMessage, answered well or not. */
function shownPerChannel(api: FakeSlackApi): Map<string, RecordedCall[]> {
  const shown = new Map<string, RecordedCall[]>();
  for (const call of api.calls('chat.postMessage').filter((c) => !c.failed)) {
    const channel = String(call.body.channel);
    shown.set(channel, [...(shown.get(channel) ?? []), call]);
  }
  return shown;
}

describe.each(Object.keys(stores))('weekly tips when Slack misbehaves (%s)', (kind) => {
  const open = stores[kind] as () => Promise<TipsStore>;

  it('posts each tip once when 5% of posts time out after posting and 5% answer 500 after posting', async () => {
    const store = await open();
    const channels = await subscribe(store, CHANNELS);
    const api = await fakeSlack();
    // 5% answer slowly (posted), 5% answer 500 after posting, and 5% answer 500 without posting.
    channels.forEach((channel, n) => {
      if (n % 20 === 1) api.failNext('chat.postMessage', { channel, delayMs: SLOW_MS, posted: true });
      if (n % 20 === 2) api.failNext('chat.postMessage', { channel, status: 500, posted: true });
      if (n % 20 === 3) api.failNext('chat.postMessage', { channel, status: 500 });
    });
    const errors: unknown[] = [];
    const report = await deliverDueTips(
      { store, content, senders: { slack: sender(api) }, onError: (error) => errors.push(error) },
      DUE,
    );

    expect(errors).toEqual([]);
    expect(report).toMatchObject({ due: CHANNELS, failed: 0, paused: 0, skipped: 0 });
    // The 20 that Slack had shown were found in the channel's history, not posted again (a busy
    // machine may add a post that timed out on its own; it is found the same way).
    expect(report.recovered).toBeGreaterThanOrEqual(20);
    expect(report.sent + report.recovered).toBe(CHANNELS);
    const shown = shownPerChannel(api);
    expect([...shown.keys()].sort()).toEqual(channels);
    expect([...shown.values()].filter((posts) => posts.length > 1)).toEqual([]);
    // Every post carries its delivery id, which is what the history lookup matched.
    for (const [post] of shown.values())
      expect(post?.body.metadata).toMatchObject({
        event_type: TIP_EVENT_TYPE,
        event_payload: { delivery_id: expect.stringMatching(/^\d+:2026-W49$/) },
      });
    expect(api.calls('conversations.history').every((c) => c.body.include_all_metadata === 'true')).toBe(
      true,
    );
    // Nothing is due any more: every delivery is recorded as sent.
    const again = await deliverDueTips({ store, content, senders: { slack: sender(api) } }, DUE);
    expect(again).toMatchObject({ due: 0, sent: 0, recovered: 0 });
  }, 60_000);

  it('waits out a 429 and posts once, without a retry of a post that timed out', async () => {
    const store = await open();
    const [channel] = await subscribe(store, 1);
    const api = await fakeSlack();
    api.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    api.failNext('chat.postMessage', { delayMs: SLOW_MS, posted: true });
    const report = await deliverDueTips({ store, content, senders: { slack: sender(api) } }, DUE);
    expect(report).toMatchObject({ due: 1, sent: 0, recovered: 1, failed: 0 });
    // 429 (not posted), then the slow one (posted, timed out), then no third post: history said it's there.
    expect(api.calls('chat.postMessage').map((c) => c.failed ?? false)).toEqual([true, false]);
    expect(shownPerChannel(api).get(channel ?? '')).toHaveLength(1);
  }, 30_000);

  it('keeps a claim whose post may have gone out when the history cannot be read, and checks it next pass', async () => {
    const store = await open();
    const [channel] = await subscribe(store, 1);
    const api = await fakeSlack();
    api.failNext('chat.postMessage', { status: 500, posted: true });
    api.failNext('conversations.history', { status: 500 });
    const first = await deliverDueTips({ store, content, senders: { slack: sender(api) } }, DUE);
    expect(first).toMatchObject({ due: 1, sent: 0, failed: 1 });
    const second = await deliverDueTips({ store, content, senders: { slack: sender(api) } }, DUE);
    expect(second).toMatchObject({ due: 1, sent: 0, recovered: 1, failed: 0 });
    expect(shownPerChannel(api).get(channel ?? '')).toHaveLength(1);
  }, 30_000);
});
