import type { App, RespondFn, webApi } from '@slack/bolt';

import { canShare } from '../canShare.js';
import type { Outcome } from '../logOutcome.js';
import { logOutcome } from '../logOutcome.js';
import { renderSlackMessage } from '../renderSlackBlocks.js';
import { ACTION_DETAILS, ACTION_MORE, ACTION_SHARE } from '../slackLimits.js';
import { BlockActions } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

interface ActionArgs {
  userId: string;
  value: string;
  /** Present for buttons on messages; absent on the Home tab. */
  respond: RespondFn | undefined;
  client: webApi.WebClient;
}

/**
 * "Details" and "More about": the button value is a program id; the core is asked for that program by
 * its short name (the short answer) or for "more about" it (the full profile). On a message the
 * detail comes back ephemerally; on the Home tab (no response_url) it goes to the person's DM.
 */
async function showDetails(
  deps: ListenerDeps,
  { userId, value, respond, client }: ActionArgs,
  full = false,
): Promise<Outcome> {
  const shortName = deps.catalog.shortNames.get(value);
  if (!shortName) return { status: 'ignored', reason: 'unknown program' };
  const detail = deps.answer(full ? `more about ${shortName}` : shortName);
  if (detail.intent !== 'detail' || detail.programs[0] !== value) {
    return { status: 'ignored', reason: 'core gave no detail for the program' };
  }
  const moreLink = deps.catalog.topicLink;
  if (respond) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderSlackMessage(detail, { moreLink, shareQuestion: shortName }),
    });
  } else {
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) return { status: 'ignored', reason: 'no DM channel' };
    await client.chat.postMessage({
      channel,
      unfurl_links: false,
      unfurl_media: false,
      ...renderSlackMessage(detail, { moreLink }),
    });
  }
  return { status: 'answered', intent: detail.intent };
}

/**
 * "Share in channel": the button carries the question, so the answer is asked again and posted
 * visibly through the response_url, crediting who shared it. The share rule is checked again here,
 * so a crafted payload cannot push a private (crisis) answer into a channel.
 */
async function share(deps: ListenerDeps, { userId, value, respond }: ActionArgs): Promise<Outcome> {
  if (!respond) return { status: 'ignored', reason: 'nowhere to share' };
  const answer = deps.answer(value);
  if (!canShare(answer, value)) return { status: 'ignored', reason: 'not shareable' };
  await respond({
    response_type: 'in_channel',
    replace_original: false,
    ...renderSlackMessage(answer, { moreLink: deps.catalog.topicLink, details: true, sharedBy: userId }),
  });
  return { status: 'shared', intent: answer.intent };
}

/** One listener for every button: it acks at once, then routes by action id; unknown ids do nothing. */
export function onBlockActions(app: App, deps: ListenerDeps): void {
  app.action({ type: 'block_actions' }, async ({ body, ack, respond, client }) => {
    await ack();
    await logOutcome(deps.logger, 'block_actions', async () => {
      const parsed = BlockActions.safeParse(body);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      const [action] = parsed.data.actions;
      const args: ActionArgs = {
        userId: parsed.data.user.id,
        value: action?.value ?? '',
        respond: parsed.data.response_url ? respond : undefined,
        client,
      };
      switch (action?.action_id) {
        case ACTION_DETAILS:
          return showDetails(deps, args);
        case ACTION_MORE:
          return showDetails(deps, args, true);
        case ACTION_SHARE:
          return share(deps, args);
        default:
          return { status: 'ignored', reason: 'unknown action' };
      }
    });
  });
}
