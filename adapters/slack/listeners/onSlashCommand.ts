import type { App, RespondFn, webApi } from '@slack/bolt';
import { isTipsCommand } from '../../../src/tips/createResponder.js';
import { logOutcome } from '../logOutcome.js';
import { questionFromSlackText } from '../questionFromSlackText.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { SlashCommand } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

const SORRY = 'Sorry, I could not answer that just now. Please try again in a moment.';
const NEEDS_CHANNEL = 'Weekly tips need a channel: use /sts tips in the channel that should get them.';

/** The subscriber's time zone from their Slack profile; undefined when Slack does not say. */
async function userTimeZone(client: webApi.WebClient, user: string | undefined): Promise<string | undefined> {
  if (!user) return undefined;
  try {
    const info = await client.users.info({ user });
    return typeof info.user?.tz === 'string' ? info.user.tz : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `/sts <question>`: the core answers in well under Slack's 3-second window, so the answer goes back
 * in the ack body itself, ephemeral, with no second round trip. `/sts` and `/sts help` get the core's help.
 * `/sts tips …` manages the channel's weekly tips: it needs the user's time zone and the database, so
 * it acks first and answers through the response URL.
 */
export function onSlashCommand(app: App, deps: ListenerDeps): void {
  app.command('/sts', async ({ body, ack, client, respond }) =>
    logOutcome(deps.logger, 'slash_command', async () => {
      const parsed = SlashCommand.safeParse(body);
      if (!parsed.success) {
        await ack({ response_type: 'ephemeral', text: SORRY });
        return { status: 'ignored', reason: 'invalid payload' };
      }
      const question = questionFromSlackText(parsed.data.text);
      if (isTipsCommand(question)) return manageTips(question, parsed.data, { ack, client, respond }, deps);
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

async function manageTips(
  question: string,
  command: { team_id?: string | undefined; channel_id?: string | undefined; user_id?: string | undefined },
  slack: {
    ack: (body?: { response_type: 'ephemeral'; text: string }) => Promise<void>;
    client: webApi.WebClient;
    respond: RespondFn;
  },
  deps: ListenerDeps,
) {
  if (!command.channel_id) {
    await slack.ack({ response_type: 'ephemeral', text: NEEDS_CHANNEL });
    return { status: 'ignored' as const, reason: 'no channel' };
  }
  await slack.ack();
  const answer = await deps.respond(question, {
    platform: 'slack',
    channelKey: `${command.team_id ?? ''}:${command.channel_id}`,
    target: JSON.stringify({ channel: command.channel_id }),
    timeZone: await userTimeZone(slack.client, command.user_id),
  });
  await slack.respond({
    response_type: 'ephemeral',
    ...renderSlackMessage(answer, { moreLink: deps.catalog.topicLink }),
  });
  return { status: 'answered' as const, intent: answer.intent };
}
