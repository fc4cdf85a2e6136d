import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { z } from 'zod';
import { createResponder } from '../../src/tips/createResponder.js';
import type { AdapterDeps, PlatformAdapter } from '../platform.js';
import type { Env } from '../server/config.js';
import type { Logger } from '../server/logger.js';
import { textActivity } from './answerActivity.js';
import type { ConversationStore } from './conversationStore.js';
import { describeError } from './describeError.js';
import { createProgramDirectory } from './programDirectory.js';
import { createProgramSearch } from './searchPrograms.js';
import { createPrivateSender } from './sendPrivately.js';
import { INTENT_KEY, TeamsBot } from './TeamsBot.js';

const TEAMS_ROUTE = '/api/messages';
/** Teams activities are a few KB; the cap stops memory abuse before authentication runs. */
const MAX_ACTIVITY_SIZE = '256kb';
const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

const InboundActivity = z.looseObject({ type: z.string().min(1) });
const HttpError = z.looseObject({ status: z.number().int().min(400).max(499) });

export function credentials(config: Env) {
  return {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppId ? (config.MicrosoftAppType ?? '') : '',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
}

function reportTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const intent: unknown = context.turnState.get(INTENT_KEY);
    logger.error(
      {
        err: describeError(error),
        activityType: context.activity.type,
        ...(typeof intent === 'string' ? { intent } : {}),
      },
      'teams turn failed',
    );
    // Only a message has a person waiting for a reply; invokes get the SDK's error status instead.
    if (context.activity.type !== ActivityTypes.Message) return;
    try {
      await context.sendActivity(textActivity(APOLOGY));
    } catch (sendError) {
      logger.error({ err: describeError(sendError) }, 'teams apology failed');
    }
  };
}

/**
 * The Teams bot on POST /api/messages, or undefined when Teams is not configured. Without
 * MicrosoftAppId the endpoint would accept anyone, so that needs TEAMS_ALLOW_UNAUTHENTICATED=true.
 */
export function createTeamsAdapter(
  config: Env,
  deps: AdapterDeps & { conversations: ConversationStore },
): PlatformAdapter | undefined {
  const { logger } = deps;
  if (!config.MicrosoftAppId && !config.TEAMS_ALLOW_UNAUTHENTICATED) {
    logger.info('Teams is off: set MicrosoftAppId and MicrosoftAppPassword to enable it');
    return undefined;
  }
  if (!config.MicrosoftAppId) {
    logger.warn(
      `TEAMS_ALLOW_UNAUTHENTICATED is on and MicrosoftAppId is empty: ${TEAMS_ROUTE} accepts requests from ANYONE without a token. Use this only for local testing, never on a reachable host.`,
    );
  }

  const cloudAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(credentials(config)));
  cloudAdapter.onTurnError = reportTurnError(logger);
  const programs = createProgramDirectory(deps.answer);
  const bot = new TeamsBot({
    answer: deps.answer,
    logger,
    conversations: deps.conversations,
    programs,
    search: createProgramSearch(deps.answer, programs),
    sendPrivately: createPrivateSender(config.MicrosoftAppId ?? ''),
    respond: createResponder(deps.answer, deps.tips),
  });

  const handle: RequestHandler = async (req, res) => {
    if (!InboundActivity.safeParse(req.body).success) {
      res.status(400).json({ error: 'expected a Bot Framework activity (JSON with a type)' });
      return;
    }
    await cloudAdapter.process(req, res, (context) => bot.run(context));
  };

  const rejectBody: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const clientError = HttpError.safeParse(error);
    const status = clientError.success ? clientError.data.status : 500;
    if (status === 500) logger.error({ err: describeError(error) }, 'teams request failed');
    res.status(status).json({ error: status === 413 ? 'request too large' : 'request rejected' });
  };

  return {
    name: 'teams',
    mount(app) {
      app.post(TEAMS_ROUTE, express.json({ limit: MAX_ACTIVITY_SIZE }), handle, rejectBody);
    },
    async stop() {
      // Nothing to close: turns finish inside their HTTP requests, which the server drains.
    },
  };
}
