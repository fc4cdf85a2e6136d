import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { dueAfterWeek, firstDue } from '../../src/tips/schedule.js';
import { type Claim, type NewSubscription, StoreFault, type TipsStore } from '../../src/tips/store.js';
import {
  type ScheduleRow,
  SELECT_SUBSCRIPTION,
  type SubscriptionRow,
  scheduleOf,
  toSubscription,
} from './subscriptionRows.js';

/** Versioned migrations, applied once each under an advisory lock so replicas starting together don't race. */
const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     id BIGSERIAL PRIMARY KEY,
     platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
     channel_key TEXT NOT NULL,
     target TEXT NOT NULL,
     weekday SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
     hour SMALLINT NOT NULL CHECK (hour BETWEEN 0 AND 23),
     minute SMALLINT NOT NULL CHECK (minute BETWEEN 0 AND 59),
     time_zone TEXT NOT NULL,
     tip_cursor INTEGER NOT NULL DEFAULT 0,
     status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
     paused_reason TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     UNIQUE (platform, channel_key)
   );
   CREATE TABLE deliveries (
     subscription_id BIGINT NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
     week_key TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
     claim_token TEXT,
     claimed_at BIGINT NOT NULL,
     sent_at BIGINT,
     tip_index INTEGER NOT NULL,
     PRIMARY KEY (subscription_id, week_key)
   );
   CREATE TABLE conversations (
     key TEXT PRIMARY KEY,
     reference TEXT NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL
   );`,
  // When each subscription is next due (ms since epoch, UTC), so a pass reads only the rows due now.
  `ALTER TABLE subscriptions ADD COLUMN next_due_at BIGINT;
   CREATE INDEX subscriptions_next_due ON subscriptions (next_due_at) WHERE status = 'active';`,
];
const MIGRATION_LOCK = 4_711_001;

/**
 * A client of its own from the pool. The pool watches only idle clients: one checked out whose
 * connection the server drops (restart, failover) emits 'error', and without a listener that ends the
 * process. Here the error fails the work in flight and the broken client is thrown away, not reused.
 */
/** Clients whose connection is in an unknown state (a rollback failed): never handed out again. */
const unusable = new WeakSet<pg.PoolClient>();

async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    broken ??= error instanceof Error && !('code' in error) ? error : undefined;
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken ?? unusable.has(client));
  }
}

/** BEGIN … COMMIT, or ROLLBACK on any error (a rollback that fails means the connection is gone). */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => unusable.add(client));
      throw error;
    }
  });
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
    );
    for (let version = rows[0]?.version ?? 0; version < MIGRATIONS.length; version += 1) {
      await client.query(MIGRATIONS[version] as string);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
        version + 1,
      ]);
    }
  });
}

/** Where the URL points, without the password, for messages. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** How long start-up waits for PostgreSQL, and each later connection attempt. */
export const CONNECT_TIMEOUT_MS = 10_000;
/** A query the server never answers (a hung server, a black-holed connection) fails after this. */
const QUERY_TIMEOUT_MS = 30_000;

/** The store for several replicas: one PostgreSQL database, claims taken with row locks. */
export async function openPostgresStore(url: string, poolSize = 5): Promise<TipsStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle connection dropped by the server (restart, failover) is discarded by the pool and replaced
  // on the next query; without a listener its 'error' event would crash the process.
  pool.on('error', () => undefined);
  // And every connection, for its whole life: a late 'error' from a client already handed back or
  // thrown away must not end the process either. Queries in flight still fail with the error.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreFault(
      `could not open PostgreSQL at ${describeServer(url)} (${reason}): check DATABASE_URL, that the server is up and reachable, and that the user may create tables`,
    );
  }

  return {
    async saveSubscription(input: NewSubscription, now: Date) {
      const { rows } = await pool.query<SubscriptionRow>(
        `INSERT INTO subscriptions (platform, channel_key, target, weekday, hour, minute, time_zone, created_at, next_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (platform, channel_key) DO UPDATE SET target = excluded.target, weekday = excluded.weekday,
           hour = excluded.hour, minute = excluded.minute, time_zone = excluded.time_zone,
           status = 'active', paused_reason = NULL, next_due_at = excluded.next_due_at
         RETURNING *, NULL AS last_sent_at`,
        [
          input.platform,
          input.channelKey,
          input.target,
          input.schedule.weekday,
          input.schedule.hour,
          input.schedule.minute,
          input.schedule.timeZone,
          now,
          firstDue(input.schedule, now).getTime(),
        ],
      );
      const row = rows[0];
      if (!row) throw new Error('subscription was not saved');
      return toSubscription(row);
    },
    async removeSubscription(platform, channelKey) {
      const result = await pool.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_key = $2', [
        platform,
        channelKey,
      ]);
      return (result.rowCount ?? 0) > 0;
    },
    async getSubscription(platform, channelKey) {
      const { rows } = await pool.query<SubscriptionRow>(
        `${SELECT_SUBSCRIPTION} WHERE platform = $1 AND channel_key = $2`,
        [platform, channelKey],
      );
      return rows[0] ? toSubscription(rows[0]) : undefined;
    },
    async listSubscriptions() {
      const { rows } = await pool.query<SubscriptionRow>(`${SELECT_SUBSCRIPTION} ORDER BY id`);
      return rows.map(toSubscription);
    },
    async listDue(now) {
      // Rows not yet given a due time (written before it existed) count as due; the pass sets it.
      const { rows } = await pool.query<SubscriptionRow>(
        `${SELECT_SUBSCRIPTION} WHERE s.status = 'active' AND (s.next_due_at IS NULL OR s.next_due_at <= $1)
         ORDER BY s.next_due_at, s.id`,
        [now.getTime()],
      );
      return rows.map(toSubscription);
    },
    async setNextDue(subscriptionId, at) {
      await pool.query('UPDATE subscriptions SET next_due_at = $1 WHERE id = $2', [
        at.getTime(),
        subscriptionId,
      ]);
    },
    async claimDelivery(subscriptionId, weekKey, now, leaseMs): Promise<Claim> {
      return inTransaction(pool, async (client) => {
        // Another replica claiming the same subscription holds this row: skip it rather than wait.
        const locked = await client.query<ScheduleRow & { tip_cursor: number; status: string }>(
          'SELECT tip_cursor, status, weekday, hour, minute, time_zone FROM subscriptions WHERE id = $1 FOR UPDATE SKIP LOCKED',
          [subscriptionId],
        );
        const subscription = locked.rows[0];
        if (subscription?.status !== 'active') return { claimed: false };
        const existing = await client.query<{ status: string; claimed_at: string }>(
          'SELECT status, claimed_at FROM deliveries WHERE subscription_id = $1 AND week_key = $2',
          [subscriptionId, weekKey],
        );
        const row = existing.rows[0];
        // A claim row still here was never marked sent nor released: its attempt may have posted.
        const uncertain = row !== undefined;
        if (row?.status === 'sent') {
          // Sent already (the subscription was saved again the same day): due next week, not again today.
          await client.query('UPDATE subscriptions SET next_due_at = $1 WHERE id = $2', [
            dueAfterWeek(scheduleOf(subscription), weekKey).getTime(),
            subscriptionId,
          ]);
          return { claimed: false };
        }
        if (row && Number(row.claimed_at) > now.getTime() - leaseMs) return { claimed: false };
        const token = randomUUID();
        await client.query(
          `INSERT INTO deliveries (subscription_id, week_key, status, claim_token, claimed_at, tip_index)
           VALUES ($1, $2, 'claimed', $3, $4, $5)
           ON CONFLICT (subscription_id, week_key) DO UPDATE SET claim_token = excluded.claim_token,
             claimed_at = excluded.claimed_at, tip_index = excluded.tip_index`,
          [subscriptionId, weekKey, token, now.getTime(), subscription.tip_cursor],
        );
        return { claimed: true, token, tipIndex: subscription.tip_cursor, uncertain };
      });
    },
    async renewClaim(subscriptionId, weekKey, token, now) {
      const renewed = await pool.query(
        `UPDATE deliveries SET claimed_at = $1
         WHERE subscription_id = $2 AND week_key = $3 AND status = 'claimed' AND claim_token = $4`,
        [now.getTime(), subscriptionId, weekKey, token],
      );
      return renewed.rowCount === 1;
    },
    async abandonDelivery(subscriptionId, weekKey, token) {
      await pool.query(
        `UPDATE deliveries SET claimed_at = 0, claim_token = NULL
         WHERE subscription_id = $1 AND week_key = $2 AND status = 'claimed' AND claim_token = $3`,
        [subscriptionId, weekKey, token],
      );
    },
    async completeDelivery(subscriptionId, weekKey, token, now) {
      return inTransaction(pool, async (client) => {
        const marked = await client.query(
          `UPDATE deliveries SET status = 'sent', sent_at = $1, claim_token = NULL
           WHERE subscription_id = $2 AND week_key = $3 AND status = 'claimed' AND claim_token = $4`,
          [now.getTime(), subscriptionId, weekKey, token],
        );
        if (marked.rowCount !== 1) return false;
        const { rows } = await client.query<ScheduleRow>(
          'SELECT weekday, hour, minute, time_zone FROM subscriptions WHERE id = $1',
          [subscriptionId],
        );
        const next = rows[0] ? dueAfterWeek(scheduleOf(rows[0]), weekKey).getTime() : null;
        await client.query(
          'UPDATE subscriptions SET tip_cursor = tip_cursor + 1, next_due_at = $2 WHERE id = $1',
          [subscriptionId, next],
        );
        return true;
      });
    },
    async releaseDelivery(subscriptionId, weekKey, token) {
      await pool.query(
        `DELETE FROM deliveries WHERE subscription_id = $1 AND week_key = $2 AND status = 'claimed' AND claim_token = $3`,
        [subscriptionId, weekKey, token],
      );
    },
    async pauseSubscription(subscriptionId, reason) {
      await pool.query(`UPDATE subscriptions SET status = 'paused', paused_reason = $1 WHERE id = $2`, [
        reason,
        subscriptionId,
      ]);
    },
    async saveConversation(key, reference, now) {
      // xmax = 0 only on a freshly inserted row, so this says whether the key is new in one statement.
      const { rows } = await pool.query<{ inserted: boolean }>(
        `INSERT INTO conversations (key, reference, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at
         RETURNING (xmax = 0) AS inserted`,
        [key, reference, now],
      );
      return rows[0]?.inserted === true;
    },
    async listConversations() {
      const { rows } = await pool.query<{ reference: string }>(
        'SELECT reference FROM conversations ORDER BY key',
      );
      return rows.map((r) => r.reference);
    },
    async deleteConversation(key) {
      await pool.query('DELETE FROM conversations WHERE key = $1', [key]);
    },
    async getConversation(key) {
      const { rows } = await pool.query<{ reference: string }>(
        'SELECT reference FROM conversations WHERE key = $1',
        [key],
      );
      return rows[0]?.reference;
    },
    async ping() {
      // A write rolled back: a read-only server (a standby after failover) answers but cannot take writes.
      await withClient(pool, async (client) => {
        await client.query('BEGIN');
        try {
          await client.query(`INSERT INTO conversations (key, reference, updated_at) VALUES ('', '', now())
            ON CONFLICT (key) DO NOTHING`);
        } finally {
          await client.query('ROLLBACK');
        }
      }).catch((error: unknown) => {
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
        if (code === '25006')
          throw new StoreFault(
            `PostgreSQL at ${describeServer(url)} is read-only (a standby?): point DATABASE_URL at the primary`,
          );
        throw error;
      });
    },
    async close() {
      await pool.end();
    },
  };
}
