import type { App } from '@slack/bolt';
import { isTipsCommand } from '../../../src/tips/createResponder.js';
import { logOutcome } from '../logOutcome.js';
import { manageTips } from '../manageTips.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { ChannelMessage, EventEnvelope } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

/**
 * A message in the bot's DM (message.im) is a question; the answer goes back into the DM. Only plain
 * messages from people count: any subtype (edits, deletions, joins, bot_message), any bot and the bot
 * itself are ignored, which is what keeps two bots from answering each other forever.
 */
export function onDirectMessage(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body, context, client }) =>
    logOutcome(deps.logger, 'message.im', async () => {
      const parsed = ChannelMessage.safeParse(event);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      const message = parsed.data;
      if (message.channel_type !== 'im') return { status: 'ignored', reason: 'not a DM' };
      if (message.subtype || message.bot_id || !message.user || message.user === context.botUserId) {
        return { status: 'ignored', reason: 'not from a person' };
      }
      const question = questionFromSlackText(message.text);
      if (isTipsCommand(question)) {
        const envelope = EventEnvelope.safeParse(body);
        const request = {
          teamId: envelope.success ? envelope.data.team_id : undefined,
          channelId: message.channel,
          userId: message.user,
          botUserId: context.botUserId,
        };
        const result = await manageTips(question, request, client, deps);
        await client.chat.postMessage({ channel: message.channel, ...result.reply });
        return { status: 'answered', intent: result.intent };
      }
      const answer = deps.answer(question);
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
