/** What a person can do about each Slack error that pauses a channel's tips, for status and `tips list`. */
const HINTS: Record<string, string> = {
  not_in_channel: 'the bot is not in this channel: add it with /invite @sts-bot, then send /sts tips on',
  channel_not_found:
    'Slack cannot find this channel (deleted, or private without the bot): add the bot with /invite @sts-bot, then send /sts tips on',
  is_archived: 'the channel is archived: unarchive it, then send /sts tips on',
  channel_is_archived: 'the channel is archived: unarchive it, then send /sts tips on',
  restricted_action:
    'a workspace setting stops the bot posting here: ask a Slack admin, then send /sts tips on',
};

/**
 * The reason stored with a paused subscription: Slack's error code first (operators search for it),
 * then what to do. Unknown codes stay as they are.
 */
export function slackFailureReason(code: string): string {
  const hint = HINTS[code];
  return hint ? `${code} (${hint})` : code;
}
