import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../adapters/teams/conversationStore.js';
import {
  conversationTypeOf,
  proactiveActivity,
  referenceOf,
} from '../../adapters/teams/proactiveActivity.js';
import {
  BOT,
  CHANNEL_ID,
  GROUP_CHAT_ID,
  PERSONAL_ID,
  TEAM_ID,
  TENANT_ID,
} from './helpers/teamsActivities.js';

const base = {
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  botId: BOT.id,
  tenantId: TENANT_ID,
};
const channel: StoredConversation = {
  ...base,
  conversationId: CHANNEL_ID,
  conversationType: 'channel',
  teamId: TEAM_ID,
};

describe('proactive posts shaped as Teams expects', () => {
  it('sends a channel post with the conversation type, tenant, channel and team', () => {
    const activity = proactiveActivity(channel, { type: 'message', summary: 'Tip' });
    expect(activity.conversation).toEqual({
      id: CHANNEL_ID,
      conversationType: 'channel',
      isGroup: true,
      name: '',
      tenantId: TENANT_ID,
    });
    expect(activity.channelData).toEqual({
      tenant: { id: TENANT_ID },
      channel: { id: CHANNEL_ID },
      team: { id: TEAM_ID },
    });
    expect(activity.from).toEqual({ id: BOT.id, name: 'sts-bot' });
    expect(referenceOf(channel).conversation).toMatchObject({
      conversationType: 'channel',
      tenantId: TENANT_ID,
    });
  });

  it('sends a 1:1 post as personal, not a group, with only the tenant in channelData', () => {
    const personal: StoredConversation = {
      ...base,
      conversationId: PERSONAL_ID,
      conversationType: 'personal',
    };
    const activity = proactiveActivity(personal, { type: 'message' });
    expect(activity.conversation).toMatchObject({ conversationType: 'personal', isGroup: false });
    expect(activity.channelData).toEqual({ tenant: { id: TENANT_ID } });
  });

  it('works out the type of references stored before it was saved', () => {
    expect(conversationTypeOf({ ...base, conversationId: CHANNEL_ID })).toBe('channel');
    expect(conversationTypeOf({ ...base, conversationId: GROUP_CHAT_ID })).toBe('groupChat');
    expect(conversationTypeOf({ ...base, conversationId: PERSONAL_ID })).toBe('personal');
  });
});
