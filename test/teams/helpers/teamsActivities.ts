/**
 * Inbound activities shaped as Teams sends them (msteams-docs and botbuilder-js teamsInfo.test.js,
 * see ../shared/research/testing.md §3): ids, entities and channelData included.
 */
export const BOT = { id: '28:0d1b6bd8-4a3c-4f0e-9d6a-2f1c2b7e9a10', name: 'STS Bot' };
export const USER = {
  id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw',
  name: 'Megan Bowen',
  aadObjectId: '97b1ec61-45bf-453c-9059-6e8984e0cef4',
};
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TEAM_ID = '19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2';
export const CHANNEL_ID = '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2';
export const GROUP_CHAT_ID = '19:groupChatId-6f2a1d@thread.v2';
export const PERSONAL_ID = 'a:1Kd9aXl1QT0mPtuG9VlEAmZ4X0ObJh2Ntw1Q8vB3yBfQ6hZq';

export type Scope = 'channel' | 'groupChat' | 'personal';
export type Activity = Record<string, unknown>;

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `1${String(Date.now()).slice(-9)}${String(sequence).padStart(4, '0')}`;
}

/** Messages in a channel belong to a thread ("…;messageid=<root>"); install events to the channel. */
function conversation(scope: Scope, threadId?: string) {
  switch (scope) {
    case 'channel':
      return {
        isGroup: true,
        conversationType: 'channel',
        tenantId: TENANT_ID,
        id: threadId ? `${CHANNEL_ID};messageid=${threadId}` : CHANNEL_ID,
      };
    case 'groupChat':
      return { isGroup: true, conversationType: 'groupChat', tenantId: TENANT_ID, id: GROUP_CHAT_ID };
    case 'personal':
      return { conversationType: 'personal', tenantId: TENANT_ID, id: PERSONAL_ID };
  }
}

function channelData(scope: Scope) {
  if (scope !== 'channel') return { tenant: { id: TENANT_ID } };
  return {
    teamsChannelId: CHANNEL_ID,
    teamsTeamId: TEAM_ID,
    channel: { id: CHANNEL_ID },
    team: { id: TEAM_ID },
    tenant: { id: TENANT_ID },
  };
}

function base(serviceUrl: string, scope: Scope, type: string, threaded = true): Activity {
  const id = nextId();
  return {
    type,
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    conversation: conversation(scope, threaded ? id : undefined),
    recipient: BOT,
    channelData: channelData(scope),
    locale: 'en-US',
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A message; in channels and group chats `mention` puts "<at>STS Bot</at>" first, as Teams does. */
export function message(
  serviceUrl: string,
  scope: Scope,
  text: string,
  options: { mention?: boolean; from?: { id: string; name: string; role?: string } } = {},
): Activity {
  const mention = options.mention ?? scope !== 'personal';
  const at = `<at>${BOT.name}</at>`;
  const html = `<p>${mention ? `<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">${BOT.name}</span>&nbsp;` : ''}${escapeHtml(text)}</p>`;
  return {
    ...base(serviceUrl, scope, 'message'),
    ...(options.from ? { from: options.from } : {}),
    text: mention ? `${at} ${text}\n` : text,
    textFormat: 'plain',
    attachments: [{ contentType: 'text/html', content: html }],
    entities: [
      ...(mention ? [{ type: 'mention', mentioned: BOT, text: at }] : []),
      {
        type: 'clientInfo',
        locale: 'en-US',
        country: 'US',
        platform: 'Web',
        timezone: 'America/Los_Angeles',
      },
    ],
  };
}

/** What Teams sends when someone presses an Action.Submit button: a message with `value`, no text. */
export function submit(serviceUrl: string, scope: Scope, value: unknown): Activity {
  return {
    ...base(serviceUrl, scope, 'message'),
    value,
    replyToId: nextId(),
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
  };
}

/** conversationUpdate when the bot is added (team channel: eventType teamMemberAdded). */
export function botAdded(serviceUrl: string, scope: Scope): Activity {
  const activity = base(serviceUrl, scope, 'conversationUpdate', false);
  const members =
    scope === 'personal'
      ? [{ id: BOT.id }, { id: USER.id, aadObjectId: USER.aadObjectId }]
      : [{ id: BOT.id }];
  return {
    ...activity,
    id: `f:${nextId()}`,
    membersAdded: members,
    channelData: {
      ...channelData(scope),
      ...(scope === 'channel'
        ? { eventType: 'teamMemberAdded', settings: { selectedChannel: { id: CHANNEL_ID } } }
        : {}),
    },
  };
}

export function botRemoved(serviceUrl: string, scope: Scope): Activity {
  const { membersAdded: _, ...added } = botAdded(serviceUrl, scope);
  return {
    ...added,
    membersRemoved: [{ id: BOT.id }],
    channelData: {
      ...channelData(scope),
      ...(scope === 'channel' ? { eventType: 'teamMemberRemoved' } : {}),
    },
  };
}

export function installationUpdate(serviceUrl: string, scope: Scope, action: 'add' | 'remove'): Activity {
  return { ...base(serviceUrl, scope, 'installationUpdate', false), action };
}

/** composeExtension/query; omit `query` for the initial run Teams does when the extension opens. */
export function extensionQuery(serviceUrl: string, query?: string, commandId = 'searchPrograms'): Activity {
  return {
    ...base(serviceUrl, 'channel', 'invoke'),
    name: 'composeExtension/query',
    value: {
      commandId,
      parameters: [
        query === undefined ? { name: 'initialRun', value: 'true' } : { name: 'searchQuery', value: query },
      ],
      queryOptions: { skip: 0, count: 25 },
    },
  };
}

export function extensionSelect(serviceUrl: string, value: unknown): Activity {
  return { ...base(serviceUrl, 'channel', 'invoke'), name: 'composeExtension/selectItem', value };
}
