import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import type { DeliveryReport } from '../../src/tips/deliverDueTips.js';
import type { WeeklySchedule } from '../../src/tips/schedule.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Monday 09:00 in Los Angeles: the slot every seeded subscription asks for. */
export const DUE = new Date('2026-11-30T17:00:00Z');

/** The channel id of the n-th seeded subscription. */
export const channelOf = (n: number) => `C${String(n).padStart(6, '0')}`;

const MONDAY_9_LA: WeeklySchedule = { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' };

/** Saves `count` Slack subscriptions all due at DUE (or on `schedule`), a few at a time over the store's own pool. */
export async function seedSubscriptions(
  databaseUrl: string,
  count: number,
  schedule: WeeklySchedule = MONDAY_9_LA,
): Promise<void> {
  const store = await openPostgresStore(databaseUrl);
  try {
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < count; n = next++) {
        await store.saveSubscription(
          {
            platform: 'slack',
            channelKey: `T0REPLICA:${channelOf(n)}`,
            target: JSON.stringify({ channel: channelOf(n) }),
            schedule,
          },
          new Date('2026-11-26T12:00:00Z'),
        );
      }
    };
    await Promise.all(Array.from({ length: 5 }, worker));
  } finally {
    await store.close();
  }
}

export interface ReplicaExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Replica {
  name: string;
  exited: Promise<ReplicaExit>;
  kill(): Promise<ReplicaExit>;
  /** SIGTERM: the server's own clean shutdown. */
  stop(): Promise<ReplicaExit>;
  /** Whether the process is still running. */
  alive(): boolean;
}

/** Replicas not yet exited, with their exit, for stopReplicas. */
const running = new Map<ChildProcess, Promise<unknown>>();

/**
 * `tips run-due --now` as its own process, named `name` in pg_stat_activity. Node loads tsx in-process
 * (not the tsx binary, which forks a second node), so a SIGKILL lands on the process that delivers.
 */
export function runDue(
  name: string,
  databaseUrl: string,
  slackApiUrl: string,
  now: Date,
  env: Record<string, string> = {},
): Replica {
  return spawnReplica(
    name,
    ['adapters/server/tipsCli.ts', 'run-due', '--now', now.toISOString()],
    databaseUrl,
    slackApiUrl,
    env,
  );
}

/** `npm start` as its own process: the server with its scheduler, on a port of its own. */
export function startServer(
  name: string,
  databaseUrl: string,
  slackApiUrl: string,
  env: Record<string, string> = {},
): Replica {
  return spawnReplica(name, ['adapters/server/main.ts'], databaseUrl, slackApiUrl, {
    PORT: '0',
    HOST: '127.0.0.1',
    ...env,
  });
}

function spawnReplica(
  name: string,
  script: string[],
  databaseUrl: string,
  slackApiUrl: string,
  env: Record<string, string>,
): Replica {
  const child = spawn(process.execPath, ['--import', 'tsx', ...script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: `${databaseUrl}?application_name=${name}`,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'x',
      SLACK_API_URL: slackApiUrl,
      LOG_LEVEL: 'silent',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<ReplicaExit>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  }).finally(() => running.delete(child));
  running.set(
    child,
    exited.catch(() => undefined),
  );
  return {
    name,
    exited,
    kill() {
      child.kill('SIGKILL');
      return exited;
    },
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
    alive: () => child.exitCode === null && child.signalCode === null,
  };
}

/** Kills every replica still running, so a failed test leaves no process behind. */
export async function stopReplicas(): Promise<void> {
  const left = [...running];
  for (const [child] of left) child.kill('SIGKILL');
  await Promise.all(left.map(([, exited]) => exited));
}

/** Rejects as soon as any replica exits before `waiting` settles, instead of waiting out the test timeout. */
export function whileRunning<T>(replicas: Replica[], waiting: Promise<T>): Promise<T> {
  const early = replicas.map((r) =>
    r.exited.then((exit) => {
      throw new Error(`${r.name} exited early (${exit.code ?? exit.signal}): ${exit.stderr || exit.stdout}`);
    }),
  );
  // The losers of the race are settled later on purpose; keep their rejections from going unhandled.
  for (const promise of early) promise.catch(() => undefined);
  return Promise.race([waiting, ...early]);
}

/** The report line `run-due` prints: "due 1000, sent 340, paused 0, failed 0, skipped 660, recovered 0 (at …)". */
export function parseReport(stdout: string): DeliveryReport {
  const match = /due (\d+), sent (\d+), paused (\d+), failed (\d+), skipped (\d+), recovered (\d+)/.exec(
    stdout,
  );
  if (!match) throw new Error(`no delivery report in: ${stdout}`);
  const [due, sent, paused, failed, skipped, recovered] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { due, sent, paused, failed, skipped, recovered };
}
