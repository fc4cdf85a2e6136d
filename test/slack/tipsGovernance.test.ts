import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../adapters/store/sqliteStore.js';
import type { TipsStore } from '../../src/tips/store.js';
import { BOT_USER_ID } from './helpers/fakeSlackApi.js';
import { messageText } from './helpers/messageText.js';
import {
  ASKER_ID,
  appMention,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  FORM,
  JSON_TYPE,
  lifecycleEvent,
  slashCommand,
  TEAM_ID,
} from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

let dir: string;
let store: TipsStore;
let h: SlackHarness;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sts-governance-'));
  store = openSqliteStore(join(dir, 'tips.sqlite'));
  h = await startSlackHarness('info', { store });
});
afterEach(async () => {
  await h.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

let responses = 0;
/** `/sts <text>` in `channel`; resolves with the reply posted to the response URL. */
async function slash(text: string, channel = CHANNEL_ID): Promise<string> {
  const form = new URLSearchParams(slashCommand(text, h.api.responseUrl(`tips-${responses}`)));
  form.set('channel_id', channel);
  responses += 1;
  const res = await h.sendSigned(form.toString(), FORM);
  expect(res).toEqual({ status: 200, text: '' });
  await h.adapter.idle();
  const reply = h.api.calls('response_url').at(-1);
  return messageText(reply?.body ?? {});
}

async function event(body: string): Promise<void> {
  expect((await h.sendSigned(body, JSON_TYPE)).status).toBe(200);
  await h.adapter.idle();
}

const notices = () => h.api.calls('chat.postMessage').filter((c) => String(c.body.text).startsWith('<@'));

describe('turning channel tips on and off', () => {
  it('refuses a channel the bot is not in with the /invite hint, and subscribes nothing', async () => {
    h.api.setMembership(CHANNEL_ID, 'not-member');
    const reply = await slash('tips on friday 16:00');
    expect(reply).toContain("I'm not in this channel yet");
    expect(reply).toContain(`/invite <@${BOT_USER_ID}>`);
    expect(h.api.calls('conversations.info').map((c) => c.body.channel)).toEqual([CHANNEL_ID]);
    expect(await store.listSubscriptions()).toEqual([]);
    expect(notices()).toEqual([]);
  });

  it('refuses a private channel Slack will not describe (channel_not_found) the same way', async () => {
    h.api.setMembership(CHANNEL_ID, 'not-found');
    expect(await slash('tips on')).toContain('/invite');
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('posts a visible notice naming who turned tips on, then off, and tells them the /sts words', async () => {
    const on = await slash('tips on friday 16:00');
    expect(on).toContain('Every Friday at 16:00 America/Los_Angeles');
    expect(on).toContain('"/sts tips off"');
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.body).toMatchObject({ channel: CHANNEL_ID });
    expect(messageText(notices()[0]?.body ?? {})).toContain(
      `<@${ASKER_ID}> turned on weekly self-care tips for this channel: every Friday at 16:00 America/Los_Angeles.`,
    );

    expect(await slash('tips off')).toContain('This channel will no longer get weekly self-care tips.');
    expect(notices()).toHaveLength(2);
    expect(messageText(notices()[1]?.body ?? {})).toContain(
      `<@${ASKER_ID}> turned off weekly self-care tips`,
    );

    // Nothing changed, so nothing to announce.
    await slash('tips off');
    await slash('tips');
    expect(notices()).toHaveLength(2);
  });

  it('manages tips from an @mention the same way, confirming only to the person who asked', async () => {
    await event(appMention(`<@${BOT_USER_ID}> tips on friday 16:00`));
    const [subscription] = await store.listSubscriptions();
    expect(subscription).toMatchObject({
      channelKey: `${TEAM_ID}:${CHANNEL_ID}`,
      schedule: { weekday: 5, hour: 16, minute: 0 },
    });
    const [confirmation] = h.api.calls('chat.postEphemeral');
    expect(confirmation?.body).toMatchObject({ channel: CHANNEL_ID, user: ASKER_ID });
    expect(messageText(confirmation?.body ?? {})).toContain('Weekly tips are on');
    // No random tip in the thread: the only post is the notice.
    expect(h.api.calls('chat.postMessage')).toEqual(notices());
    expect(notices()).toHaveLength(1);
  });

  it('subscribes a DM for "you", with no notice, from a DM or /sts there', async () => {
    await event(directMessage('tips on monday 9am'));
    const [reply] = h.api.calls('chat.postMessage');
    expect(reply?.body.channel).toBe(DM_CHANNEL_ID);
    const text = messageText(reply?.body ?? {});
    expect(text).toContain('sent to you here');
    expect(text).not.toContain('this channel');
    expect(await store.getSubscription('slack', `${TEAM_ID}:${DM_CHANNEL_ID}`)).toMatchObject({
      target: JSON.stringify({ channel: DM_CHANNEL_ID }),
    });
    expect(await slash('tips off', DM_CHANNEL_ID)).toContain(
      'You will no longer get weekly self-care tips here.',
    );
    expect(notices()).toEqual([]);
  });
});

describe('uninstall and revoked tokens', () => {
  it('pauses the workspace’s subscriptions on app_uninstalled, with the reason', async () => {
    await slash('tips on');
    await event(lifecycleEvent('app_uninstalled'));
    const [subscription] = await store.listSubscriptions();
    expect(subscription).toMatchObject({ status: 'paused' });
    expect(subscription?.pausedReason).toContain('uninstalled');
    expect(h.logs.some((l) => l.includes('"paused":1'))).toBe(true);
  });

  it('pauses on a revoked bot token, and ignores revoked user tokens', async () => {
    await slash('tips on');
    await event(lifecycleEvent('tokens_revoked', false));
    expect((await store.listSubscriptions())[0]?.status).toBe('active');
    await event(lifecycleEvent('tokens_revoked'));
    expect((await store.listSubscriptions())[0]).toMatchObject({ status: 'paused' });
    expect((await store.listSubscriptions())[0]?.pausedReason).toContain('revoked');
  });
});
