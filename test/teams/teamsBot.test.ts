import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/model.js';
import { cardErrors, cardsOf, visibleText } from './helpers/cards.js';
import { FakeConnector } from './helpers/fakeConnector.js';
import { type RunningTeamsBot, startTeamsBot } from './helpers/startTeamsBot.js';
import {
  BOT,
  botAdded,
  botRemoved,
  CHANNEL_ID,
  extensionQuery,
  extensionSelect,
  GROUP_CHAT_ID,
  installationUpdate,
  message,
  PERSONAL_ID,
  submit,
  TEAM_ID,
  TENANT_ID,
  USER,
} from './helpers/teamsActivities.js';

const EFT_HP = 'Emotion-Focused Training for Helping Professionals';
const CRISIS_WORDS = 'i want to end my life';

let connector: FakeConnector;
let bot: RunningTeamsBot;
let url: string;

beforeAll(async () => {
  connector = await FakeConnector.start();
  bot = await startTeamsBot();
  url = connector.serviceUrl;
});
afterAll(async () => {
  // Nothing the bot logged may carry message text, names or user ids.
  const logs = bot.logs.join('\n');
  for (const secret of ['high relevance', 'end my life', USER.name, USER.id, USER.aadObjectId]) {
    expect(logs).not.toContain(secret);
  }
  await bot.close();
  await connector.close();
});
beforeEach(() => connector.clear());
afterEach(() => {
  // Every card the bot posted is a valid Adaptive Card 1.5, and it only called routes Teams has.
  for (const posted of connector.posted) {
    for (const card of cardsOf(posted.activity)) expect(cardErrors(card)).toEqual([]);
  }
  expect(connector.unexpected).toEqual([]);
});

async function deliver(activity: Record<string, unknown>): Promise<void> {
  const res = await bot.post(activity);
  expect(res.status).toBe(200);
}

