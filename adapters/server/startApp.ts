import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { pino } from 'pino';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadContent, projectRoot } from '../../src/content/loadContent.js';
import { createConversationMemory } from '../../src/conversation/conversationMemory.js';
import type { TipSender } from '../../src/tips/deliverDueTips.js';
import { type Scheduler, startScheduler } from '../../src/tips/startScheduler.js';
import type { Platform, TipsStore } from '../../src/tips/store.js';
import type { PlatformAdapter } from '../platform.js';
import { readCatalog } from '../slack/readCatalog.js';
import { renderSlackMessage } from '../slack/renderSlackBlocks.js';
import { renderAdaptiveCard } from '../teams/renderAdaptiveCard.js';
import { conversationsInStore } from '../teams/storedConversations.js';
import { createTryPage } from '../web/createTryPage.js';
import { type Env, readConfig, slackConfigured, teamsConfigured } from './config.js';
import { createLimitedServer, createServer } from './createServer.js';
import { createLogger, describeFailure, type Logger, routeConsoleToLogger } from './logger.js';
import { openStore } from './openStore.js';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  logDestination?: pino.DestinationStream;
  now?: () => Date;
  /** Turns libraries' console output into log lines (main does this; tests keep their console). */
  routeConsole?: boolean;
}

export interface RunningApp {
  config: Env;
  logger: Logger;
  server: Server;
  port: number;
  store: TipsStore;
  scheduler: Scheduler | undefined;
  /** Stops accepting, finishes requests and deliveries in flight, closes the database. */
  stop(): Promise<void>;
}

function appVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

/**
 * The readiness state of the store: "ok", "fault" (the database cannot do its job: corrupted,
 * read-only, deleted) or "unreachable". Each change is logged once, a fault with its cause and fix.
 */
function storeCheck(store: TipsStore, logger: Logger): () => Promise<string> {
  let last = 'ok';
  return async () => {
    let state = 'ok';
    let failure: Record<string, string> = {};
    try {
      await store.ping();
    } catch (error) {
      failure = describeFailure(error);
      state = failure.err === 'StoreFault' ? 'fault' : 'unreachable';
    }
    if (state !== last) {
      if (state === 'ok') logger.info('database is back: ready');
      else logger.error({ ...failure, readiness: state }, 'database cannot store subscriptions: not ready');
      last = state;
    }
    return state;
  };
}

/** Builds and starts the whole bot from the environment: the composition root. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const config = readConfig(options.env ?? process.env);
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  if (options.routeConsole) routeConsoleToLogger(logger);
  const now = options.now ?? (() => new Date());
  const content = loadContent(config.CONTENT_DIR);
  const answer = createAnswerer(content, {
    random: Math.random,
    memory: createConversationMemory({ now: () => now().getTime() }),
    ...(config.EAP_TEXT ? { eapText: config.EAP_TEXT } : {}),
  });
  const { store, kind } = await openStore(config);
  const checkStore = storeCheck(store, logger);
  await checkStore();
  const tips = {
    store,
    defaultTimeZone: config.TIPS_DEFAULT_TZ,
    now,
    onError: (error: unknown) => logger.error(describeFailure(error), 'tips command could not be saved'),
  };

  // Each platform's SDK is imported only when that platform is configured.
  const slack = slackConfigured(config)
    ? (await import('../slack/createSlackAdapter.js')).createSlackAdapter(config, { answer, logger, tips })
    : undefined;
  const teams = teamsConfigured(config)
    ? (await import('../teams/createTeamsAdapter.js')).createTeamsAdapter(config, {
        answer,
        logger,
        tips,
        conversations: conversationsInStore(store, now),
      })
    : undefined;
  if (!teamsConfigured(config))
    logger.info('Teams is off: set MicrosoftAppId and MicrosoftAppPassword to enable it');
  if (!slack)
    logger.info(
      'Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_APP_TOKEN) to enable it',
    );
  const adapters: PlatformAdapter[] = [slack, teams].filter(
    (a): a is NonNullable<typeof a> => a !== undefined,
  );

  if (adapters.length === 0 || config.TRY_PAGE) {
    const { topicLink } = readCatalog(answer);
    adapters.push(
      createTryPage({
        answer,
        logger,
        previews: {
          slack: (a) => renderSlackMessage(a, { moreLink: topicLink, details: true }),
          teams: (a) => renderAdaptiveCard(a),
        },
      }),
    );
  }

  const senders: Partial<Record<Platform, TipSender>> = {};
  const slackSender = slackConfigured(config)
    ? (await import('../slack/createSlackTipSender.js')).createSlackTipSender(config, answer)
    : undefined;
  const teamsSender = teamsConfigured(config)
    ? (await import('../teams/createTeamsTipSender.js')).createTeamsTipSender(config)
    : undefined;
  if (slackSender) senders.slack = slackSender;
  if (teamsSender) senders.teams = teamsSender;
  const scheduler =
    Object.keys(senders).length > 0
      ? startScheduler({
          store,
          content,
          senders,
          ...(config.EAP_TEXT ? { eapText: config.EAP_TEXT } : {}),
          now,
          clock: now,
          leaseMs: config.TIPS_LEASE_SECONDS * 1000,
          intervalMs: config.TIPS_INTERVAL_SECONDS * 1000,
          onReport: (r) => {
            if (r.due > 0) logger.info({ ...r }, 'weekly tips');
          },
          onError: (error) => logger.error(describeFailure(error), 'weekly tips failed'),
        })
      : undefined;

  const version = appVersion();
  const app = createServer({
    logger,
    adapters,
    version,
    readiness: async () => ({
      content: content.programs.length > 0 ? 'ok' : 'no programs',
      database: await checkStore(),
      slack: slack ? 'ok' : 'off',
      teams: teams ? 'ok' : 'off',
      tips: scheduler ? 'ok' : 'off',
    }),
  });

  const server = createLimitedServer(app);
  server.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  for (const adapter of adapters) await adapter.start?.();
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { port, version, programs: content.programs.length, store: kind, platforms: adapters.map((a) => a.name) },
    'sts-bot listening',
  );

  let stopping: Promise<void> | undefined;
  return {
    config,
    logger,
    server,
    port,
    store,
    scheduler,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.all([closed, scheduler?.stop()]);
        await Promise.all(adapters.map((a) => a.stop()));
        await store.close();
        logger.info('sts-bot stopped');
      })();
      return stopping;
    },
  };
}
