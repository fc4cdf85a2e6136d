import type { App } from '@slack/bolt';
import { logOutcome } from '../logOutcome.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { ChannelMessage, EditedMessage } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

/** A message with a file is still a message someone typed; it must not go unanswered. */
const ANSWERED_SUBTYPES = new Set(['file_share']);

interface DirectQuestion {
  user: string;
  text: string;
  channel: string;
  threadTs?: string;
}

/**
 * What in a DM event is a person's question: a plain message, one sent with a file, or an edit
 * whose text changed (someone who rewrites "i'm fine" into something heavier must get an answer).
 * Everything else (deletions, joins, bot messages, the bot itself) is ignored, which is also what
 * keeps two bots from answering each other forever.
 */
function directQuestion(event: unknown, botUserId: string | undefined): DirectQuestion | string {
  const edited = EditedMessage.safeParse(event);
  if (edited.success) {
    const { message, previous_message: previous } = edited.data;
    if (edited.data.channel_type !== 'im') return 'not a DM';
    if (message.bot_id || !message.user || message.user === botUserId) return 'not from a person';
    if (previous && previous.text === message.text) return 'text unchanged';
    return {
      user: message.user,
      text: message.text,
      channel: edited.data.channel,
      ...(message.thread_ts ? { threadTs: message.thread_ts } : {}),
    };
  }
  const parsed = ChannelMessage.safeParse(event);
  if (!parsed.success) return 'invalid payload';
  const message = parsed.data;
  if (message.channel_type !== 'im') return 'not a DM';
  if ((message.subtype && !ANSWERED_SUBTYPES.has(message.subtype)) || message.bot_id)
    return 'not from a person';
  if (!message.user || message.user === botUserId) return 'not from a person';
  return {
    user: message.user,
    text: message.text,
    channel: message.channel,
    ...(message.thread_ts ? { threadTs: message.thread_ts } : {}),
  };
}

/** A message in the bot's DM (message.im) is a question; the answer goes back into the DM. */
export function onDirectMessage(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, context, client }) =>
    logOutcome(deps.logger, 'message.im', async () => {
      const question = directQuestion(event, context.botUserId);
      if (typeof question === 'string') return { status: 'ignored', reason: question };
      const answer = deps.answer(questionFromSlackText(question.text), {
        conversation: `slack:${context.teamId ?? ''}:${question.channel}:${question.threadTs ?? 'dm'}`,
      });
      await client.chat.postMessage({
        channel: question.channel,
        ...(question.threadTs ? { thread_ts: question.threadTs } : {}),
        unfurl_links: false,
        unfurl_media: false,
        ...renderSlackMessage(answer, { moreLink: deps.catalog.topicLink, details: true }),
      });
      return { status: 'answered', intent: answer.intent };
    }),
  );
}
