import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../adapters/store/sqliteStore.js';
import type { Answer } from '../../src/answer/model.js';
import {
  DEFAULT_LEASE_MS,
  deliverDueTips,
  type SendResult,
  type TipSender,
} from '../../src/tips/deliverDueTips.js';
import { handleTipsCommand } from '../../src/tips/handleTipsCommand.js';
import { parseTipsCommand } from '../../src/tips/parseTipsCommand.js';
import { startScheduler } from '../../src/tips/startScheduler.js';
import type { Subscription, TipsStore } from '../../src/tips/store.js';
import { content } from '../helpers/core.js';

class RecordingSender implements TipSender {
  posts: { channelKey: string; text: string }[] = [];
  next: SendResult[] = [];
  async send(subscription: Subscription, answer: Answer): Promise<SendResult> {
    const result = this.next.shift() ?? { ok: true };
    if (result.ok) {
      const tip = answer.blocks.find((b) => b.type === 'paragraph');
      this.posts.push({
        channelKey: subscription.channelKey,
        text: tip?.type === 'paragraph' ? tip.text : '',
      });
    }
    return result;
  }
}

const MONDAY_9_LA = new Date('2026-11-30T17:00:00Z');
const WEEK = 7 * 24 * 3_600_000;
let dir: string;
const stores: TipsStore[] = [];
const open = (name = 'tips.sqlite') => {
  const store = openSqliteStore(join(dir, name));
  stores.push(store);
  return store;
};

