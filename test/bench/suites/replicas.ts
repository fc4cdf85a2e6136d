import { createDatabase, type PostgresServer, startPostgres } from '../../helpers/postgresServer.js';
import {
  DUE,
  parseReport,
  runDue,
  seedSubscriptions,
  stopReplicas,
  whileRunning,
} from '../../replicas/replicaHarness.js';
import { startSlowSlackApi } from '../../replicas/slowSlackApi.js';
import { type BenchResult, nowMs } from '../stats.js';

const SUBSCRIPTIONS = 10_000;
/** A loopback stand-in for Slack's round trip; real chat.postMessage calls take longer. */
const POST_DELAY_MS = 50;
const CASE = `${SUBSCRIPTIONS.toLocaleString('en-US')} tips due at once`;

/**
 * `tips run-due` in one and in three processes on one PostgreSQL database, all posting to a fake Slack
 * API. Timed from the fake's first reply (every replica is up and claiming) to the last process's exit,
 * so process start-up is left out. The replicas share this machine's CPUs with PostgreSQL.
 */
export default async function replicasBench(): Promise<BenchResult[]> {
  let server: PostgresServer;
  try {
    server = await startPostgres();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ suite: 'replicas', case: CASE, samples: 0, note: `skipped, no PostgreSQL: ${reason}` }];
  }
  try {
    return [await deliver(server.url, 1), await deliver(server.url, 3)];
  } finally {
    await server.stop();
  }
}

async function deliver(serverUrl: string, replicaCount: number): Promise<BenchResult> {
  const url = await createDatabase(serverUrl, `bench_replicas_${replicaCount}`);
  await seedSubscriptions(url, SUBSCRIPTIONS);
  const slack = await startSlowSlackApi(POST_DELAY_MS);
  try {
    const names = Array.from({ length: replicaCount }, (_, i) => `replica_${i + 1}`);
    const replicas = names.map((name) => runDue(name, url, slack.apiUrl(name), DUE));
    await whileRunning(
      replicas,
      slack.until((posts) => names.every((name) => posts.some((p) => p.replica === name))),
    );
    const started = nowMs();
    slack.open();
    const exits = await Promise.all(replicas.map((r) => r.exited));
    const totalMs = nowMs() - started;

    const sent = exits.map((exit, i) => {
      if (exit.code !== 0)
        throw new Error(`${names[i]} exited with ${exit.code ?? exit.signal}: ${exit.stderr}`);
      return parseReport(exit.stdout).sent;
    });
    const posts = slack.posts();
    const channels = new Set(posts.map((p) => p.channel));
    if (posts.length !== SUBSCRIPTIONS || channels.size !== SUBSCRIPTIONS) {
      throw new Error(
        `expected ${SUBSCRIPTIONS} posts to distinct channels, got ${posts.length} to ${channels.size}`,
      );
    }
    return {
      suite: 'replicas',
      case: `${CASE}, ${replicaCount} ${replicaCount === 1 ? 'replica' : 'replicas'}`,
      samples: SUBSCRIPTIONS,
      perSecond: SUBSCRIPTIONS / (totalMs / 1000),
      totalMs,
      target: 'each tip exactly once',
      note: `sent per replica ${sent.join('/')}; fake Slack answers in ${POST_DELAY_MS} ms; pool 5, concurrency 8 each`,
    };
  } finally {
    await stopReplicas();
    await slack.close();
  }
}
