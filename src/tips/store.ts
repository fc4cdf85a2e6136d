import type { WeeklySchedule } from './schedule.js';

export type Platform = 'slack' | 'teams';

/** What a channel asked for. Only what posting needs: no message text, no names. */
export interface Subscription {
  id: number;
  platform: Platform;
  /** Identifies the channel on its platform (Slack "team:channel", Teams conversation id). */
  channelKey: string;
  /** What the platform's sender needs to post there (Slack channel id, Teams conversation reference), as JSON. */
  target: string;
  schedule: WeeklySchedule;
  /** Index of the next tip to send; subscriptions walk the tips in order. */
  tipCursor: number;
  status: 'active' | 'paused';
  pausedReason?: string;
  lastSentAt?: Date;
  /** When it is next due (UTC); unset for a row saved before the store kept it. */
  nextDueAt?: Date;
}

export interface NewSubscription {
  platform: Platform;
  channelKey: string;
  target: string;
  schedule: WeeklySchedule;
}

export type Claim =
  | {
      claimed: true;
      token: string;
      tipIndex: number;
      /**
       * An earlier attempt at this delivery ended without a known outcome (its process died, or the
       * platform timed out or failed after maybe posting): look for the post before sending again.
       */
      uncertain: boolean;
    }
  | { claimed: false };

/**
 * Storage behind the weekly tips. Each (subscription, week) is claimed before sending and marked sent
 * after, so any number of schedulers on one database deliver it once; a claim older than the lease
 * (its process died) may be taken again.
 */
export interface TipsStore {
  saveSubscription(input: NewSubscription, now: Date): Promise<Subscription>;
  removeSubscription(platform: Platform, channelKey: string): Promise<boolean>;
  getSubscription(platform: Platform, channelKey: string): Promise<Subscription | undefined>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Active subscriptions due at or before `now` (read through an index: the cost grows with what is due). */
  listDue(now: Date): Promise<Subscription[]>;
  /** Moves a subscription's next due time (a slot missed for the day, so not due again until the next). */
  setNextDue(subscriptionId: number, at: Date): Promise<void>;
  claimDelivery(subscriptionId: number, weekKey: string, now: Date, leaseMs: number): Promise<Claim>;
  /** Extends a claim's lease to `now` (heartbeat); false when another process has taken it over (fenced). */
  renewClaim(subscriptionId: number, weekKey: string, token: string, now: Date): Promise<boolean>;
  /** Marks sent only while `token` still holds the claim (fencing); false otherwise. */
  completeDelivery(subscriptionId: number, weekKey: string, token: string, now: Date): Promise<boolean>;
  /** The attempt certainly did not post: forget the claim so the next pass sends afresh. */
  releaseDelivery(subscriptionId: number, weekKey: string, token: string): Promise<void>;
  /** The attempt may have posted: end the lease now but keep the claim, so the next one checks first. */
  abandonDelivery(subscriptionId: number, weekKey: string, token: string): Promise<void>;
  pauseSubscription(subscriptionId: number, reason: string): Promise<void>;
  /** Conversation references saved when the bot is installed (Teams), keyed by conversation id; true when new. */
  saveConversation(key: string, reference: string, now: Date): Promise<boolean>;
  getConversation(key: string): Promise<string | undefined>;
  listConversations(): Promise<string[]>;
  deleteConversation(key: string): Promise<void>;
  /**
   * Resolves when the database answers and takes writes (a probe rolled back); rejects with a
   * StoreFault naming the cause and the fix otherwise. Used by the readiness check.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The database cannot do its job; the message names the cause and the fix, for operators. */
export class StoreFault extends Error {
  override name = 'StoreFault';
}
