import type { App } from '@slack/bolt';
import { logOutcome } from '../logOutcome.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { ChannelMessage } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

/**
 * A message in the bot's DM (message.im) is a question; the answer goes back into the DM. Only plain
 * messages from people count: any subtype (edits, deletions, joins, bot_message), any bot and the bot
 * itself are ignored, which is what keeps two bots from answering each other forever.
 */
export function onDirectMessage(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, context, client }) =>
    logOutcome(deps.logger, 'message.im', async () => {
      const parsed = ChannelMessage.safeParse(event);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      const message = parsed.data;
      if (message.channel_type !== 'im') return { status: 'ignored', reason: 'not a DM' };
      if (message.subtype || message.bot_id || !message.user || message.user === context.botUserId) {
        return { status: 'ignored', reason: 'not from a person' };
      }
      const answer = deps.answer(questionFromSlackText(message.text), {
        conversation: `slack:${context.teamId ?? ''}:${message.channel}:${message.thread_ts ?? 'dm'}`,
      });
      await client.chat.postMessage({
        channel: message.channel,
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
        unfurl_links: false,
        unfurl_media: false,
        ...renderSlackMessage(answer, { moreLink: deps.catalog.topicLink, details: true }),
      });
      return { status: 'answered', intent: answer.intent };
    }),
  );
}
