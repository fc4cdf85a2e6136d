import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASKER_ID, CHANNEL_ID, TEAM_ID } from '../slack/helpers/slackPayloads.js';
import { cardsOf } from '../teams/helpers/cards.js';
import {
  message,
  PERSONAL_ID,
  CHANNEL_ID as TEAMS_CHANNEL_ID,
  TENANT_ID,
  USER,
} from '../teams/helpers/teamsActivities.js';
import {
  closeChecked,
  databaseBytes,
  startTipsHarness,
  type TipsHarness,
  teamsText,
} from './helpers/tipsHarness.js';

// Thursday 26 Nov 2026, 04:00 in Los Angeles: the next Friday is the 27th, the next Monday the 30th.
const THURSDAY = '2026-11-26T12:00:00Z';

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness(THURSDAY);
});
afterEach(() => closeChecked(h));

describe('weekly tips from Slack: /sts tips through the real Bolt receiver', () => {
  it('subscribes in the user’s Slack time zone, reports status, and unsubscribes', async () => {
    const on = await h.slash('tips on friday 16:00');
    expect(on).toContain('Weekly tips are on');
    expect(on).toContain('Every Friday at 16:00 America/Los_Angeles, starting 27 Nov');
    expect(h.slackApi.calls('users.info').map((c) => c.body.user)).toEqual([ASKER_ID]);

    const status = await h.slash('tips');
    expect(status).toContain('Every Friday at 16:00 America/Los_Angeles. Next tip: Fri 27 Nov, 16:00.');

    const off = await h.slash('tips off');
    expect(off).toContain('Weekly tips are off');
    expect(off).toContain('This channel will no longer get weekly self-care tips.');
    expect(await h.app.store.listSubscriptions()).toEqual([]);
    expect(await h.slash('tips')).toContain('This channel is not subscribed');
    // Confirmations are for the person who asked: nothing was posted to the channel.
    expect(h.slackApi.calls('chat.postMessage')).toEqual([]);
  });

  it('answers a schedule it cannot read with an example, and subscribes nothing', async () => {
    const reply = await h.slash('tips on someday');
    expect(reply).toContain("I couldn't read that schedule");
    expect(reply).toContain('"tips on friday 16:00"');
    expect(await h.app.store.listSubscriptions()).toEqual([]);
  });

  it('stores only the channel, the schedule and where to post: no user id, name or message text', async () => {
    await h.slash('tips on friday 16:00');
    const { subscriptions, deliveries } = h.dumpDatabase();
    expect(subscriptions).toEqual([
      {
        id: 1,
        platform: 'slack',
        channel_key: `${TEAM_ID}:${CHANNEL_ID}`,
        target: JSON.stringify({ channel: CHANNEL_ID }),
        weekday: 5,
        hour: 16,
        minute: 0,
        time_zone: 'America/Los_Angeles',
        tip_cursor: 0,
        status: 'active',
        paused_reason: null,
        created_at: THURSDAY.replace('Z', '.000Z'),
        // Friday 16:00 in Los Angeles, the first slot after subscribing: when it is due.
        next_due_at: Date.parse('2026-11-28T00:00:00Z'),
      },
    ]);
    expect(deliveries).toEqual([]);
    const bytes = databaseBytes(h.dbFile);
    expect(bytes).toContain(CHANNEL_ID);
    for (const personal of [ASKER_ID, 'asker', 'tips on friday', h.slackApi.responseUrl('')]) {
      expect(bytes).not.toContain(personal);
    }
    expect(h.logs.join('\n')).not.toContain(ASKER_ID);
  });
});

describe('weekly tips from Teams: messages through the real CloudAdapter', () => {
  it('subscribes a channel in the activity’s local time zone, reports status, and unsubscribes', async () => {
    const url = h.connector.serviceUrl;
    const inLondon = (text: string) => ({
      ...message(url, 'channel', text),
      localTimezone: 'Europe/London',
    });

    const on = await h.teams(inLondon('tips on monday 9am'));
    expect(on).toHaveLength(1);
    expect(on[0]?.conversationId.startsWith(`${TEAMS_CHANNEL_ID};messageid=`)).toBe(true);
    expect(cardsOf(on[0]?.activity ?? {})).toHaveLength(1);
    expect(teamsText(on)).toContain('Every Monday at 09:00 Europe/London, starting 30 Nov');

    const status = await h.teams(inLondon('tips'));
    expect(teamsText(status)).toContain('Every Monday at 09:00 Europe/London. Next tip: Mon 30 Nov, 09:00.');

    const off = await h.teams(inLondon('tips off'));
    expect(teamsText(off)).toContain('This channel will no longer get weekly self-care tips.');
    expect(await h.app.store.listSubscriptions()).toEqual([]);
  });

  it('works in a 1:1 chat, with the server’s default zone when Teams sends none', async () => {
    const url = h.connector.serviceUrl;
    expect(teamsText(await h.teams(message(url, 'personal', 'tips')))).toContain(
      'This channel is not subscribed',
    );
    const on = await h.teams(message(url, 'personal', 'tips on'));
    expect(teamsText(on)).toContain('Every Monday at 09:00 America/New_York, starting 30 Nov');
    const [subscription] = await h.app.store.listSubscriptions();
    expect(subscription).toMatchObject({ platform: 'teams', channelKey: PERSONAL_ID });
  });

  it('stores the conversation reference and schedule only: no user id, name or message text', async () => {
    await h.teams({
      ...message(h.connector.serviceUrl, 'channel', 'tips on monday 9am'),
      localTimezone: 'Europe/London',
    });
    const [row] = h.dumpDatabase().subscriptions ?? [];
    expect(row).toMatchObject({
      platform: 'teams',
      channel_key: TEAMS_CHANNEL_ID,
      time_zone: 'Europe/London',
    });
    expect(JSON.parse(String(row?.target))).toEqual({
      channelId: 'msteams',
      serviceUrl: h.connector.serviceUrl,
      conversationId: TEAMS_CHANNEL_ID,
      botId: '28:0d1b6bd8-4a3c-4f0e-9d6a-2f1c2b7e9a10',
      tenantId: TENANT_ID,
    });
    const bytes = databaseBytes(h.dbFile);
    expect(bytes).toContain(TEAMS_CHANNEL_ID);
    for (const personal of [USER.id, USER.name, USER.aadObjectId, 'tips on monday']) {
      expect(bytes).not.toContain(personal);
    }
  });
});
