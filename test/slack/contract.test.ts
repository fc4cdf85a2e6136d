import type { ContractDriver } from '../contract/adapterContract.js';
import { runAdapterContract } from '../contract/adapterContract.js';
import { BOT_ID, BOT_USER_ID, type RecordedCall } from './helpers/fakeSlackApi.js';
import { messageText, postedMessages } from './helpers/messageText.js';
import { ASKER_ID, appMention, directMessage, JSON_TYPE } from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

/**
 * The shared adapter contract, driven through the real server and Bolt receiver over loopback HTTP:
 * each step sends a signed (or unsigned) Slack request, waits for the listener work to finish, and
 * reads what the bot posted from the fake Slack API.
 */
function createSlackDriver(): ContractDriver {
  let h: SlackHarness | undefined;
  const harness = (): SlackHarness => {
    if (!h) throw new Error('driver not started');
    return h;
  };
  /** Sends `body` and returns the messages the bot posted because of it. */
  const exchange = async (
    body: string,
    signed = true,
  ): Promise<{ status: number; posts: RecordedCall[] }> => {
    const s = harness();
    const before = postedMessages(s.api.calls()).length;
    const res = signed
      ? await s.sendSigned(body, JSON_TYPE)
      : await s.send(body, { 'content-type': JSON_TYPE });
    await s.adapter.idle();
    return { status: res.status, posts: postedMessages(s.api.calls()).slice(before) };
  };

  return {
    async start() {
      h = await startSlackHarness();
    },
    stop: () => harness().close(),
    async askDirect(text) {
      const { posts } = await exchange(directMessage(text));
      return posts.map((p) => messageText(p.body));
    },
    async askInChannel(text) {
      const { posts } = await exchange(appMention(`<@${BOT_USER_ID}> ${text}`));
      return {
        inChannel: posts.filter((p) => p.method === 'chat.postMessage').map((p) => messageText(p.body)),
        privateToUser: posts
          .filter((p) => p.method === 'chat.postEphemeral' && p.body.user === ASKER_ID)
          .map((p) => messageText(p.body)),
      };
    },
    async deliverOwnMessage(text) {
      const { posts } = await exchange(directMessage(text, { user: BOT_USER_ID, bot_id: BOT_ID }));
      return posts.length;
    },
    async deliverUnauthenticated(text) {
      const { status, posts } = await exchange(directMessage(text), false);
      return { status, sent: posts.length };
    },
  };
}

runAdapterContract('slack', createSlackDriver);
