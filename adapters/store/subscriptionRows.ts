import type { WeeklySchedule } from '../../src/tips/schedule.js';
import type { Platform, Subscription } from '../../src/tips/store.js';

/** A subscriptions row as both databases return it (PostgreSQL gives BIGINTs as strings). */
export interface SubscriptionRow {
  id: number | string;
  platform: Platform;
  channel_key: string;
  target: string;
  weekday: number;
  hour: number;
  minute: number;
  time_zone: string;
  tip_cursor: number;
  status: 'active' | 'paused';
  paused_reason: string | null;
  next_due_at: number | string | null;
  last_sent_at: number | string | null;
}

/** Every subscription column plus when its last tip was sent; the same SQL on SQLite and PostgreSQL. */
export const SELECT_SUBSCRIPTION = `SELECT s.*, (SELECT MAX(sent_at) FROM deliveries d WHERE d.subscription_id = s.id) AS last_sent_at
  FROM subscriptions s`;

export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: Number(row.id),
    platform: row.platform,
    channelKey: row.channel_key,
    target: row.target,
    schedule: scheduleOf(row),
    tipCursor: row.tip_cursor,
    status: row.status,
    ...(row.paused_reason ? { pausedReason: row.paused_reason } : {}),
    ...(row.last_sent_at ? { lastSentAt: new Date(Number(row.last_sent_at)) } : {}),
    ...(row.next_due_at !== null ? { nextDueAt: new Date(Number(row.next_due_at)) } : {}),
  };
}

/** The columns a schedule is made of. */
export type ScheduleRow = Pick<SubscriptionRow, 'weekday' | 'hour' | 'minute' | 'time_zone'>;

export function scheduleOf(row: ScheduleRow): WeeklySchedule {
  return { weekday: row.weekday, hour: row.hour, minute: row.minute, timeZone: row.time_zone };
}
