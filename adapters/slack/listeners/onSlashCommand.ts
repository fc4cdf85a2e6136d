import type { App } from '@slack/bolt';
import { logOutcome } from '../logOutcome.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { SlashCommand } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

const SORRY = 'Sorry, I could not answer that just now. Please try again in a moment.';

/**
 * `/sts <question>`: the core answers in well under Slack's 3-second window, so the answer goes back
 * in the ack body itself, ephemeral, with no second round trip. `/sts` and `/sts help` get the core's help.
 */
export function onSlashCommand(app: App, deps: ListenerDeps): void {
  app.command('/sts', async ({ body, ack }) =>
    logOutcome(deps.logger, 'slash_command', async () => {
      const parsed = SlashCommand.safeParse(body);
      if (!parsed.success) {
        await ack({ response_type: 'ephemeral', text: SORRY });
        return { status: 'ignored', reason: 'invalid payload' };
      }
      const question = questionFromSlackText(parsed.data.text);
      try {
        const answer = deps.answer(question);
        const message = renderSlackMessage(answer, {
          moreLink: deps.catalog.topicLink,
          details: true,
          shareQuestion: question,
        });
        await ack({ response_type: 'ephemeral', ...message });
        return { status: 'answered', intent: answer.intent };
      } catch (err) {
        await ack({ response_type: 'ephemeral', text: SORRY });
        throw err;
      }
    }),
  );
}
