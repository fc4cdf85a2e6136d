import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content } from '../helpers/core.js';
import { blocksOf, messageText } from '../slack/helpers/messageText.js';
import { CHANNEL_ID } from '../slack/helpers/slackPayloads.js';
import { cardsOf, cardText } from '../teams/helpers/cards.js';
import { message, CHANNEL_ID as TEAMS_CHANNEL_ID } from '../teams/helpers/teamsActivities.js';
import { closeChecked, startTipsHarness, type TipsHarness, teamsText } from './helpers/tipsHarness.js';

const THURSDAY = '2026-11-26T12:00:00Z';
/** Monday 30 Nov 2026, 09:00 in Los Angeles and 17:00 in London: both subscriptions are due. */
const DUE = '2026-11-30T17:00:00Z';
const LATER_SAME_DAY = '2026-11-30T22:00:00Z';
const NEXT_WEEK = '2026-12-07T17:00:00Z';
const HELP_LINE = /^If this week is heavy: .*988.*In immediate danger, call 911\.$/;

const tipText = (index: number) => content.tips[index]?.text ?? '';

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness(THURSDAY);
});
afterEach(() => closeChecked(h));

async function subscribeSlack(): Promise<void> {
  expect(await h.slash('tips on monday 9am')).toContain('Weekly tips are on');
}

async function subscribeTeams(): Promise<void> {
  const reply = await h.teams({
    ...message(h.connector.serviceUrl, 'channel', 'tips on monday 17:00'),
    localTimezone: 'Europe/London',
  });
  expect(teamsText(reply)).toContain('Weekly tips are on');
}

const proactiveTeamsPosts = () => h.teamsPosts(TEAMS_CHANNEL_ID);

describe('delivery through the real Slack and Teams senders', () => {
  it('posts one tip per channel at the due instant, nothing more that day, and the next tip a week later', async () => {
    await subscribeSlack();
    await subscribeTeams();

    expect(await h.tick('2026-11-30T16:59:00Z')).toMatchObject({ due: 0, sent: 0 });
    expect(h.slackPosts()).toEqual([]);
    expect(proactiveTeamsPosts()).toEqual([]);

    expect(await h.tick(DUE)).toEqual({ due: 2, sent: 2, paused: 0, failed: 0, skipped: 0, recovered: 0 });
    const [slackPost] = h.slackPosts();
    expect(h.slackPosts()).toHaveLength(1);
    expect(slackPost?.body.channel).toBe(CHANNEL_ID);
    const blocks = blocksOf(slackPost?.body ?? {});
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: "This week's self-care tip" } });
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: tipText(0) } });
    expect(blocks.at(-1)?.type).toBe('context');
    expect(messageText(blocks.at(-1) ?? {})).toMatch(HELP_LINE);

    const [teamsPost] = proactiveTeamsPosts();
    expect(proactiveTeamsPosts()).toHaveLength(1);
    // A new post in the channel (POST …/activities), not a reply to some message.
    expect(teamsPost?.replyToId).toBeUndefined();
    const [card] = cardsOf(teamsPost?.activity ?? {});
    expect(teamsPost?.activity.text).toBe("This week's self-care tip");
    expect(cardText(card)).toContain(tipText(0));
    const body = Array.isArray(card?.body) ? card.body : [];
    expect(cardText(body.at(-1)).join('')).toMatch(HELP_LINE);

    // Sent: not due again until next week, so a later pass does not even read them.
    expect(await h.tick(LATER_SAME_DAY)).toMatchObject({ due: 0, sent: 0 });
    expect(h.slackPosts()).toHaveLength(1);
    expect(proactiveTeamsPosts()).toHaveLength(1);

    expect(await h.tick(NEXT_WEEK)).toMatchObject({ due: 2, sent: 2 });
    expect(h.slackPosts()).toHaveLength(2);
    expect(messageText(h.slackPosts()[1]?.body ?? {})).toContain(tipText(1));
    expect(tipText(1)).not.toBe(tipText(0));
    expect(proactiveTeamsPosts()).toHaveLength(2);
    expect(cardText(cardsOf(proactiveTeamsPosts()[1]?.activity ?? {})[0])).toContain(tipText(1));
  });

  it('waits out a Slack 429 with Retry-After and then delivers exactly once', async () => {
    await subscribeSlack();
    h.slackApi.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    expect(await h.tick(DUE)).toMatchObject({ due: 1, sent: 1, failed: 0 });
    const attempts = h.slackApi.calls('chat.postMessage');
    expect(attempts.map((c) => c.failed === true)).toEqual([true, false]);
    expect(h.slackPosts()).toHaveLength(1);
    expect(messageText(h.slackPosts()[0]?.body ?? {})).toContain(tipText(0));
    expect(await h.tick(LATER_SAME_DAY)).toMatchObject({ due: 0, sent: 0 });
    expect(h.slackApi.calls('chat.postMessage')).toHaveLength(2);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])(
    'pauses a Slack channel that answers %s, says so in status, and stops posting there',
    async (error) => {
      await subscribeSlack();
      h.slackApi.failNext('chat.postMessage', { body: { ok: false, error } });
      expect(await h.tick(DUE)).toMatchObject({ due: 1, sent: 0, paused: 1 });

      const status = await h.slash('tips');
      expect(status).toContain('Weekly tips are paused');
      expect(status).toContain(`paused: ${error}.`);

      expect(await h.tick(NEXT_WEEK)).toMatchObject({ due: 0 });
      expect(await h.tick('2026-12-14T17:00:00Z')).toMatchObject({ due: 0 });
      expect(h.slackApi.calls('chat.postMessage')).toHaveLength(1);
      expect(h.slackPosts()).toEqual([]);

      // Subscribing again is the way back, as the status says.
      await subscribeSlack();
      expect(await h.tick('2026-12-21T17:00:00Z')).toMatchObject({ sent: 1 });
      expect(messageText(h.slackPosts()[0]?.body ?? {})).toContain(tipText(0));
    },
  );

  it.each([403, 404] as const)(
    'pauses a Teams conversation that answers %i, says so in status, and stops posting there',
    async (status) => {
      await subscribeTeams();
      h.connector.refuseConversation(TEAMS_CHANNEL_ID, status);
      expect(await h.tick(DUE)).toMatchObject({ due: 1, sent: 0, paused: 1 });
      expect(h.connector.refused).toEqual([{ conversationId: TEAMS_CHANNEL_ID, status }]);

      const reply = await h.teams({
        ...message(h.connector.serviceUrl, 'channel', 'tips'),
        localTimezone: 'Europe/London',
      });
      expect(teamsText(reply)).toContain(
        `paused: Teams answered ${status}: the bot can no longer post here.`,
      );

      expect(await h.tick(NEXT_WEEK)).toMatchObject({ due: 0 });
      expect(h.connector.refused).toHaveLength(1);
      expect(proactiveTeamsPosts()).toEqual([]);
    },
  );
});
