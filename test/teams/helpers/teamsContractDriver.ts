import { vi } from 'vitest';
import type { ContractDriver } from '../../contract/adapterContract.js';
import { visibleText } from './cards.js';
import { FakeConnector } from './fakeConnector.js';
import { type RunningTeamsBot, startTeamsBot, TEST_APP_ID } from './startTeamsBot.js';
import { BOT, CHANNEL_ID, message } from './teamsActivities.js';

/**
 * The shared adapter contract, driven over loopback HTTP: activities go to the real CloudAdapter,
 * replies are read back from the fake connector as the text a person would see.
 */
export function createTeamsContractDriver(): ContractDriver {
  let connector: FakeConnector;
  let open: RunningTeamsBot;
  let secured: RunningTeamsBot;

  const deliver = async (bot: RunningTeamsBot, activity: Record<string, unknown>) => {
    connector.clear();
    return bot.post(activity);
  };

  return {
    async start() {
      connector = await FakeConnector.start();
      open = await startTeamsBot();
      secured = await startTeamsBot({ appId: TEST_APP_ID });
    },
    async stop() {
      await open.close();
      await secured.close();
      await connector.close();
    },
    async askDirect(text) {
      await deliver(open, message(connector.serviceUrl, 'personal', text));
      return connector.posted.map((p) => visibleText(p.activity));
    },
    async askInChannel(text) {
      await deliver(open, message(connector.serviceUrl, 'channel', text));
      const privateIds = new Set(connector.created.map((c) => c.id));
      return {
        inChannel: connector.posted
          .filter((p) => p.conversationId.startsWith(CHANNEL_ID))
          .map((p) => visibleText(p.activity)),
        privateToUser: connector.posted
          .filter((p) => privateIds.has(p.conversationId))
          .map((p) => visibleText(p.activity)),
      };
    },
    async deliverOwnMessage(text) {
      await deliver(open, message(connector.serviceUrl, 'personal', text, { from: BOT }));
      return connector.posted.length;
    },
    async deliverUnauthenticated(text) {
      // CloudAdapter console.error()s each refused request; keep the test output readable.
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const { status } = await deliver(secured, message(connector.serviceUrl, 'personal', text));
        return { status, sent: connector.posted.length + connector.created.length };
      } finally {
        quiet.mockRestore();
      }
    },
  };
}
