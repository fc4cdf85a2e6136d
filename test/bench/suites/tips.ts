import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../../adapters/server/config.js';
import { createSlackTipSender } from '../../../adapters/slack/createSlackTipSender.js';
import { openSqliteStore } from '../../../adapters/store/sqliteStore.js';
import { deliverDueTips, type TipSender } from '../../../src/tips/deliverDueTips.js';
import { answer, content } from '../../helpers/core.js';
import { startFakeSlackApi } from '../../slack/helpers/fakeSlackApi.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../slack/helpers/startSlackHarness.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

const SUBSCRIPTIONS = 10_000;
const CONCURRENCY = [8, 32];
/** Monday 30 Nov 2026, 09:00 in Los Angeles: every subscription below is due at this instant. */
const DUE = new Date('2026-11-30T17:00:00Z');
const RSS_SAMPLE_MS = 20;

/** One SQLite file with every subscription due at DUE, made once and copied for each run. */
async function seed(file: string): Promise<void> {
  const store = openSqliteStore(file);
  try {
    for (let i = 0; i < SUBSCRIPTIONS; i += 1) {
      const channel = `C${String(i).padStart(9, '0')}`;
      await store.saveSubscription(
        {
          platform: 'slack',
          channelKey: `T0BENCH001:${channel}`,
          target: JSON.stringify({ channel }),
          schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' },
        },
        new Date('2026-11-26T12:00:00Z'),
      );
    }
  } finally {
    await store.close();
  }
}

/** Delivers every due tip through createSlackTipSender to a fresh fake Slack API and measures it. */
async function run(seedFile: string, dir: string, concurrency: number): Promise<BenchResult> {
  const file = join(dir, `run-${concurrency}.sqlite`);
  copyFileSync(seedFile, file);
  const store = openSqliteStore(file);
  const api = await startFakeSlackApi();
  const config = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
  });
  const slack = createSlackTipSender(config, answer);
  if (!slack) throw new Error('Slack sender was not created');
  const sends: number[] = [];
  const timed: TipSender = {
    async send(subscription, tip, context) {
      const started = nowMs();
      const result = await slack.send(subscription, tip, context);
      sends.push(nowMs() - started);
      return result;
    },
  };

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);
  try {
    const started = nowMs();
    const report = await deliverDueTips({ store, content, senders: { slack: timed }, concurrency }, DUE);
    const totalMs = nowMs() - started;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const posted = new Set(api.calls('chat.postMessage').map((c) => c.body.channel));
    if (report.sent !== SUBSCRIPTIONS || posted.size !== SUBSCRIPTIONS) {
      throw new Error(`expected ${SUBSCRIPTIONS} tips, got ${JSON.stringify(report)}, ${posted.size} posted`);
    }
    return {
      suite: 'tips',
      case: `${SUBSCRIPTIONS.toLocaleString('en-US')} subscriptions due in one minute → chat.postMessage, concurrency ${concurrency}`,
      samples: report.sent,
      ...summarize(sends),
      perSecond: report.sent / (totalMs / 1000),
      totalMs,
      peakRssMb: peakRss / 1024 / 1024,
      target: 'all sent within the minute (< 60 000 ms)',
      note: 'p50/p99: one send; SQLite claim + mark per tip; fake Slack API in the same process',
    };
  } finally {
    clearInterval(sampler);
    await store.close();
    await api.close();
  }
}

/**
 * Weekly tips at their worst minute: every subscription due at once, delivered by deliverDueTips
 * (the scheduler's path) from a real SQLite file through the real Slack sender to the fake Slack API.
 */
export default async function tipsBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sts-tips-bench-'));
  try {
    const seedFile = join(dir, 'seed.sqlite');
    await seed(seedFile);
    const results: BenchResult[] = [];
    for (const concurrency of CONCURRENCY) results.push(await run(seedFile, dir, concurrency));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
