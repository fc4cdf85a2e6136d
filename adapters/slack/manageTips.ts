import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Answer } from '../../src/answer/model.js';
import { parseTipsCommand } from '../../src/tips/parseTipsCommand.js';
import type { Logger } from '../server/logger.js';
import type { ListenerDeps } from './listeners/listenerDeps.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderSlackMessage, type SlackMessage } from './renderSlackBlocks.js';
import { UserId } from './slackPayloads.js';

/** Every way "tips …" reaches the bot in Slack; replies suggest "/sts tips …", which works in all of them. */
export const SLACK_TIPS_PREFIX = '/sts ';

export interface TipsRequest {
  teamId: string | undefined;
  channelId: string;
  userId: string;
  botUserId: string | undefined;
}

export interface TipsResult {
  /** The reply for the person who typed the command (ephemeral in a channel). */
  reply: SlackMessage;
  intent: Answer['intent'];
  /** Posted visibly in the channel: who turned tips on or off. */
  notice?: SlackMessage;
}

const ChannelInfo = z.looseObject({
  channel: z.looseObject({ is_im: z.boolean().optional(), is_member: z.boolean().optional() }).optional(),
});

const PlatformError = z.looseObject({ data: z.looseObject({ error: z.string() }) });

/** Slack IM ids start with D: a tips command there is for the person, not a channel. */
export const isDirectMessage = (channelId: string) => channelId.startsWith('D');

/** Whether the bot can post in the channel: a member, or the bot's own DM. Errors mean it cannot. */
async function canPost(client: webApi.WebClient, channel: string): Promise<boolean> {
  try {
    const info = ChannelInfo.parse(await client.conversations.info({ channel }));
    return info.channel?.is_im === true || info.channel?.is_member === true;
  } catch {
    // channel_not_found is what Slack says about a private channel or DM the bot is not in.
    return false;
  }
}

/** The zone from the person's Slack profile; undefined when Slack does not say. */
async function userTimeZone(client: webApi.WebClient, user: string): Promise<string | undefined> {
  try {
    const info = await client.users.info({ user });
    return typeof info.user?.tz === 'string' ? info.user.tz : undefined;
  } catch {
    return undefined;
  }
}

/** Section-only message with our own mrkdwn: the only texts here are ours and validated ids. */
function plainMessage(lines: string[]): SlackMessage {
  const text = lines.join('\n');
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** What to do when the bot is not in the channel; `<@bot>` renders as the bot's name. */
export function inviteHint(botUserId: string | undefined, personal: boolean): SlackMessage {
  const bot = botUserId ? `<@${botUserId}>` : 'the app';
  return plainMessage(
    personal
      ? [
          "*I can't send you tips in this conversation*",
          `I can only post in our own direct message: open ${bot} under *Apps* in the sidebar and send \`tips on\` there.`,
        ]
      : [
          "*I'm not in this channel yet*",
          `I can't post weekly tips here until I'm a member. Add me with \`/invite ${bot}\` in this channel, then send \`/sts tips on\` again.`,
        ],
  );
}

/**
 * "tips …" from a slash command, a mention or a DM: checks the bot can post there before
 * subscribing, hands the words to the core with where they were typed, and says visibly in the
 * channel who turned tips on or off (a mention of that person; no text of theirs is repeated).
 */
export async function manageTips(
  question: string,
  request: TipsRequest,
  client: webApi.WebClient,
  deps: ListenerDeps,
): Promise<TipsResult> {
  const personal = isDirectMessage(request.channelId);
  if (parseTipsCommand(question)?.kind === 'on' && !(await canPost(client, request.channelId))) {
    return { reply: inviteHint(request.botUserId, personal), intent: 'tip' };
  }
  const outcome = await deps.respond(question, {
    platform: 'slack',
    channelKey: `${request.teamId ?? ''}:${request.channelId}`,
    target: JSON.stringify({ channel: request.channelId }),
    timeZone: await userTimeZone(client, request.userId),
    personal,
    commandPrefix: SLACK_TIPS_PREFIX,
  });
  const reply = renderSlackMessage(outcome.answer, { moreLink: deps.catalog.topicLink });
  // Only an id Slack's own format allows goes into <@…>, so nothing else can turn into a ping.
  if (!outcome.change || personal || !UserId.safeParse(request.userId).success) {
    return { reply, intent: outcome.answer.intent };
  }
  const stop = outcome.change.kind === 'on' ? ' Stop them with `/sts tips off`.' : '';
  return {
    reply,
    intent: outcome.answer.intent,
    notice: plainMessage([`<@${request.userId}> ${escapeMrkdwn(outcome.change.summary)}${stop}`]),
  };
}

/** Posts the visible notice; if Slack refuses it, the person still gets their confirmation. */
export async function postNotice(
  client: webApi.WebClient,
  channel: string,
  notice: SlackMessage,
  logger: Logger,
): Promise<void> {
  try {
    await client.chat.postMessage({ channel, unfurl_links: false, unfurl_media: false, ...notice });
  } catch (error) {
    const platform = PlatformError.safeParse(error);
    logger.warn(
      { platform: 'slack', code: platform.success ? platform.data.data.error : 'request failed' },
      'slack tips notice failed',
    );
  }
}
