import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { visibleText } from './helpers/cards.js';
import { FakeConnector } from './helpers/fakeConnector.js';
import { type RunningTeamsBot, startTeamsBot } from './helpers/startTeamsBot.js';
import { CHANNEL_ID, message } from './helpers/teamsActivities.js';

let connector: FakeConnector;
let bot: RunningTeamsBot;
let url: string;

beforeAll(async () => {
  connector = await FakeConnector.start();
  bot = await startTeamsBot();
  url = connector.serviceUrl;
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => connector.clear());

/** Delivers an activity and returns the visible text of the one reply. */
async function ask(activity: Record<string, unknown>): Promise<string> {
  connector.clear();
  const res = await bot.post(activity);
  expect(res.status).toBe(200);
  expect(connector.posted).toHaveLength(1);
  return visibleText(connector.posted[0]?.activity ?? {});
}

describe('follow-ups in Teams', () => {
  it('"tell me about CRM" then "how long is it?" in a 1:1 chat answers CRM\'s length', async () => {
    expect(await ask(message(url, 'personal', 'tell me about CRM'))).toContain('Community Resiliency Model');
    const followUp = await ask(message(url, 'personal', 'how long is it?'));
    expect(followUp).toContain('Community Resiliency Model');
    expect(followUp).toContain('How long it takes');
    expect(followUp).toContain('1-hour virtual class');
  });

  it('follows up inside a channel thread, and only there', async () => {
    const root = message(url, 'channel', 'tell me about EFT-HP');
    await ask(root);
    const thread = {
      ...(root.conversation as Record<string, unknown>),
      id: `${CHANNEL_ID};messageid=${String(root.id)}`,
    };
    const reply = await ask({ ...message(url, 'channel', 'who made it?'), conversation: thread });
    expect(reply).toContain('Emotion-Focused Training for Helping Professionals');
    expect(reply).toContain('Who developed it');
    const elsewhere = await ask(message(url, 'groupChat', 'who made it?'));
    expect(elsewhere).not.toContain('Emotion-Focused Training for Helping Professionals');
  });
});
