import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type PostgresServer, startPostgres } from '../helpers/postgresServer.js';
import {
  channelOf,
  type Replica,
  seedSubscriptions,
  startServer,
  stopReplicas,
  whileRunning,
} from './replicaHarness.js';
import { type Post, type SlowSlackApi, startSlowSlackApi } from './slowSlackApi.js';

const SUBSCRIPTIONS = 1_000;
const NAMES = ['server_a', 'server_b', 'server_c'];
/** Slow enough that a pass over 1,000 takes several seconds, so restarts land mid-pass. */
const POST_DELAY_MS = 60;
/** Restart PostgreSQL when this many posts have arrived. */
const RESTART_AT = [150, 400, 650];

// Its own PostgreSQL server: restarting the shared one would pull it from under other test files.
let postgres: PostgresServer;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

let api: SlowSlackApi | undefined;
afterEach(async () => {
  await stopReplicas();
  await api?.close();
  api = undefined;
});

async function countSent(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deliveries WHERE status = 'sent'`,
    );
    return rows[0]?.n ?? 0;
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Resolves once every delivery is recorded as sent, checking twice a second. */
async function allSent(url: string): Promise<void> {
  while ((await countSent(url)) < SUBSCRIPTIONS) await new Promise((r) => setTimeout(r, 500));
}

const channels = (posts: Post[]) => new Set(posts.map((p) => p.channel));

describe('three servers while PostgreSQL restarts mid-pass', () => {
  it('all stay up, and every channel gets its tip exactly once', async () => {
    const url = await createDatabase(postgres.url, `failover_${randomUUID().slice(0, 8)}`);
    // Due today at 00:00 UTC, so the servers' own clocks find every subscription due.
    await seedSubscriptions(url, SUBSCRIPTIONS, {
      weekday: DateTime.utc().weekday,
      hour: 0,
      minute: 0,
      timeZone: 'UTC',
    });
    const slack = await startSlowSlackApi(POST_DELAY_MS);
    api = slack;
    const env = { TIPS_INTERVAL_SECONDS: '5', TIPS_LEASE_SECONDS: '10', LOG_LEVEL: 'warn' };
    const servers: Replica[] = NAMES.map((name) => startServer(name, url, slack.apiUrl(name), env));

    await whileRunning(
      servers,
      slack.until((posts) => servers.every((s) => posts.some((p) => p.replica === s.name))),
    );
    slack.open();
    for (const at of RESTART_AT) {
      await whileRunning(
        servers,
        slack.until((posts) => posts.length >= at),
      );
      await postgres.restart();
    }
    await whileRunning(
      servers,
      slack.until((posts) => channels(posts).size === SUBSCRIPTIONS),
    );
    await whileRunning(servers, allSent(url));

    expect(servers.map((s) => s.alive())).toEqual([true, true, true]);
    const posts = slack.posts();
    const counts = new Map<string, number>();
    for (const { channel } of posts) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: SUBSCRIPTIONS }, (_, n) => channelOf(n)));
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(posts).toHaveLength(SUBSCRIPTIONS);
    for (const name of NAMES) expect(posts.some((p) => p.replica === name)).toBe(true);
    // Each shuts down cleanly: alive and well, not merely not yet dead.
    for (const exit of await Promise.all(servers.map((s) => s.stop())))
      expect(exit, exit.stderr).toMatchObject({ code: 0 });
  }, 150_000);
});
