import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/postgresServer.js';
import {
  channelOf,
  DUE,
  parseReport,
  type Replica,
  runDue,
  seedSubscriptions,
  stopReplicas,
  whileRunning,
} from './replicaHarness.js';
import { type Post, type SlowSlackApi, startSlowSlackApi } from './slowSlackApi.js';

const SUBSCRIPTIONS = 1_000;
const NAMES = ['replica_a', 'replica_b', 'replica_c'];
/** deliverDueTips' default concurrency, which run-due uses: a replica's sends in flight at most. */
const CONCURRENCY = 8;
/** openPostgresStore's default pool size, the connections one replica may hold. */
const POOL_SIZE = 5;
/** TIPS_LEASE_SECONDS for the crash test: how long a dead replica's claims block others. */
const LEASE_SECONDS = 5;
/** Slow enough that every replica keeps claiming while the others post. */
const POST_DELAY_MS = 5;

const ALL_CHANNELS = Array.from({ length: SUBSCRIPTIONS }, (_, n) => channelOf(n)).sort();

let api: SlowSlackApi | undefined;
afterEach(async () => {
  await stopReplicas();
  await api?.close();
  api = undefined;
});

async function seededDatabase(): Promise<string> {
  const url = await createDatabase(inject('postgresUrl'), `replicas_${randomUUID().slice(0, 8)}`);
  await seedSubscriptions(url, SUBSCRIPTIONS);
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Each replica's first post arrived: all of them are up and claiming from the same database. */
const everyReplicaPosted = (replicas: Replica[]) => (posts: Post[]) =>
  replicas.every((r) => posts.some((p) => p.replica === r.name));

function postsPerChannel(posts: Post[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { channel } of posts) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  return counts;
}

describe('several replicas on one PostgreSQL database', () => {
  it('three scheduler processes deliver 1,000 due tips exactly once between them', async () => {
    const url = await seededDatabase();
    const slack = await startSlowSlackApi(POST_DELAY_MS);
    api = slack;
    const replicas = NAMES.map((name) => runDue(name, url, slack.apiUrl(name), DUE));

    await whileRunning(replicas, slack.until(everyReplicaPosted(replicas)));
    // All three are blocked mid-delivery here, so this is each one's pool in use.
    const connections = await query<{ application_name: string; n: number }>(
      url,
      `SELECT application_name, count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name LIKE 'replica_%' GROUP BY 1`,
    );
    expect(connections.map((c) => c.application_name).sort()).toEqual(NAMES);
    for (const { n } of connections) expect(n).toBeLessThanOrEqual(POOL_SIZE);
    slack.open();

    const exits = await Promise.all(replicas.map((r) => r.exited));
    for (const exit of exits) expect(exit, exit.stderr).toMatchObject({ code: 0 });
    const reports = exits.map((exit) => parseReport(exit.stdout));
    const posts = slack.posts();
    reports.forEach((report, i) => {
      expect(report).toMatchObject({ due: SUBSCRIPTIONS, paused: 0, failed: 0 });
      expect(report.sent + report.skipped).toBe(SUBSCRIPTIONS);
      expect(report.sent).toBeGreaterThan(0);
      expect(posts.filter((p) => p.replica === NAMES[i])).toHaveLength(report.sent);
    });
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(SUBSCRIPTIONS);
    expect(posts).toHaveLength(SUBSCRIPTIONS);
    expect([...postsPerChannel(posts).keys()].sort()).toEqual(ALL_CHANNELS);
    expect(await query(url, `SELECT 1 FROM deliveries WHERE status = 'sent'`)).toHaveLength(SUBSCRIPTIONS);
  }, 90_000);

  it('loses nothing and doubles nothing when one is killed mid-delivery', async () => {
    const url = await seededDatabase();
    const slack = await startSlowSlackApi(POST_DELAY_MS);
    api = slack;
    // A short lease, so the dead replica's claims can be taken over within the test.
    const env = { TIPS_LEASE_SECONDS: String(LEASE_SECONDS) };
    const replicas = NAMES.map((name) => runDue(name, url, slack.apiUrl(name), DUE, env));
    const [victim, ...survivors] = replicas as [Replica, ...Replica[]];

    await whileRunning(replicas, slack.until(everyReplicaPosted(replicas)));
    slack.open();
    await whileRunning(
      replicas,
      slack.until((posts) => posts.length >= 200),
    );
    // Slack takes the victim's posts from here on but its replies never arrive, so at least one post
    // is certainly in the crash window (posted, not yet marked sent) when the SIGKILL lands.
    slack.withhold(victim.name);
    await whileRunning(
      replicas,
      slack.until((posts) => posts.some((p) => p.replica === victim.name && !p.answered)),
    );
    expect(await victim.kill()).toMatchObject({ signal: 'SIGKILL' });
    const crashWindow = new Set(
      slack
        .posts()
        .filter((p) => p.replica === victim.name && !p.answered)
        .map((p) => p.channel),
    );
    expect(crashWindow.size).toBeGreaterThan(0);
    expect(crashWindow.size).toBeLessThanOrEqual(CONCURRENCY);

    for (const exit of await Promise.all(survivors.map((r) => r.exited))) {
      expect(exit, exit.stderr).toMatchObject({ code: 0 });
      expect(parseReport(exit.stdout)).toMatchObject({ due: SUBSCRIPTIONS, paused: 0, failed: 0 });
    }
    // A replica's next pass once the dead one's lease is over takes its claims: it finds the posts
    // Slack had shown (by their delivery id in the channel's history) and sends only the others.
    await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 500));
    const recovery = runDue('replica_d', url, slack.apiUrl('replica_d'), DUE, env);
    const recovered = await recovery.exited;
    expect(recovered, recovered.stderr).toMatchObject({ code: 0 });
    const report = parseReport(recovered.stdout);
    expect(report).toMatchObject({ paused: 0, failed: 0 });
    // Only what is still unsent is due: at most what the victim had in hand, one per worker.
    expect(report.due).toBeLessThanOrEqual(CONCURRENCY);
    expect(report.sent + report.recovered + report.skipped).toBe(report.due);

    const posts = slack.posts();
    const counts = postsPerChannel(posts);
    expect([...counts.keys()].sort()).toEqual(ALL_CHANNELS);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(posts).toHaveLength(SUBSCRIPTIONS);
    expect(await query(url, `SELECT 1 FROM deliveries WHERE status = 'sent'`)).toHaveLength(SUBSCRIPTIONS);
  }, 90_000);
});