async function subscribe(
  store: TipsStore,
  channelKey: string,
  words = 'tips on',
  zone = 'America/Los_Angeles',
) {
  const command = parseTipsCommand(words);
  if (!command) throw new Error('not a tips command');
  return handleTipsCommand(command, {
    platform: 'slack',
    channelKey,
    target: JSON.stringify({ channel: channelKey }),
    timeZone: zone,
    defaultTimeZone: undefined,
    store,
    now: new Date('2026-11-26T12:00:00Z'),
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sts-tips-'));
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('weekly tip delivery', () => {
  it('confirms the subscription in words people can check', async () => {
    const store = open();
    const reply = await subscribe(store, 'T1:C1');
    const text = reply.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ');
    expect(text).toContain('Every Monday at 09:00 America/Los_Angeles, starting 30 Nov');
  });

  it('walks the tips in order without repeats for 52 weeks, once a week', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const sender = new RecordingSender();
    for (let week = 0; week < 52; week += 1) {
      const at = new Date(MONDAY_9_LA.getTime() + week * WEEK);
      await deliverDueTips({ store, content, senders: { slack: sender } }, at);
      await deliverDueTips({ store, content, senders: { slack: sender } }, new Date(at.getTime() + 60_000));
    }
    expect(sender.posts).toHaveLength(52);
    expect(new Set(sender.posts.map((p) => p.text)).size).toBe(52);
    expect(sender.posts.map((p) => p.text)).toEqual(content.tips.slice(0, 52).map((t) => t.text));
  });

  it('sends nothing before the slot, catches up later the same day, and skips after that day', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const sender = new RecordingSender();
    const deps = { store, content, senders: { slack: sender } };
    expect((await deliverDueTips(deps, new Date(MONDAY_9_LA.getTime() - 60_000))).due).toBe(0);
    expect((await deliverDueTips(deps, new Date('2026-12-01T07:00:00Z'))).sent).toBe(1);
    expect((await deliverDueTips(deps, new Date('2026-12-08T09:00:00Z'))).due).toBe(0);
    expect(sender.posts).toHaveLength(1);
  });

  it('retries a claim left by a crash between claim and send, once the lease has passed', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const subscription = (await store.listSubscriptions())[0];
    if (!subscription) throw new Error('no subscription');
    const crashed = await store.claimDelivery(subscription.id, '2026-W49', MONDAY_9_LA, DEFAULT_LEASE_MS);
    expect(crashed.claimed).toBe(true);

    const sender = new RecordingSender();
    const restarted = open();
    // Leases are measured on the clock; here it is the same fake time as the pass.
    const pass = (ms: number) => {
      const at = new Date(MONDAY_9_LA.getTime() + ms);
      return deliverDueTips({ store: restarted, content, senders: { slack: sender }, clock: () => at }, at);
    };
    expect((await pass(60_000)).skipped).toBe(1);
    expect(await pass(DEFAULT_LEASE_MS + 1_000)).toMatchObject({ sent: 1, recovered: 0 });
    expect((await pass(DEFAULT_LEASE_MS + 60_000)).sent).toBe(0);
    expect(sender.posts).toHaveLength(1);
  });

  it('delivers once when two schedulers share one database file', async () => {
    const a = open('shared.sqlite');
    const b = open('shared.sqlite');
    for (let i = 0; i < 40; i += 1) await subscribe(a, `T1:C${i}`);
    const sender = new RecordingSender();
    const runs = [a, b, a, b].map((store) =>
      deliverDueTips({ store, content, senders: { slack: sender } }, MONDAY_9_LA),
    );
    const reports = await Promise.all(runs);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
    expect(sender.posts).toHaveLength(40);
    expect(new Set(sender.posts.map((p) => p.channelKey)).size).toBe(40);
  });

  it('pauses a subscription whose channel is gone, with the reason in status', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const sender = new RecordingSender();
    sender.next = [{ ok: false, gone: true, reason: 'channel_not_found' }];
    const report = await deliverDueTips({ store, content, senders: { slack: sender } }, MONDAY_9_LA);
    expect(report.paused).toBe(1);
    const status = await subscribe(store, 'T1:C1', 'tips');
    expect(JSON.stringify(status.blocks)).toContain('paused: channel_not_found');
    expect(
      (
        await deliverDueTips(
          { store, content, senders: { slack: sender } },
          new Date(MONDAY_9_LA.getTime() + WEEK),
        )
      ).due,
    ).toBe(0);
  });

  it('retries a failed send on the next run the same day', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const sender = new RecordingSender();
    sender.next = [{ ok: false, gone: false, reason: 'timeout' }];
    const deps = { store, content, senders: { slack: sender } };
    expect((await deliverDueTips(deps, MONDAY_9_LA)).failed).toBe(1);
    expect((await deliverDueTips(deps, new Date(MONDAY_9_LA.getTime() + 60_000))).sent).toBe(1);
    expect(sender.posts[0]?.text).toBe(content.tips[0]?.text);
  });

  it('ends each post with a pointer to help, including the EAP when set', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    let posted: Answer | undefined;
    const sender: TipSender = {
      async send(_s, answer) {
        posted = answer;
        return { ok: true };
      },
    };
    await deliverDueTips(
      { store, content, senders: { slack: sender }, eapText: 'EAP: call 1-800-555-0100' },
      MONDAY_9_LA,
    );
    const last = posted?.blocks.at(-1);
    expect(last?.type === 'note' && last.text).toMatch(
      /EAP: call 1-800-555-0100 · 988 Suicide & Crisis Lifeline/,
    );
  });

  it('runs on a fake clock and stops cleanly', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const sender = new RecordingSender();
    let now = new Date(MONDAY_9_LA.getTime() - 60_000);
    let tickFn: (() => void) | undefined;
    const scheduler = startScheduler({
      store,
      content,
      senders: { slack: sender },
      now: () => now,
      setInterval: (fn) => {
        tickFn = fn;
        return 1;
      },
      clearInterval: () => {
        tickFn = undefined;
      },
    });
    await scheduler.tick();
    expect(sender.posts).toHaveLength(0);
    now = MONDAY_9_LA;
    tickFn?.();
    await scheduler.tick();
    expect(sender.posts).toHaveLength(1);
    await scheduler.stop();
    expect(tickFn).toBeUndefined();
  });

  it('answers unsubscribe and bad schedules clearly', async () => {
    const store = open();
    await subscribe(store, 'T1:C1');
    const off = await subscribe(store, 'T1:C1', 'tips off');
    expect(off.title).toBe('Weekly tips are off');
    expect(await store.listSubscriptions()).toEqual([]);
    const bad = await subscribe(store, 'T1:C1', 'tips on friday 25:00');
    expect(JSON.stringify(bad.blocks)).toContain('tips on friday 16:00');
  });
});
