import { z } from 'zod';
import type { TipsStore } from '../../src/tips/store.js';
import type { ConversationStore, StoredConversation } from './conversationStore.js';

const Stored = z.object({
  channelId: z.string(),
  serviceUrl: z.string(),
  conversationId: z.string(),
  tenantId: z.string().optional(),
  botId: z.string(),
  conversationType: z.string().optional(),
  teamId: z.string().optional(),
});

function parse(json: string): StoredConversation | undefined {
  const parsed = Stored.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : undefined;
}

/** The Teams conversation store on the bot's database, so references survive restarts and replicas. */
export function conversationsInStore(
  store: TipsStore,
  now: () => Date = () => new Date(),
): ConversationStore {
  return {
    save: (key, conversation) => store.saveConversation(key, JSON.stringify(conversation), now()),
    async get(key) {
      const json = await store.getConversation(key);
      return json === undefined ? undefined : parse(json);
    },
    async list() {
      return (await store.listConversations()).flatMap((json) => parse(json) ?? []);
    },
    delete: (key) => store.deleteConversation(key),
  };
}
