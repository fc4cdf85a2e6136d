import type { App } from '@slack/bolt';
import { isTipsCommand } from '../../../src/tips/createResponder.js';
import { logOutcome } from '../logOutcome.js';
import { manageTips, postNotice } from '../manageTips.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { SlashCommand } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

const SORRY = 'Sorry, I could not answer that just now. Please try again in a moment.';
const NEEDS_CHANNEL = 'Weekly tips need a channel: use /sts tips in the channel that should get them.';

/**
 * `/sts <question>`: the core answers in well under Slack's 3-second window, so the answer goes back
 * in the ack body itself, ephemeral, with no second round trip. `/sts` and `/sts help` get the core's help.
 * `/sts tips …` manages the channel's weekly tips: it needs Slack lookups and the database, so it
 * acks first and answers through the response URL.
 */
export function onSlashCommand(app: App, deps: ListenerDeps): void {
  app.command('/sts', async ({ body, ack, client, respond, context }) =>
    logOutcome(deps.logger, 'slash_command', async () => {
      const parsed = SlashCommand.safeParse(body);
      if (!parsed.success) {
        await ack({ response_type: 'ephemeral', text: SORRY });
        return { status: 'ignored', reason: 'invalid payload' };
      }
      const command = parsed.data;
      const question = questionFromSlackText(command.text);
      if (isTipsCommand(question)) {
        if (!command.channel_id || !command.user_id) {
          await ack({ response_type: 'ephemeral', text: NEEDS_CHANNEL });
          return { status: 'ignored', reason: 'no channel' };
        }
        await ack();
        const result = await manageTips(
          question,
          {
            teamId: command.team_id,
            channelId: command.channel_id,
            userId: command.user_id,
            botUserId: context.botUserId,
          },
          client,
          deps,
        );
        if (result.notice) await postNotice(client, command.channel_id, result.notice, deps.logger);
        await respond({ response_type: 'ephemeral', ...result.reply });
        return { status: 'answered', intent: result.intent };
      }
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
