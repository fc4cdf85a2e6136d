import { z } from 'zod';

/**
 * The parts of Slack's payloads the listeners rely on, checked at the edge. Bolt's TypeScript types
 * describe what Slack should send; these schemas make sure it did before we use a field.
 */
const SlackId = z.string().regex(/^[A-Z0-9]{2,40}$/);

/** A user id we may put in `<@...>`: U or W followed by upper-case letters and digits. */
export const UserId = z.string().regex(/^[UW][A-Z0-9]{1,40}$/);

export const SlashCommand = z.object({
  text: z.string().default(''),
  team_id: z.string().optional(),
  channel_id: SlackId.optional(),
  user_id: UserId.optional(),
});

/** Fields every message-like event shares; the bot and edit checks read them. */
const MessageFields = {
  user: SlackId.optional(),
  text: z.string().default(''),
  channel: SlackId,
  ts: z.string().min(1),
  thread_ts: z.string().min(1).optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
};

export const AppMention = z.object({ type: z.literal('app_mention'), ...MessageFields });

export const ChannelMessage = z.object({
  type: z.literal('message'),
  channel_type: z.string().optional(),
  ...MessageFields,
});

/** A DM edited after it was sent: the new text is in `message`, the old one in `previous_message`. */
export const EditedMessage = z.object({
  type: z.literal('message'),
  subtype: z.literal('message_changed'),
  channel: SlackId,
  channel_type: z.string().optional(),
  message: z.object({
    user: SlackId.optional(),
    text: z.string().default(''),
    thread_ts: z.string().min(1).optional(),
    bot_id: z.string().optional(),
  }),
  previous_message: z.object({ text: z.string().default('') }).optional(),
});

export const HomeOpened = z.object({
  type: z.literal('app_home_opened'),
  user: UserId,
  tab: z.string().optional(),
});

export const BlockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: UserId }),
  response_url: z.string().url().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
