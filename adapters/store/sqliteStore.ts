import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { dueAfterWeek, firstDue } from '../../src/tips/schedule.js';
import {
  type Claim,
  type NewSubscription,
  type Platform,
  StoreFault,
  type TipsStore,
} from '../../src/tips/store.js';
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
  // When each subscription is next due (ms since epoch, UTC), so a pass reads only the rows due now.
  `ALTER TABLE subscriptions ADD COLUMN next_due_at INTEGER;
   CREATE INDEX subscriptions_next_due ON subscriptions (next_due_at) WHERE status = 'active';`,
];

/** Corruption found at start: the store opens (answers still work) but reports it until fixed. */
function quickCheck(db: Database.Database, file: string): string | undefined {
  try {
    const result = db.pragma('quick_check(1)', { simple: true });
    if (result === 'ok') return undefined;
  } catch (error) {
    return (
      describeFault(file, error) ??
      `the database ${file} failed its integrity check: restore it from a backup, then restart`
    );
  }
  return `the database ${file} is corrupted (quick_check failed): stop the bot, restore the file from a backup (or move it aside to start empty), then start again`;
}

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** What an SQLite error means for the operator, or undefined when it is not about the file itself. */
function describeFault(file: string, error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return `the database ${file} is corrupted (${code}): stop the bot, restore the file from a backup (or move it aside to start empty), then start again`;
  if (code.startsWith('SQLITE_READONLY'))
    return `the database ${file} is read-only (${code}): give the bot's user write access to the file and its folder (and check the disk is mounted read-write), then restart`;
  if (code === 'SQLITE_FULL') return `the disk holding ${file} is full (${code}): free space, then restart`;
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN')
    return `the database ${file} cannot be read or written (${code}): check the file, its folder and the disk, then restart`;
  return undefined;
}

/** The folder must exist (created on first start) and be a folder; a file there is a clear mistake. */
function prepareFolder(file: string): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new StoreFault(
        `DATA_DIR ${dir} is a file, not a folder: point DATA_DIR at a folder (it is created if missing)`,
      );
    throw new StoreFault(
      `cannot create DATA_DIR ${dir} (${code || 'error'}): check the path and its permissions`,
    );
  }
  if (!statSync(dir).isDirectory())
    throw new StoreFault(
      `DATA_DIR ${dir} is a file, not a folder: point DATA_DIR at a folder (it is created if missing)`,
    );
}

function openDatabase(file: string): Database.Database {
  try {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    const fault = describeFault(file, error);
    throw fault ? new StoreFault(fault) : error;
  }
}

