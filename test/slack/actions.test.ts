import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blocksOf, messageText, postedMessages } from './helpers/messageText.js';
import { ASKER_ID, blockAction, FORM } from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

let h: SlackHarness;
let before: number;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  before = h.api.calls().length;
});

// auth.test runs once, lazily, on the first request; it is not a reply.
const newCalls = () =>
  h.api
    .calls()
    .slice(before)
    .filter((c) => c.method !== 'auth.test');

/** Clicks a button: Slack expects an empty 200 ack at once; the reply follows through the Web API. */
async function click(actionId: string, value: string, onMessage = true): Promise<void> {
  const body = blockAction({
    actionId,
    value,
    ...(onMessage ? { responseUrl: h.api.responseUrl(actionId) } : {}),
  });
  const res = await h.sendSigned(body, FORM);
  expect(res).toEqual({ status: 200, text: '' });
  await h.adapter.idle();
}

describe('Details button', () => {
  it('answers ephemerally with the program detail from the core', async () => {
    await click('sts_details', 'eft-hp');
    const [reply, ...rest] = newCalls();
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ method: 'response_url', responseId: 'sts_details' });
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = blocksOf(reply?.body ?? {});
    expect(blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Emotion-Focused Training for Helping Professionals (EFT-HP)' },
    });
    const text = messageText(reply?.body ?? {});
    expect(text).toContain('Key facts');
    expect(JSON.stringify(blocks)).toContain('"action_id":"sts_more"');
    // The detail itself can be shared; it has no further Details buttons.
    expect(JSON.stringify(blocks)).toContain(
      '"action_id":"sts_share","text":{"type":"plain_text","text":"Share in channel"},"value":"EFT-HP"',
    );
    expect(JSON.stringify(blocks)).not.toContain('sts_details');
  });

  it('"More about" answers with the full profile of the program', async () => {
    await click('sts_more', 'eft-hp');
    const [reply] = newCalls();
    expect(reply).toMatchObject({ method: 'response_url', responseId: 'sts_more' });
    const text = messageText(reply?.body ?? {});
    expect(text).toContain('full profile');
    expect(text).toContain('How long it takes');
    expect(text).toContain('Research');
  });

  it('ignores "More about" for a program id it does not know', async () => {
    await click('sts_more', 'no-such-program');
    expect(newCalls()).toEqual([]);
  });

  it('sends the detail to the DM when clicked on the Home tab (no response URL)', async () => {
    await click('sts_details', 'crm', false);
    const calls = newCalls();
    expect(calls.map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(calls[0]?.body).toMatchObject({ users: ASKER_ID });
    expect(calls[1]?.body).toMatchObject({ channel: 'D0OPENED01' });
    expect(blocksOf(calls[1]?.body ?? {})[0]).toMatchObject({
      text: { text: 'Community Resiliency Model (CRM®)' },
    });
  });

  it('does nothing for a program id the core does not know', async () => {
    await click('sts_details', 'no-such-program');
    expect(postedMessages(newCalls())).toEqual([]);
  });
});

describe('Share button', () => {
  it('posts the same answer in the channel, crediting who shared it', async () => {
    await click('sts_share', 'programs high relevance');
    const [shared, ...rest] = newCalls();
    expect(rest).toEqual([]);
    expect(shared?.method).toBe('response_url');
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = blocksOf(shared?.body ?? {});
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `Shared by <@${ASKER_ID}>` }],
    });
    const text = messageText(shared?.body ?? {});
    expect(text).toContain('Emotion-Focused Training for Helping Professionals');
    expect(text).toContain('Mockingbird Family');
    expect(JSON.stringify(blocks)).not.toContain('sts_share');
  });

  it.each([
    ['a crisis question', 'i want to end my life'],
    ['help', 'help'],
    ['a question with no answer', 'what is the weather'],
  ])('refuses to share %s even from a crafted payload', async (_name, question) => {
    await click('sts_share', question);
    expect(postedMessages(newCalls())).toEqual([]);
  });
});

describe('unknown buttons', () => {
  it('acks an unknown action id with 200 and posts nothing', async () => {
    await click('sts_something_else', 'x');
    expect(postedMessages(newCalls())).toEqual([]);
  });
});
