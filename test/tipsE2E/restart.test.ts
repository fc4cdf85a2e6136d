import { Settings } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS } from '../../src/tips/deliverDueTips.js';
import { dueSlot } from '../../src/tips/schedule.js';
import { content } from '../helpers/core.js';
import { messageText } from '../slack/helpers/messageText.js';
import { startTipsHarness, type TipsHarness } from './helpers/tipsHarness.js';

const THURSDAY = '2026-11-26T12:00:00Z';
/** Monday 30 Nov 2026, 09:00 in Los Angeles. */
const DUE = Date.parse('2026-11-30T17:00:00Z');
const at = (msAfterDue: number) => new Date(DUE + msAfterDue);

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness(THURSDAY);
});
afterEach(() => h.close());

describe('weekly tips across restarts', () => {
  it('delivers a claim left by a crash once, from a new server on the same file, after the lease', async () => {
    await h.slash('tips on monday 9am');
    const [subscription] = await h.app.store.listSubscriptions();
    if (!subscription) throw new Error('not subscribed');
    const slot = dueSlot(subscription.schedule, at(0));
    if (!slot) throw new Error('not due');
    // The server claims the week, then dies before sending.
    const claim = await h.app.store.claimDelivery(subscription.id, slot.weekKey, at(0), DEFAULT_LEASE_MS);
    expect(claim.claimed).toBe(true);
    await h.app.stop();

    h.clock.now = at(30_000);
    const restarted = await h.startAnother();
    expect(await h.tick(at(30_000), restarted)).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(h.slackApi.calls('chat.postMessage')).toEqual([]);

    expect(await h.tick(at(DEFAULT_LEASE_MS + 1_000), restarted)).toMatchObject({ due: 1, sent: 1 });
    expect(await h.tick(at(DEFAULT_LEASE_MS + 60_000), restarted)).toMatchObject({ due: 0, sent: 0 });
    expect(h.slackPosts()).toHaveLength(1);
    expect(messageText(h.slackPosts()[0]?.body ?? {})).toContain(content.tips[0]?.text);
  });

  it('catches up when back the same day, and skips rather than doubles a week it was down for', async () => {
    await h.slash('tips on monday 9am');
    await h.app.stop();

    // Down all of Monday in Los Angeles, back on Tuesday: that week is skipped.
    h.clock.now = new Date('2026-12-01T16:00:00Z');
    const tuesday = await h.startAnother();
    expect(await h.tick('2026-12-01T16:00:00Z', tuesday)).toMatchObject({ due: 0 });
    await tuesday.stop();

    // Down at 09:00 the next Monday, back at 15:00: the start-up pass posts it.
    h.clock.now = new Date('2026-12-07T23:00:00Z');
    const monday = await h.startAnother();
    expect(h.slackPosts()).toHaveLength(1);
    expect(messageText(h.slackPosts()[0]?.body ?? {})).toContain(content.tips[0]?.text);
    expect(await h.tick('2026-12-07T23:30:00Z', monday)).toMatchObject({ due: 0, sent: 0 });
    expect(h.slackPosts()).toHaveLength(1);
  });

  it('delivers each tip once when two servers share the database file and run at the same instant', async () => {
    const channels = Array.from({ length: 12 }, (_, i) => `C0TIPS${String(i).padStart(4, '0')}`);
    for (const channel of channels) await h.slash('tips on monday 9am', channel);
    const other = await h.startAnother();

    const reports = await Promise.all([h.tick(at(0)), h.tick(at(0), other)]);
    expect(reports.map((r) => r.due)).toEqual([12, 12]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(reports.reduce((n, r) => n + r.skipped, 0)).toBe(12);
    expect(
      h
        .slackPosts()
        .map((c) => c.body.channel)
        .sort(),
    ).toEqual(channels);

    await Promise.all([h.tick(at(60_000)), h.tick(at(60_000), other)]);
    expect(h.slackApi.calls('chat.postMessage')).toHaveLength(12);
  });

  it('delivers a Sunday tip once when servers (or the CLI) run with different locales', async () => {
    await h.slash('tips on sunday 9am');
    const other = await h.startAnother();
    // 29 Nov 2026 is a Sunday: en-US weeks start that day, en-GB weeks the Monday before.
    const sunday = '2026-11-29T17:00:00Z';
    const locale = Settings.defaultLocale;
    try {
      Settings.defaultLocale = 'en-US';
      expect(await h.tick(sunday)).toMatchObject({ due: 1, sent: 1 });
      Settings.defaultLocale = 'en-GB';
      expect(await h.tick('2026-11-29T17:01:00Z', other)).toMatchObject({ due: 0, sent: 0 });
    } finally {
      Settings.defaultLocale = locale;
    }
    expect(h.slackPosts()).toHaveLength(1);
  });
});
