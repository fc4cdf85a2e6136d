/**
 * Where the bot can post later without being asked (the weekly tip): one entry per conversation it was
 * installed in. Only what posting needs is kept; no names, no message text.
 */
export interface StoredConversation {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  botId: string;
  /** "personal", "groupChat" or "channel": Teams refuses a proactive post without it. */
  conversationType?: string;
  /** For channels: the team, which Teams expects in channelData alongside the channel. */
  teamId?: string;
}

/** Async so a database can back it; the in-memory version below is for development and tests. */
export interface ConversationStore {
  /** Saves or replaces; resolves true when the key was not stored before (so a welcome is sent once). */
  save(key: string, conversation: StoredConversation): Promise<boolean>;
  get(key: string): Promise<StoredConversation | undefined>;
  list(): Promise<StoredConversation[]>;
  delete(key: string): Promise<void>;
}

export function createMemoryConversationStore(): ConversationStore {
  const entries = new Map<string, StoredConversation>();
  return {
    async save(key, conversation) {
      const created = !entries.has(key);
      entries.set(key, { ...conversation });
      return created;
    },
    async get(key) {
      const found = entries.get(key);
      return found ? { ...found } : undefined;
    },
    async list() {
      return [...entries.values()].map((c) => ({ ...c }));
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
