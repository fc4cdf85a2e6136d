import type { App } from '@slack/bolt';
import { logOutcome } from '../logOutcome.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { AppMention } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

/**
 * `@sts-bot <question>` in a channel: the answer goes into the mention's thread. A private (crisis)
 * answer goes only to the person who asked, as an ephemeral message, never to the channel or thread.
 */
export function onMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, context, client }) =>
    logOutcome(deps.logger, 'app_mention', async () => {
      const parsed = AppMention.safeParse(event);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      const mention = parsed.data;
      if (mention.bot_id || mention.subtype || !mention.user || mention.user === context.botUserId) {
        return { status: 'ignored', reason: 'not from a person' };
      }
      // One thread is one conversation: "how long is it?" in the thread follows what it was about.
      const thread = mention.thread_ts ?? mention.ts;
      const answer = deps.answer(questionFromSlackText(mention.text), {
        conversation: `slack:${context.teamId ?? ''}:${mention.channel}:${thread}`,
      });
      const message = renderSlackMessage(answer, { moreLink: deps.catalog.topicLink, details: true });
      if (answer.private) {
        await client.chat.postEphemeral({
          channel: mention.channel,
          user: mention.user,
          ...(mention.thread_ts ? { thread_ts: mention.thread_ts } : {}),
          ...message,
        });
      } else {
        await client.chat.postMessage({
          channel: mention.channel,
          thread_ts: mention.thread_ts ?? mention.ts,
          unfurl_links: false,
          unfurl_media: false,
          ...message,
        });
      }
      return { status: 'answered', intent: answer.intent };
    }),
  );
}
