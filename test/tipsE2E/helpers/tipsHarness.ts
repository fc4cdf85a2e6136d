import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/startApp.js';
import type { DeliveryReport } from '../../../src/tips/deliverDueTips.js';
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from '../../slack/helpers/fakeSlackApi.js';
import { messageText } from '../../slack/helpers/messageText.js';
import { slackSignatureHeaders } from '../../slack/helpers/signSlackRequest.js';
import { FORM, slashCommand } from '../../slack/helpers/slackPayloads.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../slack/helpers/startSlackHarness.js';
import { cardErrors, cardsOf, visibleText } from '../../teams/helpers/cards.js';
import { FakeConnector, type PostedActivity } from '../../teams/helpers/fakeConnector.js';

/** The zone the fake users.info reports for whoever runs /sts tips. */
const SLACK_USER_TZ = 'America/Los_Angeles';
/** TIPS_DEFAULT_TZ, for Teams messages that carry no localTimezone. */
const DEFAULT_TZ = 'America/New_York';

export interface TipsHarness {
  /** The SQLite file the server creates under DATA_DIR. */
  dbFile: string;
  slackApi: FakeSlackApi;
  connector: FakeConnector;
  /** The server's clock: tests move it, the scheduler and the tips commands read it. */
  clock: { now: Date };
  /** The app started first; `startAnother` adds more on the same DATA_DIR. */
  app: RunningApp;
  /** The environment the server was started with, for the operator CLI. */
  env: Record<string, string>;
  logs: string[];
  /** The visible "<@user> turned on weekly tips…" posts, kept apart from the tips themselves. */
  notices: RecordedCall[];
  startAnother(): Promise<RunningApp>;
  /** `/sts <text>` signed as Slack signs it; resolves with the text of the reply at the response URL. */
  slash(text: string, channel?: string): Promise<string>;
  /** Posts an activity to /api/messages; resolves with what the bot posted in that turn. */
  teams(activity: Record<string, unknown>): Promise<PostedActivity[]>;
  /** Sets the clock and runs one scheduler pass of `app` (the first app by default). */
  tick(at: string | Date, app?: RunningApp): Promise<DeliveryReport>;
  /** chat.postMessage calls Slack accepted. */
  slackPosts(): RecordedCall[];
  /**
   * Activities posted to exactly this conversation. Tips go to the channel itself (a new post), while
   * replies to commands go to the asker's thread ("<channel>;messageid=<root>").
   */
  teamsPosts(conversationId: string): PostedActivity[];
  /** Every row of every table in the database file, for privacy checks. */
  dumpDatabase(): Record<string, Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * The whole bot as `npm start` builds it (startApp: Slack and Teams adapters, scheduler, SQLite store
 * in a temp DATA_DIR) on loopback, talking to the fake Slack API and the fake Bot Framework connector.
 * The scheduler never ticks by itself during a test (hourly interval); tests drive it with `tick`.
 */
export async function startTipsHarness(start: string | Date): Promise<TipsHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sts-tips-e2e-'));
  const slackApi = await startFakeSlackApi({ userTimeZone: SLACK_USER_TZ });
  const connector = await FakeConnector.start();
  const clock = { now: new Date(start) };
  const logs: string[] = [];
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: slackApi.apiUrl,
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    TIPS_DEFAULT_TZ: DEFAULT_TZ,
    TIPS_INTERVAL_SECONDS: '3600',
  };
  const apps: RunningApp[] = [];
  const startAnother = async () => {
    const app = await startApp({
      env,
      now: () => clock.now,
      logDestination: { write: (line: string) => logs.push(line) },
    });
    apps.push(app);
    // The pass startScheduler runs at start-up, so a test's own ticks never overlap it.
    await app.scheduler?.tick();
    return app;
  };
  const app = await startAnother();

  let responses = 0;
  const notices: RecordedCall[] = [];
  const dbFile = join(dataDir, 'sts-bot.sqlite');
  return {
    dbFile,
    slackApi,
    connector,
    clock,
    app,
    env,
    logs,
    notices,
    startAnother,
    async slash(text, channel) {
      const form = new URLSearchParams(slashCommand(text, slackApi.responseUrl(`cmd-${responses}`)));
      if (channel) form.set('channel_id', channel);
      const body = form.toString();
      const res = await fetch(`http://127.0.0.1:${app.port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': FORM, ...slackSignatureHeaders(SIGNING_SECRET, body) },
        body,
      });
      // Tips commands ack with an empty body and answer at the response URL.
      if (res.status !== 200 || (await res.text()) !== '') throw new Error(`unexpected ack ${res.status}`);
      responses += 1;
      const posted = (await slackApi.waitFor('response_url', responses))[responses - 1];
      if (!posted) throw new Error('no reply at the response URL');
      // The channel notice is posted before the reply, so it is recorded by now.
      notices.push(...slackApi.take('chat.postMessage', (c) => String(c.body.text).startsWith('<@')));
      return messageText(posted.body);
    },
    async teams(activity) {
      const before = connector.posted.length;
      const res = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (res.status !== 200) throw new Error(`Teams turn answered ${res.status}`);
      return connector.posted.slice(before);
    },
    async tick(at, on = app) {
      clock.now = new Date(at);
      const report = await on.scheduler?.tick();
      if (!report) throw new Error('the scheduler did not run');
      return report;
    },
    slackPosts: () => slackApi.calls('chat.postMessage').filter((c) => !c.failed),
    teamsPosts: (conversationId) => connector.posted.filter((p) => p.conversationId === conversationId),
    dumpDatabase() {
      const db = new Database(dbFile, { readonly: true });
      try {
        const tables = db
          .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          .all();
        return Object.fromEntries(
          tables.map(({ name }) => [
            name,
            db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`).all(),
          ]),
        );
      } finally {
        db.close();
      }
    },
    async close() {
      for (const running of apps) await running.stop();
      await slackApi.close();
      await connector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a person sees in the Teams activities the bot posted. */
export function teamsText(posted: PostedActivity[]): string {
  return posted.map((p) => visibleText(p.activity)).join('\n');
}

/** The raw bytes of the database and its WAL, for checks that nothing personal was ever written. */
export function databaseBytes(dbFile: string): string {
  return [dbFile, `${dbFile}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}

/** After each test: every card the bot sent is a valid Adaptive Card, nothing unexpected hit the connector. */
export async function closeChecked(h: TipsHarness): Promise<void> {
  for (const posted of h.connector.posted) {
    for (const card of cardsOf(posted.activity)) expect(cardErrors(card)).toEqual([]);
  }
  expect(h.connector.unexpected).toEqual([]);
  await h.close();
}
