import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeChecked,
  startTipsHarness,
  type TipsHarness,
  teamsText,
} from '../tipsE2E/helpers/tipsHarness.js';
import { message, CHANNEL_ID as TEAMS_CHANNEL_ID } from './helpers/teamsActivities.js';

const THURSDAY = '2026-11-26T12:00:00Z';
/** Monday 30 Nov 2026, 17:00 in London. */
const DUE = '2026-11-30T17:00:00Z';

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness(THURSDAY);
});
afterEach(() => closeChecked(h));

async function subscribeTeams(): Promise<void> {
  const reply = await h.teams({
    ...message(h.connector.serviceUrl, 'channel', 'tips on monday 17:00'),
    localTimezone: 'Europe/London',
  });
  expect(teamsText(reply)).toContain('Weekly tips are on');
}

const warnings = () =>
  h.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.level === 40 && entry.msg === 'weekly tip not delivered');

describe('a Teams tip that does not go out says why', () => {
  it('logs the failure with Teams’ error code at warn, and posts it on the next pass', async () => {
    await subscribeTeams();
    h.connector.failNextPosts = 1;
    expect(await h.tick(DUE)).toMatchObject({ due: 1, sent: 0, failed: 1 });
    expect(warnings()).toEqual([
      expect.objectContaining({
        subscriptionId: 1,
        platform: 'teams',
        outcome: 'failed',
        reason: 'Teams answered 400 BadArgument',
      }),
    ]);
    // No channel id in the log line.
    expect(JSON.stringify(warnings())).not.toContain(TEAMS_CHANNEL_ID);
    expect(await h.tick('2026-11-30T17:05:00Z')).toMatchObject({ due: 1, sent: 1, failed: 0 });
  });

  it('logs a pause with its reason when Teams says the bot was removed', async () => {
    await subscribeTeams();
    h.connector.refuseConversation(TEAMS_CHANNEL_ID, 403);
    expect(await h.tick(DUE)).toMatchObject({ paused: 1 });
    expect(warnings()).toEqual([
      expect.objectContaining({
        outcome: 'paused',
        reason: 'Teams answered 403 BotNotInConversationRoster: the bot can no longer post here',
      }),
    ]);
  });
});
