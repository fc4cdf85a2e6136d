import type { Activity, ConversationReference } from 'botbuilder';
import type { StoredConversation } from './conversationStore.js';

/**
 * References saved before conversationType was stored: Teams ids tell the kind apart ("19:…@thread.v2"
 * is a group chat, other "19:…" ids are channels, "a:…" and others are 1:1 chats).
 */
export function conversationTypeOf(stored: StoredConversation): string {
  if (stored.conversationType) return stored.conversationType;
  if (!stored.conversationId.startsWith('19:')) return 'personal';
  return stored.conversationId.endsWith('@thread.v2') ? 'groupChat' : 'channel';
}

/** What Teams reads from channelData: the tenant always, and for a channel the channel and its team. */
function channelDataOf(stored: StoredConversation, conversationType: string): Record<string, unknown> {
  return {
    ...(stored.tenantId ? { tenant: { id: stored.tenantId } } : {}),
    ...(conversationType === 'channel'
      ? {
          channel: { id: stored.conversationId },
          ...(stored.teamId ? { team: { id: stored.teamId } } : {}),
        }
      : {}),
  };
}

function conversationOf(stored: StoredConversation, conversationType: string) {
  return {
    id: stored.conversationId,
    conversationType,
    isGroup: conversationType !== 'personal',
    name: '',
    ...(stored.tenantId ? { tenantId: stored.tenantId } : {}),
  };
}

/** The reference continueConversation needs, shaped as the one Teams itself hands the bot. */
export function referenceOf(stored: StoredConversation): Partial<ConversationReference> {
  const conversationType = conversationTypeOf(stored);
  return {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    bot: { id: stored.botId, name: 'sts-bot' },
    conversation: conversationOf(stored, conversationType),
  };
}

/** A new top-level post (not a reply) to the stored conversation: the message plus Teams' fields. */
export function proactiveActivity(
  stored: StoredConversation,
  message: Partial<Activity>,
  extraChannelData: Record<string, unknown> = {},
): Partial<Activity> {
  const conversationType = conversationTypeOf(stored);
  return {
    ...message,
    from: { id: stored.botId, name: 'sts-bot' },
    conversation: conversationOf(stored, conversationType),
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    channelData: { ...channelDataOf(stored, conversationType), ...extraChannelData },
  };
}
