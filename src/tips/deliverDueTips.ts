import type { Answer } from '../answer/model.js';
import type { Content } from '../content/loadContent.js';
import { composeWeeklyTip } from './composeWeeklyTip.js';
import { dueSlot } from './schedule.js';
import type { Platform, Subscription, TipsStore } from './store.js';

export type SendResult =
  | { ok: true }
  | { ok: false; gone: true; reason: string }
  | { ok: false; gone: false; reason: string };

/** Posts one answer to a subscription's channel; implemented by each platform adapter. */
export interface TipSender {
  send(subscription: Subscription, answer: Answer): Promise<SendResult>;
}

export interface DeliveryDeps {
  store: TipsStore;
  content: Content;
  senders: Partial<Record<Platform, TipSender>>;
  eapText?: string;
  /** How long a claim protects a delivery in progress; after it, a claim left by a crash is retried. */
  leaseMs?: number;
  concurrency?: number;
  onError?: (error: unknown) => void;
}

export interface DeliveryReport {
  due: number;
  sent: number;
  paused: number;
  failed: number;
  /** Due but claimed or already sent elsewhere. */
  skipped: number;
}

/** Longer than one send can take (10 s timeout, a few retries, Slack's Retry-After waits). */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** Delivers every tip due at `now`, through the same path whether the scheduler or the CLI calls it. */
export async function deliverDueTips(deps: DeliveryDeps, now: Date): Promise<DeliveryReport> {
  const report: DeliveryReport = { due: 0, sent: 0, paused: 0, failed: 0, skipped: 0 };
  const due = (await deps.store.listSubscriptions()).flatMap((subscription) => {
    if (subscription.status !== 'active') return [];
    const slot = dueSlot(subscription.schedule, now);
    return slot ? [{ subscription, weekKey: slot.weekKey }] : [];
  });
  report.due = due.length;
  const tips = deps.content.tips;

  const deliverOne = async ({ subscription, weekKey }: (typeof due)[number]) => {
    const sender = deps.senders[subscription.platform];
    if (!sender) {
      report.skipped += 1;
      return;
    }
    const claim = await deps.store.claimDelivery(
      subscription.id,
      weekKey,
      now,
      deps.leaseMs ?? DEFAULT_LEASE_MS,
    );
    if (!claim.claimed) {
      report.skipped += 1;
      return;
    }
    const tip = tips[claim.tipIndex % tips.length];
    if (!tip) throw new Error('content has no tips');
    let result: SendResult;
    try {
      result = await sender.send(subscription, composeWeeklyTip(deps.content, tip, deps.eapText));
    } catch (error) {
      deps.onError?.(error);
      result = { ok: false, gone: false, reason: 'send failed' };
    }
    if (result.ok) {
      const marked = await deps.store.completeDelivery(subscription.id, weekKey, claim.token, new Date());
      if (!marked)
        deps.onError?.(new Error('a tip was sent after its claim expired; that channel may get it twice'));
      report.sent += 1;
    } else if (result.gone) {
      await deps.store.pauseSubscription(subscription.id, result.reason);
      await deps.store.releaseDelivery(subscription.id, weekKey, claim.token);
      report.paused += 1;
    } else {
      // Released so the next run the same day tries again.
      await deps.store.releaseDelivery(subscription.id, weekKey, claim.token);
      report.failed += 1;
    }
  };

  const queue = [...due];
  const workers = Array.from(
    { length: Math.max(1, Math.min(deps.concurrency ?? 8, queue.length)) },
    async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await deliverOne(next);
    },
  );
  await Promise.all(workers);
  return report;
}
