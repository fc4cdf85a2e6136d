import { App, type AppOptions, type Authorize, type AuthorizeResult, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { createResponder } from '../../src/tips/createResponder.js';
import type { AdapterDeps, PlatformAdapter } from '../platform.js';
import type { Env } from '../server/config.js';
import { createBoltLogger } from './createBoltLogger.js';
import { limitBodySize } from './limitBodySize.js';
import { onBlockActions } from './listeners/onBlockActions.js';
import { onDirectMessage } from './listeners/onDirectMessage.js';
import { onHomeOpened } from './listeners/onHomeOpened.js';
import { onMention } from './listeners/onMention.js';
import { onSlashCommand } from './listeners/onSlashCommand.js';
import { readCatalog } from './readCatalog.js';
import { renderHomeView } from './renderHomeView.js';
import { createInFlight } from './trackInFlight.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/** Slack's own payloads are a few KiB; anything far larger is not from Slack. */
const MAX_BODY_BYTES = 64 * 1024;

export interface SlackAdapterOptions {
  /**
   * Web API retries. None by default: a post that timed out or got a 5xx may have gone out already,
   * and retrying it answers the person twice or three times (@slack/web-api retries for thirty minutes).
   */
  apiRetries?: number;
}

export interface SlackAdapter extends PlatformAdapter {
  /** Resolves when no listener work is running (Events API work continues after the ack). */
  idle(): Promise<void>;
}

/**
 * Resolves bot identity with one lazy auth.test, cached: Bolt's own `tokenVerificationEnabled: false`
 * path repeats auth.test on every event. A failed call is forgotten so the next event retries it, and
 * each caller gets a copy because Bolt writes request details into the result it is given.
 */
function cachedAuthorize(
  token: string,
  authTest: () => Promise<{ user_id?: string; bot_id?: string }>,
): Authorize<boolean> {
  let identity: Promise<AuthorizeResult> | undefined;
  return async () => {
    identity ??= authTest().then(
      (r) => ({ botToken: token, botUserId: r.user_id, botId: r.bot_id }),
      (err: unknown) => {
        identity = undefined;
        throw err;
      },
    );
    return { ...(await identity) };
  };
}

/**
 * The Slack platform adapter: a Bolt app answering slash commands, mentions, DMs, buttons and the
 * Home tab from the core. HTTP mode mounts POST /slack/events on the shared express app; with
 * SLACK_APP_TOKEN it uses Socket Mode instead and mounts nothing. Returns undefined when Slack is not
 * configured, so the server runs without it.
 */
export function createSlackAdapter(
  config: Env,
  deps: AdapterDeps,
  options: SlackAdapterOptions = {},
): SlackAdapter | undefined {
  const token = config.SLACK_BOT_TOKEN;
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  if (!token || (!socketMode && !config.SLACK_SIGNING_SECRET)) return undefined;

  const boltLogger = createBoltLogger(deps.logger);
  const router = express.Router();
  const retries = options.apiRetries ?? 0;
  const common: AppOptions = {
    logger: boltLogger,
    // Our listeners drop the bot's own and other bots' messages themselves (tested), in one place.
    ignoreSelf: false,
    convoStore: false,
    authorize: cachedAuthorize(token, () => app.client.auth.test({ token })),
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      retryConfig: { retries, factor: 2, minTimeout: 250, maxTimeout: 2000 },
      timeout: 10_000,
    },
  };

  let app: App;
  if (socketMode) {
    app = new App({ ...common, socketMode: true, appToken: config.SLACK_APP_TOKEN });
  } else {
    // The size check sits on the router before the receiver's route, so oversized bodies are never read.
    router.use(SLACK_EVENTS_PATH, limitBodySize(MAX_BODY_BYTES));
    const receiver = new ExpressReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET ?? '',
      endpoints: SLACK_EVENTS_PATH,
      router,
      logger: boltLogger,
      bodyLimit: MAX_BODY_BYTES,
      // Ack first, then post: Slack retries events not acked within 3 s, which would duplicate answers.
      processBeforeResponse: false,
    });
    app = new App({ ...common, receiver });
  }

  const inFlight = createInFlight();
  app.use(async ({ next }) => {
    await inFlight.track(next());
  });

  const catalog = readCatalog(deps.answer);
  const listenerDeps = {
    answer: deps.answer,
    logger: deps.logger,
    catalog,
    respond: createResponder(deps.answer, deps.tips),
  };
  onSlashCommand(app, listenerDeps);
  onMention(app, listenerDeps);
  onDirectMessage(app, listenerDeps);
  onBlockActions(app, listenerDeps);
  onHomeOpened(app, listenerDeps, renderHomeView(deps.answer, catalog));

  return {
    name: 'slack',
    mount(server) {
      if (!socketMode) server.use(router);
    },
    ...(socketMode
      ? {
          async start() {
            await app.start();
          },
        }
      : {}),
    async stop() {
      if (socketMode) await app.stop();
      await inFlight.idle();
    },
    idle: () => inFlight.idle(),
  };
}
