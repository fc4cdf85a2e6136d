import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';

/** Slackbot's user id: its DMs are notices ("archived the channel"), never questions. */
const SLACKBOT = 'USLACKBOT';

/** Message subtypes Slack itself writes about a conversation; none of them is someone asking. */
const SYSTEM_SUBTYPES = new Set([
  'bot_message',
  'channel_join',
  'channel_leave',
  'channel_archive',
  'channel_unarchive',
  'channel_name',
  'channel_topic',
  'channel_purpose',
  'channel_convert_to_private',
  'channel_convert_to_public',
  'group_join',
  'group_leave',
  'group_archive',
  'group_unarchive',
  'group_name',
  'group_topic',
  'group_purpose',
  'pinned_item',
  'unpinned_item',
  'reminder_add',
  'ekm_access_denied',
  'sh_room_created',
  'tombstone',
  'joiner_notification',
  'slackbot_response',
]);

const MessageEvent = z.looseObject({
  type: z.enum(['message', 'app_mention']),
  user: z.string().optional(),
  subtype: z.string().optional(),
});

/** Drops messages from Slackbot and Slack's system messages before any listener sees them. */
export const ignoreSystemMessages: Middleware<AnyMiddlewareArgs> = async (args) => {
  const event = 'event' in args ? MessageEvent.safeParse(args.event) : undefined;
  if (event?.success) {
    const { user, subtype } = event.data;
    if (user === SLACKBOT || (subtype !== undefined && SYSTEM_SUBTYPES.has(subtype))) return;
  }
  await args.next();
};