describe('messages', () => {
  it('answers an @mention in a channel with an Adaptive Card, threaded under the question', async () => {
    const question = message(url, 'channel', 'programs high relevance');
    await deliver(question);

    expect(connector.posted).toHaveLength(1);
    const [reply] = connector.posted;
    expect(reply?.conversationId).toBe(`${CHANNEL_ID};messageid=${String(question.id)}`);
    expect(reply?.replyToId).toBe(question.id);
    // The card alone: its heading is the only title; the summary is for notifications.
    expect(reply?.activity.text).toBeUndefined();
    const [card] = cardsOf(reply?.activity ?? {});
    expect(reply?.activity.summary).toBe('STS programs: CWS relevance High');
    expect(JSON.stringify(card)).toContain(
      '"text":"STS programs: CWS relevance High","wrap":true,"style":"heading"',
    );
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = visibleText(reply?.activity ?? {});
    expect(text).toContain(EFT_HP);
    expect(text).toContain('Mockingbird Family');
    expect(text).not.toContain('Community Resiliency Model');
    expect(text).not.toContain('<at>');
  });

  it('ignores a group chat message that does not mention it, and answers one that does', async () => {
    await deliver(message(url, 'groupChat', 'programs high relevance', { mention: false }));
    expect(connector.posted).toHaveLength(0);

    await deliver(message(url, 'groupChat', 'programs high relevance'));
    expect(connector.posted).toHaveLength(1);
    expect(connector.posted[0]?.conversationId).toBe(GROUP_CHAT_ID);
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain(EFT_HP);
  });

  it('answers every message in a 1:1 chat', async () => {
    await deliver(message(url, 'personal', 'tell me about CRM'));
    expect(connector.posted).toHaveLength(1);
    expect(connector.posted[0]?.conversationId).toBe(PERSONAL_ID);
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('Community Resiliency Model');
  });

  it('reads the question past mention markup, HTML and &nbsp;', async () => {
    await deliver(message(url, 'channel', 'compare&nbsp;<b>crm</b> and <i>schc</i>'));
    const text = visibleText(connector.posted[0]?.activity ?? {});
    expect(text).toContain('Comparing CRM, SCHC');
    expect(text).not.toMatch(/<b>|<i>|&nbsp;/);
  });

  it('ignores its own messages and other bots', async () => {
    await deliver(message(url, 'personal', 'programs high relevance', { from: BOT }));
    await deliver(
      message(url, 'channel', 'programs high relevance', {
        from: { id: '28:another-bot', name: 'Other Bot', role: 'bot' },
      }),
    );
    expect(connector.posted).toHaveLength(0);
  });

  it('answers a Details button by turning that card into the program in place', async () => {
    await deliver(message(url, 'channel', 'programs high relevance'));
    const [card] = cardsOf(connector.posted[0]?.activity ?? {});
    const details = JSON.stringify(card).match(/"data":(\{"action":"sts\.details","programId":"[^"]+"\})/);
    expect(details?.[1]).toBeDefined();
    const data: unknown = JSON.parse(details?.[1] ?? '{}');
    expect(data).toEqual({ action: 'sts.details', programId: 'eft-hp' });
    connector.clear();

    const click = submit(url, 'channel', data);
    await deliver(click);
    // No new post for the whole thread: the card the button is on is replaced (updateActivity).
    expect(connector.posted).toEqual([]);
    expect(connector.updated).toHaveLength(1);
    const [update] = connector.updated;
    expect(update?.activityId).toBe(click.replyToId);
    expect(update?.activity.id).toBe(click.replyToId);
    const [detail] = cardsOf(update?.activity ?? {});
    expect(visibleText(update?.activity ?? {})).toContain('Key facts');
    // The short detail offers the full profile, and no Details button for itself.
    const more = JSON.stringify(detail).match(
      /"data":(\{"action":"sts\.details","programId":"eft-hp","full":true\})/,
    );
    expect(more?.[1]).toBeDefined();
    expect(JSON.stringify(detail)).not.toContain('"programId":"eft-hp"}');
    connector.clear();

    // "More about" expands the same card again, into the full profile.
    const again = submit(url, 'channel', JSON.parse(more?.[1] ?? '{}'));
    await deliver(again);
    expect(connector.posted).toEqual([]);
    expect(connector.updated).toHaveLength(1);
    const profile = visibleText(connector.updated[0]?.activity ?? {});
    expect(profile).toContain('full profile');
    expect(profile).toContain('Who it is for');
  });

  it('posts the detail as a new message when Teams will not update the card', async () => {
    connector.refuseUpdates = true;
    await deliver(submit(url, 'personal', { action: 'sts.details', programId: 'crm' }));
    expect(connector.updated).toEqual([]);
    expect(connector.posted).toHaveLength(1);
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('Key facts');
  });

  it('answers a tapped example question where the card is, without an @mention', async () => {
    await deliver(message(url, 'channel', 'help'));
    const [card] = cardsOf(connector.posted[0]?.activity ?? {});
    const ask = JSON.stringify(card).match(
      /"data":(\{"action":"sts\.ask","question":"compare CRM and SCHC"\})/,
    );
    expect(ask?.[1]).toBeDefined();
    connector.clear();
    await deliver(submit(url, 'channel', JSON.parse(ask?.[1] ?? '{}')));
    expect(connector.posted).toHaveLength(1);
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('Comparing CRM, SCHC');
  });

  it('offers the examples as suggestedActions in a 1:1 chat, and the help line as tel: and sms: buttons', async () => {
    await deliver(message(url, 'personal', 'help'));
    const activity = connector.posted[0]?.activity ?? {};
    expect(activity.suggestedActions).toMatchObject({
      actions: expect.arrayContaining([
        { type: 'imBack', title: 'tell me about CRM', value: 'tell me about CRM' },
      ]),
    });
    const json = JSON.stringify(cardsOf(activity));
    expect(json).toContain('{"type":"Action.OpenUrl","title":"Call 988","url":"tel:988"}');
    expect(json).toContain('{"type":"Action.OpenUrl","title":"Text 988","url":"sms:988"}');
    expect(json).toContain('{"type":"Action.OpenUrl","title":"Call 911","url":"tel:911"}');
    expect(json).not.toContain('sts.ask');
  });

  it('says so for an unknown program and ignores values from other cards', async () => {
    await deliver(submit(url, 'personal', { action: 'sts.details', programId: 'no-such-program' }));
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('could not find that program');
    connector.clear();
    await deliver(submit(url, 'personal', { action: 'something.else', programId: 'crm' }));
    await deliver(submit(url, 'personal', 'just a string'));
    expect(connector.posted).toHaveLength(0);
  });
});

describe('crisis', () => {
  it('moves a crisis answer from a channel to a 1:1 chat and leaves only a neutral note', async () => {
    await deliver(message(url, 'channel', CRISIS_WORDS));

    expect(connector.created).toHaveLength(1);
    const created = connector.created[0];
    expect(created?.parameters).toMatchObject({
      isGroup: false,
      bot: { id: BOT.id },
      members: [{ id: USER.id }],
      tenantId: TENANT_ID,
    });
    const privately = connector.posted.filter((p) => p.conversationId === created?.id);
    const inChannel = connector.posted.filter((p) => p.conversationId.startsWith(CHANNEL_ID));
    expect(privately).toHaveLength(1);
    const privateText = visibleText(privately[0]?.activity ?? {});
    expect(privateText).toContain('988');
    expect(privateText).toContain('741741');
    expect(inChannel.map((p) => visibleText(p.activity))).toEqual(["I've sent you a private message."]);
    expect(JSON.stringify(connector.posted)).not.toContain('end my life');
  });

  it('answers a crisis directly in a 1:1 chat', async () => {
    await deliver(message(url, 'personal', CRISIS_WORDS));
    expect(connector.created).toHaveLength(0);
    expect(connector.posted).toHaveLength(1);
    expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('988');
  });

  it('posts only the crisis resources in the channel when a 1:1 chat cannot be opened', async () => {
    connector.refuseConversations = true;
    await deliver(message(url, 'groupChat', CRISIS_WORDS));

    expect(connector.created).toHaveLength(0);
    expect(connector.posted).toHaveLength(1);
    const text = visibleText(connector.posted[0]?.activity ?? {});
    expect(text).toContain('988');
    expect(text).toContain('741741');
    expect(text).not.toContain('ending your life');
    expect(JSON.stringify(connector.posted)).not.toContain('end my life');
  });
});

describe('install', () => {
  it('welcomes a team once, with example questions, and stores only where to post', async () => {
    await deliver(botAdded(url, 'channel'));
    await deliver(installationUpdate(url, 'channel', 'add'));

    expect(connector.posted).toHaveLength(1);
    expect(connector.posted[0]?.conversationId).toBe(CHANNEL_ID);
    const text = visibleText(connector.posted[0]?.activity ?? {});
    expect(text).toContain('Thanks for adding me');
    expect(text).toContain('programs high relevance');
    expect(text).toContain('@mention me');
    expect(await bot.conversations.get(CHANNEL_ID)).toEqual({
      channelId: 'msteams',
      serviceUrl: url,
      conversationId: CHANNEL_ID,
      tenantId: TENANT_ID,
      botId: BOT.id,
      conversationType: 'channel',
      teamId: TEAM_ID,
    });
  });

  it('welcomes a 1:1 install and forgets a conversation when the app is removed', async () => {
    await deliver(installationUpdate(url, 'personal', 'add'));
    expect(connector.posted).toHaveLength(1);
    expect(visibleText(connector.posted[0]?.activity ?? {})).not.toContain('@mention me');
    expect(await bot.conversations.get(PERSONAL_ID)).toBeDefined();

    await deliver(installationUpdate(url, 'personal', 'remove'));
    await deliver(botRemoved(url, 'channel'));
    expect(await bot.conversations.get(PERSONAL_ID)).toBeUndefined();
    expect(await bot.conversations.get(CHANNEL_ID)).toBeUndefined();
  });

  it('does not welcome when only people join', async () => {
    const joined = { ...botAdded(url, 'channel'), membersAdded: [{ id: USER.id }] };
    await deliver(joined);
    expect(connector.posted).toHaveLength(0);
  });
});

describe('errors', () => {
  it('apologises when sending the answer fails, and logs the failure without the question', async () => {
    connector.failNextPosts = 1;
    await deliver(message(url, 'personal', 'programs high relevance'));
    expect(connector.posted.map((p) => visibleText(p.activity))).toEqual([
      'Sorry, something went wrong on my side. Please try again in a moment.',
    ]);
    const failure = bot.logs.find((line) => line.includes('teams turn failed'));
    expect(failure).toContain('"statusCode":400');
    expect(failure).toContain('"activityType":"message"');
    expect(failure).toContain('"intent":"list"');
    expect(failure).not.toContain('Unknown attachment type');
  });

  it('apologises when the core throws, logging neither the question nor the error message', async () => {
    const failing = await startTeamsBot({
      answer: Object.assign(
        (question: string): Answer => {
          if (question.includes('explode')) throw new TypeError(`cannot read ${question}`);
          return { intent: 'help', title: 'Help', blocks: [], programs: [], private: false };
        },
        { finish: (a: Answer) => a },
      ),
    });
    try {
      await failing.post(message(url, 'channel', 'please explode now'));
      expect(connector.posted).toHaveLength(1);
      expect(visibleText(connector.posted[0]?.activity ?? {})).toContain('Sorry, something went wrong');
      const logs = failing.logs.join('\n');
      expect(logs).toContain('"name":"TypeError"');
      expect(logs).not.toContain('explode');
      expect(logs).not.toContain('cannot read');
    } finally {
      await failing.close();
    }
  });
});

describe('search messaging extension', () => {
  type Result = {
    composeExtension: { type: string; attachmentLayout: string; attachments: Attachment[]; text?: string };
  };
  type Attachment = { content: unknown; preview: { content: { title: string; tap: { value: unknown } } } };

  async function invoke(activity: Record<string, unknown>): Promise<Result> {
    const res = await bot.post(activity);
    expect(res.status).toBe(200);
    return res.body as Result;
  }

  it('returns one card per matching program, with a preview that selects it', async () => {
    const { composeExtension } = await invoke(extensionQuery(url, 'high relevance'));
    expect(composeExtension.type).toBe('result');
    expect(composeExtension.attachmentLayout).toBe('list');
    expect(composeExtension.attachments.map((a) => a.preview.content.tap.value)).toEqual([
      { programId: 'eft-hp' },
      { programId: 'mockingbird-family' },
    ]);
    for (const a of composeExtension.attachments) expect(cardErrors(a.content)).toEqual([]);
    expect(connector.posted).toHaveLength(0);
  });

  it('lists every program when the search box is empty, as compact cards', async () => {
    const initial = await invoke(extensionQuery(url));
    const blank = await invoke(extensionQuery(url, '  '));
    expect(initial.composeExtension.attachments).toHaveLength(5);
    expect(blank.composeExtension.attachments).toHaveLength(5);
    // Name, rating, the start of the overview and the CEBC link: not the whole detail card.
    const bytes = JSON.stringify(initial).length;
    expect(bytes).toBeLessThan(15_000);
    const [first] = initial.composeExtension.attachments;
    const text = visibleText({
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: first?.content }],
    });
    expect(text).toContain('Rating 3 (Promising Research Evidence)');
    expect(text).not.toContain('Who it is for');
  });

  it('returns nothing for another command or a search that matches no program', async () => {
    expect((await invoke(extensionQuery(url, 'crm', 'otherCommand'))).composeExtension.attachments).toEqual(
      [],
    );
    expect((await invoke(extensionQuery(url, 'what is sts'))).composeExtension.attachments).toEqual([]);
  });

  it.each([
    ['a crisis', CRISIS_WORDS, '741741'],
    ['danger now', 'i have the pills in my hand right now', 'Call 911 now'],
    ['worry about someone else', 'my client told me she wants to kill herself', 'someone else'],
    ['a heavy day', 'i cried in my car after court again', 'common for people who do this work'],
  ])('answers %s in search only to the searcher, with nothing to insert', async (_name, words, expected) => {
    const { composeExtension } = await invoke(extensionQuery(url, words));
    expect(composeExtension.type).toBe('message');
    expect(composeExtension.attachments).toBeUndefined();
    expect(composeExtension.text).toContain(expected);
    expect(composeExtension.text).toContain('988');
    expect(composeExtension.text).not.toContain(words.slice(0, 16));
    expect(connector.posted).toHaveLength(0);
  });

  it('returns the selected program card, and nothing for an unknown one', async () => {
    const selected = await invoke(extensionSelect(url, { programId: 'crm' }));
    const [attachment] = selected.composeExtension.attachments;
    expect(cardErrors(attachment?.content)).toEqual([]);
    expect(JSON.stringify(attachment?.content)).toContain('Community Resiliency Model');
    expect((await invoke(extensionSelect(url, { programId: 'nope' }))).composeExtension.attachments).toEqual(
      [],
    );
    expect((await invoke(extensionSelect(url, 42))).composeExtension.attachments).toEqual([]);
  });
});
