import { describe, expect, it } from 'vitest';
import type { NewSubscription, TipsStore } from '../../src/tips/store.js';

/** One suite for every TipsStore implementation; each database runs it with its own factory. */
export function runStoreContract(name: string, open: () => Promise<TipsStore>): void {
  const sub = (channelKey: string): NewSubscription => ({
    platform: 'slack',
    channelKey,
    target: JSON.stringify({ channel: channelKey }),
    schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' },
  });
  const now = new Date('2026-11-30T17:00:00Z');

  describe(`${name} store`, () => {
    it('saves, updates, lists and removes subscriptions', async () => {
      const store = await open();
      const saved = await store.saveSubscription(sub('T1:C1'), now);
      expect(saved).toMatchObject({ platform: 'slack', channelKey: 'T1:C1', tipCursor: 0, status: 'active' });
      const moved = await store.saveSubscription(
        { ...sub('T1:C1'), schedule: { ...sub('x').schedule, weekday: 5 } },
        now,
      );
      expect(moved.id).toBe(saved.id);
      expect(moved.schedule.weekday).toBe(5);
      await store.saveSubscription(sub('T1:C2'), now);
      expect((await store.listSubscriptions()).map((s) => s.channelKey)).toEqual(['T1:C1', 'T1:C2']);
      expect(await store.removeSubscription('slack', 'T1:C1')).toBe(true);
      expect(await store.removeSubscription('slack', 'T1:C1')).toBe(false);
      expect(await store.getSubscription('slack', 'T1:C1')).toBeUndefined();
      await store.close();
    });

    it('claims a week once, completes it once and advances the tip cursor', async () => {
      const store = await open();
      const { id } = await store.saveSubscription(sub('T1:C3'), now);
      const first = await store.claimDelivery(id, '2026-W49', now, 60_000);
      expect(first).toMatchObject({ claimed: true, tipIndex: 0 });
      expect(await store.claimDelivery(id, '2026-W49', now, 60_000)).toEqual({ claimed: false });
      if (!first.claimed) throw new Error('unreachable');
      expect(await store.completeDelivery(id, '2026-W49', first.token, now)).toBe(true);
      expect(await store.completeDelivery(id, '2026-W49', first.token, now)).toBe(false);
      expect(await store.claimDelivery(id, '2026-W49', new Date(now.getTime() + 3_600_000), 60_000)).toEqual({
        claimed: false,
      });
      const after = await store.getSubscription('slack', 'T1:C3');
      expect(after?.tipCursor).toBe(1);
      expect(after?.lastSentAt).toBeInstanceOf(Date);
      expect(await store.claimDelivery(id, '2026-W50', now, 60_000)).toMatchObject({
        claimed: true,
        tipIndex: 1,
      });
      await store.close();
    });

    it('lets a claim left by a crash be taken again after the lease, and not before', async () => {
      const store = await open();
      const { id } = await store.saveSubscription(sub('T1:C4'), now);
      const crashed = await store.claimDelivery(id, '2026-W49', now, 60_000);
      expect(crashed.claimed).toBe(true);
      expect(await store.claimDelivery(id, '2026-W49', new Date(now.getTime() + 30_000), 60_000)).toEqual({
        claimed: false,
      });
      const retried = await store.claimDelivery(id, '2026-W49', new Date(now.getTime() + 61_000), 60_000);
      expect(retried).toMatchObject({ claimed: true, tipIndex: 0 });
      if (!crashed.claimed || !retried.claimed) throw new Error('unreachable');
      expect(await store.completeDelivery(id, '2026-W49', crashed.token, now)).toBe(false);
      expect(await store.completeDelivery(id, '2026-W49', retried.token, now)).toBe(true);
      await store.close();
    });

    it('releases a failed claim so the same week can be retried, and pauses with a reason', async () => {
      const store = await open();
      const { id } = await store.saveSubscription(sub('T1:C5'), now);
      const claim = await store.claimDelivery(id, '2026-W49', now, 60_000);
      if (!claim.claimed) throw new Error('expected a claim');
      await store.releaseDelivery(id, '2026-W49', claim.token);
      expect((await store.claimDelivery(id, '2026-W49', now, 60_000)).claimed).toBe(true);
      await store.pauseSubscription(id, 'channel_not_found');
      expect(await store.getSubscription('slack', 'T1:C5')).toMatchObject({
        status: 'paused',
        pausedReason: 'channel_not_found',
      });
      expect((await store.claimDelivery(id, '2026-W50', now, 60_000)).claimed).toBe(false);
      const again = await store.saveSubscription(sub('T1:C5'), now);
      expect(again.status).toBe('active');
      await store.close();
    });

    it('lists only what is due, and moves a subscription to next week once its tip is sent', async () => {
      const store = await open();
      const thursday = new Date('2026-11-26T12:00:00Z');
      const { id } = await store.saveSubscription(sub('T1:D1'), thursday);
      await store.saveSubscription({ ...sub('T1:D2'), schedule: { ...sub('x').schedule, weekday: 5 } }, now);
      expect((await store.getSubscription('slack', 'T1:D1'))?.nextDueAt).toEqual(now);
      expect(await store.listDue(new Date(now.getTime() - 60_000))).toEqual([]);
      expect((await store.listDue(now)).map((s) => s.channelKey)).toEqual(['T1:D1']);

      const claim = await store.claimDelivery(id, '2026-W49', now, 60_000);
      if (!claim.claimed) throw new Error('expected a claim');
      // Claimed but not sent: still due, so a claim left by a crash is found again after its lease.
      expect((await store.listDue(now)).map((s) => s.id)).toEqual([id]);
      expect(await store.completeDelivery(id, '2026-W49', claim.token, now)).toBe(true);
      expect(await store.listDue(new Date('2026-12-01T07:00:00Z'))).toEqual([]);
      const nextMonday = new Date('2026-12-07T17:00:00Z');
      expect((await store.getSubscription('slack', 'T1:D1'))?.nextDueAt).toEqual(nextMonday);
      // Earliest due first: Friday's, then Monday's.
      expect((await store.listDue(nextMonday)).map((s) => s.channelKey)).toEqual(['T1:D2', 'T1:D1']);

      await store.setNextDue(id, new Date('2026-12-14T17:00:00Z'));
      expect((await store.listDue(nextMonday)).map((s) => s.channelKey)).toEqual(['T1:D2']);
      await store.pauseSubscription(id, 'channel_not_found');
      expect((await store.listDue(new Date('2026-12-31T00:00:00Z'))).map((s) => s.channelKey)).toEqual([
        'T1:D2',
      ]);
      await store.close();
    });

    it('answers a ping while open and refuses after close', async () => {
      const store = await open();
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });

    it('keeps conversation references by key', async () => {
      const store = await open();
      expect(await store.saveConversation('19:abc@thread.tacv2', '{"a":1}', now)).toBe(true);
      expect(await store.saveConversation('19:abc@thread.tacv2', '{"a":2}', now)).toBe(false);
      await store.saveConversation('a:personal', '{"b":1}', now);
      expect(await store.getConversation('19:abc@thread.tacv2')).toBe('{"a":2}');
      expect(await store.getConversation('missing')).toBeUndefined();
      expect(await store.listConversations()).toEqual(['{"a":2}', '{"b":1}']);
      await store.deleteConversation('a:personal');
      expect(await store.listConversations()).toEqual(['{"a":2}']);
      await store.close();
    });
  });
}