/** The default store: one SQLite file, safe for several processes on one machine (WAL, busy timeout). */
export function openSqliteStore(file: string): TipsStore {
  const onDisk = file !== ':memory:';
  if (onDisk) prepareFolder(file);
  const db = openDatabase(file);
  // The file as opened: if it is deleted or replaced while running, writes would go to a file no one
  // will open again (every subscription lost at the next start), so each call checks it is still there.
  const opened = onDisk ? statSync(file) : undefined;
  // A fault seen once (corruption, read-only) stays until restart: readiness reports it, calls fail fast.
  let fault = onDisk ? quickCheck(db, file) : undefined;

  const bySelector = db.prepare<[Platform, string], SubscriptionRow>(
    `${SELECT_SUBSCRIPTION} WHERE platform = ? AND channel_key = ?`,
  );
  const byId = db.prepare<[number], SubscriptionRow>(`${SELECT_SUBSCRIPTION} WHERE id = ?`);
  const all = db.prepare<[], SubscriptionRow>(`${SELECT_SUBSCRIPTION} ORDER BY id`);
  // Rows not yet given a due time (written before it existed) count as due; the pass sets it.
  const due = db.prepare<[number], SubscriptionRow>(
    `${SELECT_SUBSCRIPTION} WHERE s.status = 'active' AND (s.next_due_at IS NULL OR s.next_due_at <= ?)
     ORDER BY s.next_due_at, s.id`,
  );
  const setNextDue = db.prepare('UPDATE subscriptions SET next_due_at = ? WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO subscriptions (platform, channel_key, target, weekday, hour, minute, time_zone, created_at, next_due_at)
     VALUES (@platform, @channelKey, @target, @weekday, @hour, @minute, @timeZone, @now, @nextDueAt)
     ON CONFLICT (platform, channel_key) DO UPDATE SET target = excluded.target, weekday = excluded.weekday,
       hour = excluded.hour, minute = excluded.minute, time_zone = excluded.time_zone,
       status = 'active', paused_reason = NULL, next_due_at = excluded.next_due_at`,
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
  const renew = db.prepare(
    `UPDATE deliveries SET claimed_at = ? WHERE subscription_id = ? AND week_key = ? AND status = 'claimed' AND claim_token = ?`,
  );
  const abandon = db.prepare(
    `UPDATE deliveries SET claimed_at = 0, claim_token = NULL
     WHERE subscription_id = ? AND week_key = ? AND status = 'claimed' AND claim_token = ?`,
  );
  const probe = db.prepare(`INSERT INTO conversations (key, reference, updated_at) VALUES ('', '', '')`);
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
  const saveConversation = db.transaction((key: string, reference: string, now: string): boolean => {
    const isNew = getConversation.get(key) === undefined;
    putConversation.run(key, reference, now);
    return isNew;
  });

  // IMMEDIATE takes the write lock first, so two processes cannot both see "unclaimed".
  const claim = db.transaction(
    (subscriptionId: number, weekKey: string, nowMs: number, leaseMs: number): Claim => {
      const existing = findDelivery.get(subscriptionId, weekKey);
      const subscription = byId.get(subscriptionId);
      if (existing?.status === 'sent' && subscription) {
        // Sent already (the subscription was saved again the same day): due next week, not again today.
        setNextDue.run(
          dueAfterWeek(toSubscription(subscription).schedule, weekKey).getTime(),
          subscriptionId,
        );
        return { claimed: false };
      }
      if (existing && existing.claimed_at > nowMs - leaseMs) return { claimed: false };
      if (subscription?.status !== 'active') return { claimed: false };
      const token = randomUUID();
      putClaim.run(subscriptionId, weekKey, token, nowMs, subscription.tip_cursor);
      // A claim row still here was never marked sent nor released: its attempt may have posted.
      return { claimed: true, token, tipIndex: subscription.tip_cursor, uncertain: existing !== undefined };
    },
  );
  const complete = db.transaction(
    (subscriptionId: number, weekKey: string, token: string, nowMs: number): boolean => {
      const changed = markSent.run(nowMs, subscriptionId, weekKey, token).changes === 1;
      const subscription = changed ? byId.get(subscriptionId) : undefined;
      if (subscription) {
        advance.run(subscriptionId);
        setNextDue.run(
          dueAfterWeek(toSubscription(subscription).schedule, weekKey).getTime(),
          subscriptionId,
        );
      }
      return changed;
    },
  );

  const stillOpened = (): string | undefined => {
    if (!opened) return undefined;
    try {
      const now = statSync(file);
      if (now.ino === opened.ino && now.dev === opened.dev) return undefined;
      return `the database ${file} was replaced while the bot was running: restart the bot so it opens the file that is there now (or put the original back)`;
    } catch {
      return `the database ${file} was deleted while the bot was running: restore DATA_DIR from a backup if you have one, then restart (subscriptions saved since the deletion are lost)`;
    }
  };
  /** Runs one store call unless a fault is known, and remembers faults the call itself reveals. */
  const guard = <T>(work: () => T): T => {
    fault ??= stillOpened();
    if (fault) throw new StoreFault(fault);
    try {
      return work();
    } catch (error) {
      fault = describeFault(file, error);
      throw fault ? new StoreFault(fault) : error;
    }
  };

  return {
    async saveSubscription(input: NewSubscription, now: Date) {
      return guard(() => {
        upsert.run({
          ...input,
          ...input.schedule,
          now: now.toISOString(),
          nextDueAt: firstDue(input.schedule, now).getTime(),
        });
        const row = bySelector.get(input.platform, input.channelKey);
        if (!row) throw new Error('subscription was not saved');
        return toSubscription(row);
      });
    },
    async removeSubscription(platform, channelKey) {
      return guard(() => remove.run(platform, channelKey).changes > 0);
    },
    async getSubscription(platform, channelKey) {
      return guard(() => {
        const row = bySelector.get(platform, channelKey);
        return row ? toSubscription(row) : undefined;
      });
    },
    async listSubscriptions() {
      return guard(() => all.all().map(toSubscription));
    },
    async listDue(now) {
      return guard(() => due.all(now.getTime()).map(toSubscription));
    },
    async setNextDue(subscriptionId, at) {
      guard(() => setNextDue.run(at.getTime(), subscriptionId));
    },
    async claimDelivery(subscriptionId, weekKey, now, leaseMs) {
      return guard(() => claim.immediate(subscriptionId, weekKey, now.getTime(), leaseMs));
    },
    async renewClaim(subscriptionId, weekKey, token, now) {
      return guard(() => renew.run(now.getTime(), subscriptionId, weekKey, token).changes === 1);
    },
    async completeDelivery(subscriptionId, weekKey, token, now) {
      return guard(() => complete.immediate(subscriptionId, weekKey, token, now.getTime()));
    },
    async releaseDelivery(subscriptionId, weekKey, token) {
      guard(() => release.run(subscriptionId, weekKey, token));
    },
    async abandonDelivery(subscriptionId, weekKey, token) {
      guard(() => abandon.run(subscriptionId, weekKey, token));
    },
    async pauseSubscription(subscriptionId, reason) {
      guard(() => pause.run(reason, subscriptionId));
    },
    async saveConversation(key, reference, now) {
      return guard(() => saveConversation.immediate(key, reference, now.toISOString()));
    },
    async getConversation(key) {
      return guard(() => getConversation.get(key)?.reference);
    },
    async listConversations() {
      return guard(() => listConversations.all().map((r) => r.reference));
    },
    async deleteConversation(key) {
      guard(() => deleteConversation.run(key));
    },
    async ping() {
      // A write that is rolled back: proves the file takes writes without changing anything.
      guard(() => {
        db.exec('BEGIN IMMEDIATE');
        try {
          probe.run();
        } finally {
          db.exec('ROLLBACK');
        }
      });
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
