import type { Answer } from '../answer/model.js';
import type { Content } from '../content/loadContent.js';
import { composeWeeklyTip } from './composeWeeklyTip.js';
import { dueSlot, nextOccurrence } from './schedule.js';
import type { Platform, Subscription, TipsStore } from './store.js';

export type SendResult =
  | { ok: true }
  | { ok: false; gone: true; reason: string }
  | {
      ok: false;
      gone: false;
      reason: string;
      /** The post may have gone out (a timeout, a 5xx): it must not be sent again blindly. */
      uncertain?: boolean;
    };

export interface SendContext {
  /** The same for every attempt at one (subscription, week): senders tag the post with it. */
  deliveryId: string;
  /**
   * Fencing: renews the claim and says whether this process still holds it. A sender that waited
   * (a Retry-After) asks before posting again; false means another process took over.
   */
  stillOurs(): Promise<boolean>;
}

/** Posts one answer to a subscription's channel; implemented by each platform adapter. */
export interface TipSender {
  send(subscription: Subscription, answer: Answer, context: SendContext): Promise<SendResult>;
  /**
   * Whether a post tagged with `deliveryId` is already in the channel: asked before re-sending an
   * attempt whose outcome is unknown. Undefined when the platform cannot tell (then it is sent);
   * throws when the check failed for now (then the next pass asks again).
   */
  findDelivery?(subscription: Subscription, deliveryId: string): Promise<boolean | undefined>;
}

export interface DeliveryDeps {
  store: TipsStore;
  content: Content;
  senders: Partial<Record<Platform, TipSender>>;
  eapText?: string;
  /** How long a claim protects a delivery without a heartbeat; after it, a claim left by a crash is retried. */
  leaseMs?: number;
  concurrency?: number;
  /** The clock leases are measured with (every process on the database must share it); wall time by default. */
  clock?: () => Date;
  /** Waits between attempts to record a sent tip while the database is unreachable. */
  sleep?: (ms: number) => Promise<void>;
  onError?: (error: unknown) => void;
}

export interface DeliveryReport {
  due: number;
  sent: number;
  paused: number;
  failed: number;
  /** Due but claimed or already sent elsewhere. */
  skipped: number;
  /** An earlier attempt had posted after all (found in the channel): marked sent, not posted again. */
  recovered: number;
}

/** A crashed process's claims wait this long; a live one renews its claim every third of it. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
/** Sends of one delivery in one pass whose outcome was unknown, each checked before the next. */
const MAX_ATTEMPTS = 3;
/** Recording "sent" is retried this long (doubling waits), to ride through a database restart. */
const MARK_SENT_WAITS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Delivers every tip due at `now`, through the same path whether the scheduler or the CLI calls it. */
export async function deliverDueTips(deps: DeliveryDeps, now: Date): Promise<DeliveryReport> {
  const report: DeliveryReport = { due: 0, sent: 0, paused: 0, failed: 0, skipped: 0, recovered: 0 };
  const due: { subscription: Subscription; weekKey: string }[] = [];
  for (const subscription of await deps.store.listDue(now)) {
    const slot = dueSlot(subscription.schedule, now);
    if (slot) due.push({ subscription, weekKey: slot.weekKey });
    // Its day went by without a pass (the server was down): that week is skipped, as promised.
    else await deps.store.setNextDue(subscription.id, nextOccurrence(subscription.schedule, now));
  }
  report.due = due.length;
  const { store } = deps;
  const tips = deps.content.tips;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const clock = deps.clock ?? (() => new Date());
  const sleep = deps.sleep ?? wait;

  const deliverOne = async ({
    subscription,
    weekKey,
  }: (typeof due)[number]): Promise<keyof DeliveryReport> => {
    const sender = deps.senders[subscription.platform];
    if (!sender) return 'skipped';
    const claim = await store.claimDelivery(subscription.id, weekKey, clock(), leaseMs);
    if (!claim.claimed) return 'skipped';
    const { token } = claim;
    const tip = tips[claim.tipIndex % tips.length];
    if (!tip) throw new Error('content has no tips');

    const markSent = async (): Promise<void> => {
      for (const delay of [...MARK_SENT_WAITS_MS, undefined]) {
        try {
          const marked = await store.completeDelivery(subscription.id, weekKey, token, clock());
          if (!marked)
            deps.onError?.(
              new Error('a tip was sent after its claim was taken over; that channel may get it twice'),
            );
          return;
        } catch (error) {
          if (delay === undefined) throw error;
          deps.onError?.(error);
          await sleep(delay);
        }
      }
    };

    // Heartbeat: the claim stays ours while a send waits (slow answers, Retry-After), however long.
    let lost = false;
    const renew = async () => {
      lost ||= !(await store.renewClaim(subscription.id, weekKey, token, clock()));
      return !lost;
    };
    const heartbeat = setInterval(() => {
      renew().catch((error: unknown) => deps.onError?.(error));
    }, leaseMs / 3);
    heartbeat.unref?.();
    const context: SendContext = {
      deliveryId: `${subscription.id}:${weekKey}`,
      stillOurs: () => (lost ? Promise.resolve(false) : renew()),
    };

    try {
      let checkFirst = claim.uncertain;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        if (checkFirst && sender.findDelivery) {
          let found: boolean | undefined;
          try {
            found = await sender.findDelivery(subscription, context.deliveryId);
          } catch (error) {
            deps.onError?.(error);
            await store.abandonDelivery(subscription.id, weekKey, token);
            return 'failed';
          }
          if (found) {
            await markSent();
            return 'recovered';
          }
        }
        let result: SendResult;
        try {
          result = await sender.send(
            subscription,
            composeWeeklyTip(deps.content, tip, deps.eapText),
            context,
          );
        } catch (error) {
          deps.onError?.(error);
          result = { ok: false, gone: false, reason: 'send failed', uncertain: true };
        }
        if (result.ok) {
          await markSent();
          return 'sent';
        }
        if (result.gone) {
          await store.pauseSubscription(subscription.id, result.reason);
          await store.releaseDelivery(subscription.id, weekKey, token);
          return 'paused';
        }
        if (!result.uncertain || !sender.findDelivery) break;
        checkFirst = true;
      }
      // Not posted for sure: released, so the next pass the same day sends afresh. Maybe posted:
      // kept, so the next pass checks the channel before sending.
      if (checkFirst || claim.uncertain) await store.abandonDelivery(subscription.id, weekKey, token);
      else await store.releaseDelivery(subscription.id, weekKey, token);
      return 'failed';
    } finally {
      clearInterval(heartbeat);
    }
  };

  const queue = [...due];
  const workers = Array.from(
    { length: Math.max(1, Math.min(deps.concurrency ?? 8, queue.length)) },
    async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        // One delivery's failure (the database restarting, say) fails that delivery, not the pass.
        const outcome = await deliverOne(next).catch((error: unknown) => {
          deps.onError?.(error);
          return 'failed' as const;
        });
        report[outcome] += 1;
      }
    },
  );
  await Promise.all(workers);
  return report;
}
