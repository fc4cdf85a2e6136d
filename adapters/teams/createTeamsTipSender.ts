import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
// Type only: botbuilder's own connector client, the one CloudAdapter puts in the turn state.
import type { ConnectorClient } from 'botframework-connector';
import { z } from 'zod';
import type { SendResult, TipSender } from '../../src/tips/deliverDueTips.js';
import type { Env } from '../server/config.js';
import { answerActivity } from './answerActivity.js';
import { credentials } from './createTeamsAdapter.js';

const StoredTarget = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  tenantId: z.string().optional(),
  botId: z.string().min(1),
});
const HttpFailure = z.looseObject({ statusCode: z.number().int() });

/** Where Teams answers that the bot can no longer post (removed, conversation deleted): pause. */
const GONE_STATUS = new Set([403, 404]);

/** Posts weekly tips proactively as Adaptive Cards, through the conversation reference saved at subscribe time. */
export function createTeamsTipSender(config: Env): TipSender | undefined {
  if (!config.MicrosoftAppId && !config.TEAMS_ALLOW_UNAUTHENTICATED) return undefined;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(credentials(config)));
  const appId = config.MicrosoftAppId ?? '';

  return {
    async send(subscription, tip, { deliveryId }): Promise<SendResult> {
      const target = StoredTarget.safeParse(JSON.parse(subscription.target));
      if (!target.success) return { ok: false, gone: true, reason: 'stored Teams conversation is invalid' };
      const { channelId, serviceUrl, conversationId, tenantId, botId } = target.data;
      const reference: Partial<ConversationReference> = {
        channelId,
        serviceUrl,
        bot: { id: botId, name: 'sts-bot' },
        conversation: {
          id: conversationId,
          isGroup: true,
          conversationType: '',
          name: '',
          ...(tenantId ? { tenantId } : {}),
        },
      };
      try {
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          // A new post, not a reply: context.sendActivity would reply to the continuation event's id.
          const client: ConnectorClient = context.turnState.get(context.adapter.ConnectorClientKey);
          const activity: Partial<Activity> = {
            ...answerActivity(tip),
            from: { id: botId, name: 'sts-bot' },
            conversation: { id: conversationId, isGroup: true, conversationType: '', name: '' },
            channelId,
            serviceUrl,
            // Tags the post with its delivery, as Slack posts carry it in their metadata.
            channelData: { ...(tenantId ? { tenant: { id: tenantId } } : {}), stsDeliveryId: deliveryId },
          };
          await client.conversations.sendToConversation(conversationId, activity as Activity);
        });
        return { ok: true };
      } catch (error) {
        const failure = HttpFailure.safeParse(error);
        if (failure.success && GONE_STATUS.has(failure.data.statusCode)) {
          return {
            ok: false,
            gone: true,
            reason: `Teams answered ${failure.data.statusCode}: the bot can no longer post here`,
          };
        }
        return {
          ok: false,
          gone: false,
          reason: failure.success ? `Teams answered ${failure.data.statusCode}` : 'request failed',
        };
      }
    },
  };
}
