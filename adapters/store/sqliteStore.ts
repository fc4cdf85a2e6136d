import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Claim, NewSubscription, Platform, TipsStore } from '../../src/tips/store.js';
import { SELECT_SUBSCRIPTION, type SubscriptionRow, toSubscription } from './subscriptionRows.js';

/** Versioned migrations: each runs once, in order, inside a transaction; user_version records the last. */
const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
     channel_key TEXT NOT NULL,
     target TEXT NOT NULL,
     weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
     hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
     minute INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
     time_zone TEXT NOT NULL,
     tip_cursor INTEGER NOT NULL DEFAULT 0,
     status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
     paused_reason TEXT,
     created_at TEXT NOT NULL,
     UNIQUE (platform, channel_key)
   );
   CREATE TABLE deliveries (
     subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
     week_key TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
     claim_token TEXT,
     claimed_at INTEGER NOT NULL,
     sent_at INTEGER,
     tip_index INTEGER NOT NULL,
     PRIMARY KEY (subscription_id, week_key)
   );
   CREATE TABLE conversations (
     key TEXT PRIMARY KEY,
     reference TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );`,
  `CREATE TABLE inbound_events (
     key TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX inbound_events_expiry ON inbound_events (expires_at);`,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** The default store: one SQLite file, safe for several processes on one machine (WAL, busy timeout). */
export function openSqliteStore(file: string): TipsStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const bySelector = db.prepare<[Platform, string], SubscriptionRow>(
    `${SELECT_SUBSCRIPTION} WHERE platform = ? AND channel_key = ?`,
  );
  const byId = db.prepare<[number], SubscriptionRow>(`${SELECT_SUBSCRIPTION} WHERE id = ?`);
  const all = db.prepare<[], SubscriptionRow>(`${SELECT_SUBSCRIPTION} ORDER BY id`);
  const upsert = db.prepare(
    `INSERT INTO subscriptions (platform, channel_key, target, weekday, hour, minute, time_zone, created_at)
     VALUES (@platform, @channelKey, @target, @weekday, @hour, @minute, @timeZone, @now)
     ON CONFLICT (platform, channel_key) DO UPDATE SET target = excluded.target, weekday = excluded.weekday,
       hour = excluded.hour, minute = excluded.minute, time_zone = excluded.time_zone,
       status = 'active', paused_reason = NULL`,
  );
  const remove = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_key = ?');
  const findDelivery = db.prepare<[number, string], { status: string; claimed_at: number }>(
    'SELECT status, claimed_at FROM deliveries WHERE subscription_id = ? AND week_key = ?',
  );
  const putClaim = db.prepare(
    `INSERT INTO deliveries (subscription_id, week_key, status, claim_token, claimed_at, tip_index)
     VALUES (?, ?, 'claimed', ?, ?, ?)
     ON CONFLICT (subscription_id, week_key) DO UPDATE SET claim_token = excluded.claim_token,
       claimed_at = excluded.claimed_at, tip_index = excluded.tip_index`,
  );
  const markSent = db.prepare(
    `UPDATE deliveries SET status = 'sent', sent_at = ?, claim_token = NULL
     WHERE subscription_id = ? AND week_key = ? AND status = 'claimed' AND claim_token = ?`,
  );
  const advance = db.prepare('UPDATE subscriptions SET tip_cursor = tip_cursor + 1 WHERE id = ?');
  const release = db.prepare(
    `DELETE FROM deliveries WHERE subscription_id = ? AND week_key = ? AND status = 'claimed' AND claim_token = ?`,
  );
  const pause = db.prepare(`UPDATE subscriptions SET status = 'paused', paused_reason = ? WHERE id = ?`);
  const putConversation = db.prepare(
    `INSERT INTO conversations (key, reference, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
  );
  const getConversation = db.prepare<[string], { reference: string }>(
    'SELECT reference FROM conversations WHERE key = ?',
  );
  const listConversations = db.prepare<[], { reference: string }>(
    'SELECT reference FROM conversations ORDER BY key',
  );
  const deleteConversation = db.prepare('DELETE FROM conversations WHERE key = ?');
  // A row whose expiry has passed is taken over, so an old id seen again counts as new.
  const putEvent = db.prepare<[string, number, number], { key: string }>(
    `INSERT INTO inbound_events (key, expires_at) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE inbound_events.expires_at <= ?
     RETURNING key`,
  );
  const purgeEvents = db.prepare('DELETE FROM inbound_events WHERE expires_at <= ?');
  const pauseWithPrefix = db.prepare(
    `UPDATE subscriptions SET status = 'paused', paused_reason = ?
     WHERE platform = ? AND status = 'active' AND substr(channel_key, 1, length(?)) = ?`,
  );
  const saveConversation = db.transaction((key: string, reference: string, now: string): boolean => {
    const isNew = getConversation.get(key) === undefined;
    putConversation.run(key, reference, now);
    return isNew;
  });

  // IMMEDIATE takes the write lock first, so two processes cannot both see "unclaimed".
  const claim = db.transaction(
    (subscriptionId: number, weekKey: string, nowMs: number, leaseMs: number): Claim => {
      const existing = findDelivery.get(subscriptionId, weekKey);
      if (existing && (existing.status === 'sent' || existing.claimed_at > nowMs - leaseMs))
        return { claimed: false };
      const subscription = byId.get(subscriptionId);
      if (subscription?.status !== 'active') return { claimed: false };
      const token = randomUUID();
      putClaim.run(subscriptionId, weekKey, token, nowMs, subscription.tip_cursor);
      return { claimed: true, token, tipIndex: subscription.tip_cursor };
    },
  );
  const complete = db.transaction(
    (subscriptionId: number, weekKey: string, token: string, nowMs: number): boolean => {
      const changed = markSent.run(nowMs, subscriptionId, weekKey, token).changes === 1;
      if (changed) advance.run(subscriptionId);
      return changed;
    },
  );

  return {
    async saveSubscription(input: NewSubscription, now: Date) {
      upsert.run({ ...input, ...input.schedule, now: now.toISOString() });
      const row = bySelector.get(input.platform, input.channelKey);
      if (!row) throw new Error('subscription was not saved');
      return toSubscription(row);
    },
    async removeSubscription(platform, channelKey) {
      return remove.run(platform, channelKey).changes > 0;
    },
    async getSubscription(platform, channelKey) {
      const row = bySelector.get(platform, channelKey);
      return row ? toSubscription(row) : undefined;
    },
    async listSubscriptions() {
      return all.all().map(toSubscription);
    },
    async claimDelivery(subscriptionId, weekKey, now, leaseMs) {
      return claim.immediate(subscriptionId, weekKey, now.getTime(), leaseMs);
    },
    async completeDelivery(subscriptionId, weekKey, token, now) {
      return complete.immediate(subscriptionId, weekKey, token, now.getTime());
    },
    async releaseDelivery(subscriptionId, weekKey, token) {
      release.run(subscriptionId, weekKey, token);
    },
    async pauseSubscription(subscriptionId, reason) {
      pause.run(reason, subscriptionId);
    },
    async saveConversation(key, reference, now) {
      return saveConversation.immediate(key, reference, now.toISOString());
    },
    async getConversation(key) {
      return getConversation.get(key)?.reference;
    },
    async listConversations() {
      return listConversations.all().map((r) => r.reference);
    },
    async deleteConversation(key) {
      deleteConversation.run(key);
    },
    async claimEvent(key, now, ttlMs) {
      const nowMs = now.getTime();
      const claimed = putEvent.get(key, nowMs + ttlMs, nowMs) !== undefined;
      if (claimed) purgeEvents.run(nowMs);
      return claimed;
    },
    async pauseSubscriptionsWithPrefix(platform, prefix, reason) {
      return pauseWithPrefix.run(reason, platform, prefix, prefix).changes;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
