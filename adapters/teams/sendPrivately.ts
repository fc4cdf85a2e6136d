import type { Activity, ConversationParameters, TurnContext } from 'botbuilder';
import { tenantIdOf } from './inspectActivity.js';

/** Posts a message to the sender of the current activity in a 1:1 chat; rejects if Teams refuses. */
export type PrivateSender = (context: TurnContext, message: Partial<Activity>) => Promise<void>;

export function createPrivateSender(botAppId: string): PrivateSender {
  return async (context, message) => {
    const { activity, adapter } = context;
    // The turn's outbound audience (set by CloudAdapter from the inbound token) fits the new chat too.
    const audience: unknown = context.turnState.get(adapter.OAuthScopeKey);
    if (typeof audience !== 'string') throw new Error('no outbound audience on this turn');
    const tenantId = tenantIdOf(activity);
    const parameters: ConversationParameters = {
      isGroup: false,
      bot: activity.recipient,
      members: [activity.from],
      channelData: tenantId ? { tenant: { id: tenantId } } : {},
      ...(tenantId ? { tenantId } : {}),
    };
    await adapter.createConversationAsync(
      botAppId,
      activity.channelId,
      activity.serviceUrl,
      audience,
      parameters,
      async (privateContext) => {
        await privateContext.sendActivity(message);
      },
    );
  };
}
