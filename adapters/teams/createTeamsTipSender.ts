import { type Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
// Type only: botbuilder's own connector client, the one CloudAdapter puts in the turn state.
import type { ConnectorClient } from 'botframework-connector';
import { z } from 'zod';
import type { SendResult, TipSender } from '../../src/tips/deliverDueTips.js';
import type { Env } from '../server/config.js';
import { tipActivity } from './answerActivity.js';
import { credentials } from './createTeamsAdapter.js';
import { proactiveActivity, referenceOf } from './proactiveActivity.js';

const StoredTarget = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  tenantId: z.string().optional(),
  botId: z.string().min(1),
  conversationType: z.string().optional(),
  teamId: z.string().optional(),
});
/** The connector's RestError: the HTTP status and, in Teams' error body, a code like "BadArgument". */
const HttpFailure = z.looseObject({
  statusCode: z.number().int(),
  code: z.string().optional(),
  body: z.looseObject({ error: z.looseObject({ code: z.string() }).optional() }).optional(),
});
const NetworkFailure = z.looseObject({ code: z.string() });

/** Where Teams answers that the bot can no longer post (removed, conversation deleted): pause. */
const GONE_STATUS = new Set([403, 404]);

/** "Teams answered 400 BadArgument": the status and Teams' error code, never its message text. */
export function describeTeamsFailure(error: unknown): { status?: number; reason: string } {
  const failure = HttpFailure.safeParse(error);
  if (failure.success) {
    const code = failure.data.body?.error?.code ?? failure.data.code;
    const safeCode = code && /^[A-Za-z0-9_.-]{1,60}$/.test(code) ? ` ${code}` : '';
    return {
      status: failure.data.statusCode,
      reason: `Teams answered ${failure.data.statusCode}${safeCode}`,
    };
  }
  const network = NetworkFailure.safeParse(error);
  return { reason: network.success ? `request failed (${network.data.code})` : 'request failed' };
}

/** Posts weekly tips proactively as Adaptive Cards, through the conversation reference saved at subscribe time. */
export function createTeamsTipSender(config: Env): TipSender | undefined {
  if (!config.MicrosoftAppId && !config.TEAMS_ALLOW_UNAUTHENTICATED) return undefined;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(credentials(config)));
  const appId = config.MicrosoftAppId ?? '';

  return {
    async send(subscription, tip, { deliveryId }): Promise<SendResult> {
      const target = StoredTarget.safeParse(JSON.parse(subscription.target));
      if (!target.success) return { ok: false, gone: true, reason: 'stored Teams conversation is invalid' };
      const stored = target.data;
      try {
        await adapter.continueConversationAsync(appId, referenceOf(stored), async (context) => {
          // A new post, not a reply: context.sendActivity would reply to the continuation event's id.
          const client: ConnectorClient = context.turnState.get(context.adapter.ConnectorClientKey);
          await client.conversations.sendToConversation(
            stored.conversationId,
            // Tags the post with its delivery, as Slack posts carry it in their metadata.
            proactiveActivity(stored, tipActivity(tip), { stsDeliveryId: deliveryId }) as Activity,
          );
        });
        return { ok: true };
      } catch (error) {
        const { status, reason } = describeTeamsFailure(error);
        if (status !== undefined && GONE_STATUS.has(status)) {
          return { ok: false, gone: true, reason: `${reason}: the bot can no longer post here` };
        }
        return { ok: false, gone: false, reason };
      }
    },
  };
}
