import { type Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { StoredConversation } from './conversationStore.js';

const TeamsChannelData = z.looseObject({
  tenant: z.looseObject({ id: z.string() }).optional(),
  team: z.looseObject({ id: z.string() }).optional(),
});

/** Channels and group chats are seen by others: answer only when mentioned, keep crisis answers out. */
export function isSharedConversation(activity: Activity): boolean {
  const { conversationType, isGroup } = activity.conversation ?? {};
  return conversationType === 'channel' || conversationType === 'groupChat' || isGroup === true;
}

/** The bot's own echoes and other bots (ids starting 28: in Teams) must never trigger an answer. */
export function isFromBot(activity: Activity): boolean {
  const from = activity.from;
  if (!from) return false;
  return from.id === activity.recipient?.id || from.role === 'bot' || from.id.startsWith('28:');
}

export function mentionsRecipient(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

export function tenantIdOf(activity: Activity): string | undefined {
  const channelData = TeamsChannelData.safeParse(activity.channelData);
  return activity.conversation?.tenantId ?? (channelData.success ? channelData.data.tenant?.id : undefined);
}

/** A channel thread's id ends in ";messageid=…"; the conversation itself is what we post to later. */
export function conversationKey(activity: Activity): string {
  return (activity.conversation?.id ?? '').split(';')[0] ?? '';
}

export function storedConversationOf(activity: Activity): StoredConversation {
  const tenantId = tenantIdOf(activity);
  const channelData = TeamsChannelData.safeParse(activity.channelData);
  const teamId = channelData.success ? channelData.data.team?.id : undefined;
  const conversationType = activity.conversation?.conversationType;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversationId: conversationKey(activity),
    botId: activity.recipient.id,
    ...(tenantId ? { tenantId } : {}),
    ...(conversationType ? { conversationType } : {}),
    ...(teamId ? { teamId } : {}),
  };
}
