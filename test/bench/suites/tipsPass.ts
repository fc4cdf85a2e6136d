import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../../adapters/store/sqliteStore.js';
import { deliverDueTips, type TipSender } from '../../../src/tips/deliverDueTips.js';
import { firstDue, type WeeklySchedule } from '../../../src/tips/schedule.js';
import { content } from '../../helpers/core.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

const SUBSCRIPTIONS = 100_000;
const DUE_NOW = 100;
const SAMPLES = 30;
/** Monday 30 Nov 2026, 09:00 in Los Angeles. */
const DUE = new Date('2026-11-30T17:00:00Z');
const SAVED = new Date('2026-11-26T12:00:00Z');

/**
 * 100,000 subscriptions, 100 of them due at DUE and the rest on Wednesdays. The store creates the
 * schema; the rows go in with one transaction (100,000 store calls would be 100,000 commits), with
 * next_due_at from the same function the store uses.
 */
async function seed(file: string): Promise<void> {
  await openSqliteStore(file).close();
  const db = new Database(file);
  const insert = db.prepare(
    `INSERT INTO subscriptions (platform, channel_key, target, weekday, hour, minute, time_zone, created_at, next_due_at)
     VALUES ('slack', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < SUBSCRIPTIONS; i += 1) {
      const channel = `C${String(i).padStart(9, '0')}`;
      const schedule: WeeklySchedule =
        i % (SUBSCRIPTIONS / DUE_NOW) === 0
          ? { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' }
          : { weekday: 3, hour: 10, minute: i % 60, timeZone: 'Europe/Berlin' };
      insert.run(
        `T0BENCH001:${channel}`,
        JSON.stringify({ channel }),
        schedule.weekday,
        schedule.hour,
        schedule.minute,
        schedule.timeZone,
        SAVED.toISOString(),
        firstDue(schedule, SAVED).getTime(),
      );
    }
  })();
  db.close();
}

/** Answers at once: this measures the pass itself, not Slack. */
const instant: TipSender = {
  async send() {
    return { ok: true };
  },
};

/**
 * What one scheduler pass costs when few of many subscriptions are due: the read of due rows (the
 * pass's fixed cost, every 30 s) and a whole pass that claims, "sends" and marks the 100 due.
 */
export default async function tipsPassBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sts-pass-bench-'));
  try {
    const seedFile = join(dir, 'seed.sqlite');
    await seed(seedFile);
    const store = openSqliteStore(seedFile);
    const reads: number[] = [];
    for (let n = 0; n < SAMPLES; n += 1) {
      const started = nowMs();
      const due = await store.listDue(DUE);
      reads.push(nowMs() - started);
      if (due.length !== DUE_NOW) throw new Error(`expected ${DUE_NOW} due, read ${due.length}`);
    }
    // What each pass read before next_due_at: every subscription, each schedule then worked out in JS.
    const everything: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const started = nowMs();
      await store.listSubscriptions();
      everything.push(nowMs() - started);
    }
    await store.close();

    const passes: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const file = join(dir, `pass-${n}.sqlite`);
      copyFileSync(seedFile, file);
      const copy = openSqliteStore(file);
      const started = nowMs();
      const report = await deliverDueTips({ store: copy, content, senders: { slack: instant } }, DUE);
      passes.push(nowMs() - started);
      await copy.close();
      if (report.sent !== DUE_NOW) throw new Error(`expected ${DUE_NOW} sent, got ${JSON.stringify(report)}`);
    }
    return [
      {
        suite: 'tips',
        case: `read the due rows: ${DUE_NOW} due of ${SUBSCRIPTIONS.toLocaleString('en-US')} subscriptions (SQLite)`,
        samples: SAMPLES,
        ...summarize(reads),
        target: '< 50 ms',
        note: 'store.listDue through the next_due_at index',
      },
      {
        suite: 'tips',
        case: `read every subscription (the pass before next_due_at): ${SUBSCRIPTIONS.toLocaleString('en-US')}`,
        samples: everything.length,
        ...summarize(everything),
        note: 'store.listSubscriptions, for comparison',
      },
      {
        suite: 'tips',
        case: `one pass: ${DUE_NOW} due of ${SUBSCRIPTIONS.toLocaleString('en-US')}, claimed, sent (instant sender) and marked`,
        samples: passes.length,
        ...summarize(passes),
        target: '< 50 ms for the read; claims and marks add per tip',
        note: 'deliverDueTips on a copy of the seeded file each time',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
