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
}

export interface NewSubscription {
  platform: Platform;
  channelKey: string;
  target: string;
  schedule: WeeklySchedule;
}

export type Claim = { claimed: true; token: string; tipIndex: number } | { claimed: false };

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
  claimDelivery(subscriptionId: number, weekKey: string, now: Date, leaseMs: number): Promise<Claim>;
  completeDelivery(subscriptionId: number, weekKey: string, token: string, now: Date): Promise<boolean>;
  releaseDelivery(subscriptionId: number, weekKey: string, token: string): Promise<void>;
  pauseSubscription(subscriptionId: number, reason: string): Promise<void>;
  /** Conversation references saved when the bot is installed (Teams), keyed by conversation id; true when new. */
  saveConversation(key: string, reference: string, now: Date): Promise<boolean>;
  getConversation(key: string): Promise<string | undefined>;
  listConversations(): Promise<string[]>;
  deleteConversation(key: string): Promise<void>;
  /**
   * Records an inbound platform event (a Slack event_id) for `ttlMs`: true the first time, false for a
   * retry of it, whichever replica got the first delivery. Expired ids are forgotten.
   */
  claimEvent(key: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Pauses the active subscriptions whose channel key starts with `prefix` (a Slack workspace); returns how many. */
  pauseSubscriptionsWithPrefix(platform: Platform, prefix: string, reason: string): Promise<number>;
  /** Resolves when the database answers; used by the readiness check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
