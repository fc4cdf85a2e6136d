import { createAnswerer } from '../../src/answer/answer.js';
import { ContentError, loadContent } from '../../src/content/loadContent.js';
import { deliverDueTips, type TipSender } from '../../src/tips/deliverDueTips.js';
import { formatTime, nextOccurrence, WEEKDAY_NAMES } from '../../src/tips/schedule.js';
import { type Platform, StoreFault } from '../../src/tips/store.js';
import { ConfigError, loadDotEnv, readConfig, slackConfigured, teamsConfigured } from './config.js';
import { lazySender } from './lazySender.js';
import { openStore } from './openStore.js';

const USAGE = `Usage:
  npm run tips -- list                     subscriptions, state and next due time
  npm run tips -- run-due [--now ISO-8601] deliver what is due at that instant, then exit`;

/** Operator commands for weekly tips, with the server's configuration and the scheduler's code path. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'list' && command !== 'run-due') {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  let now = new Date();
  const nowIndex = rest.indexOf('--now');
  if (nowIndex >= 0) {
    now = new Date(rest[nowIndex + 1] ?? '');
    if (Number.isNaN(now.getTime())) {
      process.stderr.write(`--now needs an ISO-8601 instant, e.g. --now 2026-11-30T17:00:00Z\n`);
      return 2;
    }
  }
  loadDotEnv();
  const config = readConfig();
  const { store } = await openStore(config);
  try {
    if (command === 'list') {
      const subscriptions = await store.listSubscriptions();
      if (subscriptions.length === 0) process.stdout.write('No subscriptions.\n');
      for (const s of subscriptions) {
        const when = `${WEEKDAY_NAMES[s.schedule.weekday - 1]} ${formatTime(s.schedule)} ${s.schedule.timeZone}`;
        const state = s.status === 'paused' ? `paused (${s.pausedReason ?? 'no reason'})` : 'active';
        const next = s.status === 'active' ? nextOccurrence(s.schedule, now).toISOString() : '-';
        process.stdout.write(
          `${s.id}\t${s.platform}\t${s.channelKey}\t${when}\t${state}\tnext ${next}\ttips sent ${s.tipCursor}\n`,
        );
      }
      return 0;
    }
    const content = loadContent(config.CONTENT_DIR);
    // Only configured platforms get a sender, and each loads its SDK (and Slack the answerer, for
    // its catalog link) on the first tip it sends: with nothing due, none of that is loaded.
    const senders: Partial<Record<Platform, TipSender>> = {};
    if (slackConfigured(config))
      senders.slack = lazySender(async () =>
        (await import('../slack/createSlackTipSender.js')).createSlackTipSender(
          config,
          createAnswerer(content, { random: Math.random }),
        ),
      );
    if (teamsConfigured(config))
      senders.teams = lazySender(async () =>
        (await import('../teams/createTeamsTipSender.js')).createTeamsTipSender(config),
      );
    const report = await deliverDueTips(
      {
        store,
        content,
        senders,
        leaseMs: config.TIPS_LEASE_SECONDS * 1000,
        ...(config.EAP_TEXT ? { eapText: config.EAP_TEXT } : {}),
      },
      now,
    );
    process.stdout.write(
      `due ${report.due}, sent ${report.sent}, paused ${report.paused}, failed ${report.failed}, skipped ${report.skipped}, recovered ${report.recovered} (at ${now.toISOString()})\n`,
    );
    return report.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof ContentError || err instanceof StoreFault;
    process.stderr.write(`${known ? (err as Error).message : String(err)}\n`);
    process.exitCode = 1;
  },
);
