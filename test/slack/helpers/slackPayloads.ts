/**
 * Request bodies shaped like Slack's (field lists from testing.md §2: Slack docs and slackapi fixtures),
 * returned as the raw strings that get signed and sent.
 */
export const TEAM_ID = 'T0TEST0001';
export const ASKER_ID = 'U0ASKER001';
export const CHANNEL_ID = 'C0GENERAL1';
export const DM_CHANNEL_ID = 'D0DIRECT01';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export function slashCommand(text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: CHANNEL_ID,
    channel_name: 'general',
    user_id: ASKER_ID,
    user_name: 'asker',
    command: '/sts',
    text,
    api_app_id: 'A0APP00001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  }).toString();
}

let eventCounter = 0;

export function eventCallback(event: Record<string, unknown>): string {
  eventCounter += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0APP00001',
    event,
    type: 'event_callback',
    authorizations: [{ team_id: TEAM_ID, user_id: 'U0BOT00001', is_bot: true, is_enterprise_install: false }],
    event_id: `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: 1700000000 + eventCounter,
  });
}

export function appMention(text: string, extra: Record<string, unknown> = {}): string {
  return eventCallback({
    type: 'app_mention',
    user: ASKER_ID,
    text,
    ts: '1700000001.000100',
    channel: CHANNEL_ID,
    event_ts: '1700000001.000100',
    ...extra,
  });
}

export function directMessage(text: string, extra: Record<string, unknown> = {}): string {
  return eventCallback({
    type: 'message',
    channel: DM_CHANNEL_ID,
    user: ASKER_ID,
    text,
    ts: '1700000002.000200',
    event_ts: '1700000002.000200',
    channel_type: 'im',
    ...extra,
  });
}

/** app_uninstalled or tokens_revoked for the test workspace, as the Events API wraps them. */
export function lifecycleEvent(type: 'app_uninstalled' | 'tokens_revoked', bot = true): string {
  return eventCallback(
    type === 'app_uninstalled'
      ? { type, event_ts: '1700000005.000500' }
      : {
          type,
          tokens: bot ? { bot: ['U0BOT00001'] } : { oauth: ['U0ASKER001'] },
          event_ts: '1700000005.000500',
        },
  );
}

export function homeOpened(tab = 'home'): string {
  return eventCallback({
    type: 'app_home_opened',
    user: ASKER_ID,
    channel: DM_CHANNEL_ID,
    tab,
    event_ts: '1700000003.000300',
  });
}

export interface ButtonClick {
  actionId: string;
  value: string;
  /** Omitted for buttons on the Home tab, which have no response URL. */
  responseUrl?: string;
  userId?: string;
  /** Whether the message the button is on is ephemeral (default) or seen by the channel. */
  ephemeral?: boolean;
}

/** A block_actions interaction, sent as Slack does: a form field `payload` holding JSON. */
export function blockAction({
  actionId,
  value,
  responseUrl,
  userId = ASKER_ID,
  ephemeral = true,
}: ButtonClick): string {
  const onMessage = responseUrl !== undefined;
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: 'asker', name: 'asker', team_id: TEAM_ID },
    api_app_id: 'A0APP00001',
    token: 'legacy-verification-token',
    container: onMessage
      ? { type: 'message', message_ts: '1700000004.000400', channel_id: CHANNEL_ID, is_ephemeral: ephemeral }
      : { type: 'view', view_id: 'V0VIEW0001' },
    trigger_id: '111.222.valid',
    team: { id: TEAM_ID, domain: 'test' },
    ...(onMessage ? { channel: { id: CHANNEL_ID, name: 'general' }, response_url: responseUrl } : {}),
    actions: [
      {
        action_id: actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        value,
        type: 'button',
        action_ts: '1700000004.194939',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
