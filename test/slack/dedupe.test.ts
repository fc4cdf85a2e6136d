import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import { openSqliteStore } from '../../adapters/store/sqliteStore.js';
import type { TipsStore } from '../../src/tips/store.js';
import { createDatabase } from '../helpers/postgresServer.js';
import { type FakeSlackApi, startFakeSlackApi } from './helpers/fakeSlackApi.js';
import { postedMessages } from './helpers/messageText.js';
import { appMention, directMessage, JSON_TYPE } from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

const HOUR = 60 * 60_000;
let dir: string;
const harnesses: SlackHarness[] = [];
const stores: TipsStore[] = [];
const apis: FakeSlackApi[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sts-dedupe-'));
});
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  for (const s of stores.splice(0)) await s.close();
  for (const a of apis.splice(0)) await a.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function harness(store?: TipsStore, api?: FakeSlackApi): Promise<SlackHarness> {
  const h = await startSlackHarness('info', { ...(store ? { store } : {}), ...(api ? { api } : {}) });
  harnesses.push(h);
  return h;
}

function sqlite(): TipsStore {
  const store = openSqliteStore(join(dir, `${randomUUID()}.sqlite`));
  stores.push(store);
  return store;
}

async function postgres(url: string): Promise<TipsStore> {
  const store = await openPostgresStore(url);
  stores.push(store);
  return store;
}

/** Slack's redelivery of the same body: same event_id, with X-Slack-Retry-Num and -Reason. */
const retry = (n: number) => ({ 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' });

async function deliver(h: SlackHarness, body: string, headers: Record<string, string> = {}) {
  const res = await h.sendSignedWith(body, JSON_TYPE, headers);
  expect(res.status).toBe(200);
  await h.adapter.idle();
}

describe('Slack retries are answered once', () => {
  it('answers an app_mention and its retries 1 and 2 with one thread reply (SQLite)', async () => {
    const h = await harness(sqlite());
    const mention = appMention('<@U0BOT00001> programs high relevance');
    await deliver(h, mention);
    await deliver(h, mention, retry(1));
    await deliver(h, mention, retry(2));
    expect(h.api.calls('chat.postMessage')).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('"reason":"already handled"'))).toHaveLength(2);
    expect(h.logs.some((l) => l.includes('"retryNum":2'))).toBe(true);
  });

  it('answers a retried DM once, and a new event with another id again', async () => {
    const h = await harness(sqlite());
    const dm = directMessage('what is STS?');
    await deliver(h, dm);
    await deliver(h, dm, retry(1));
    expect(h.api.calls('chat.postMessage')).toHaveLength(1);
    await deliver(h, directMessage('what is STS?'));
    expect(h.api.calls('chat.postMessage')).toHaveLength(2);
  });

  it('dedupes in memory when the server runs without a database', async () => {
    const h = await harness();
    const mention = appMention('<@U0BOT00001> tell me about CRM');
    await deliver(h, mention);
    await deliver(h, mention, retry(1));
    expect(postedMessages(h.api.calls())).toHaveLength(1);
  });

  it('answers once across two replicas on one PostgreSQL database, even when both get it at once', async () => {
    const url = await createDatabase(inject('postgresUrl'), `dedupe_${randomUUID().slice(0, 8)}`);
    const api = await startFakeSlackApi();
    apis.push(api);
    const a = await harness(await postgres(url), api);
    const b = await harness(await postgres(url), api);

    const mention = appMention('<@U0BOT00001> programs high relevance');
    await deliver(a, mention);
    await deliver(b, mention, retry(1));
    await deliver(a, mention, retry(2));
    expect(api.calls('chat.postMessage')).toHaveLength(1);

    // The first delivery and a retry racing on two replicas: one of them claims the event.
    const raced = appMention('<@U0BOT00001> what is STS?');
    await Promise.all([deliver(a, raced), deliver(b, raced, retry(1))]);
    expect(api.calls('chat.postMessage')).toHaveLength(2);
  });
});

describe.each([
  ['SQLite', async () => sqlite()],
  [
    'PostgreSQL',
    async () => postgres(await createDatabase(inject('postgresUrl'), `events_${randomUUID().slice(0, 8)}`)),
  ],
])('%s event log', (_name, open) => {
  it('claims an event id once for an hour, then forgets it', async () => {
    const store = await open();
    const now = new Date('2026-12-01T10:00:00Z');
    expect(await store.claimEvent('slack:Ev1', now, HOUR)).toBe(true);
    expect(await store.claimEvent('slack:Ev1', new Date(now.getTime() + HOUR - 1), HOUR)).toBe(false);
    expect(await store.claimEvent('slack:Ev2', now, HOUR)).toBe(true);
    expect(await store.claimEvent('slack:Ev1', new Date(now.getTime() + HOUR), HOUR)).toBe(true);
  });

  it('pauses the active subscriptions of one workspace only, with the reason', async () => {
    const store = await open();
    const schedule = { weekday: 1, hour: 9, minute: 0, timeZone: 'UTC' };
    const now = new Date('2026-12-01T10:00:00Z');
    for (const key of ['T1:C1', 'T1:C2', 'T10:C1']) {
      await store.saveSubscription({ platform: 'slack', channelKey: key, target: '{}', schedule }, now);
    }
    await store.saveSubscription({ platform: 'teams', channelKey: 'T1:C9', target: '{}', schedule }, now);
    expect(await store.pauseSubscriptionsWithPrefix('slack', 'T1:', 'uninstalled')).toBe(2);
    const states = (await store.listSubscriptions()).map((s) => [
      s.platform,
      s.channelKey,
      s.status,
      s.pausedReason,
    ]);
    expect(states).toEqual([
      ['slack', 'T1:C1', 'paused', 'uninstalled'],
      ['slack', 'T1:C2', 'paused', 'uninstalled'],
      ['slack', 'T10:C1', 'active', undefined],
      ['teams', 'T1:C9', 'active', undefined],
    ]);
  });
});
