import type { Recalled } from '../query/parseQuestion.js';

/**
 * What each conversation was just about, so "how long is it?" can follow "tell me about CRM".
 * Only program ids, the last intent, aspect and filters are kept, never message text; entries expire
 * after 30 minutes and the oldest go first once the cap is reached. Time is injected.
 */
export interface ConversationMemory {
  recall(key: string): Recalled | undefined;
  remember(key: string, state: Recalled): void;
  forget(key: string): void;
  size(): number;
}

export interface MemoryOptions {
  now: () => number;
  ttlMs?: number;
  maxConversations?: number;
}

export const DEFAULT_TTL_MS = 30 * 60 * 1000;
export const DEFAULT_MAX_CONVERSATIONS = 10_000;
/** A key is an opaque conversation id from an adapter; longer ones are not ids. */
const MAX_KEY_LENGTH = 300;

export function createConversationMemory(options: MemoryOptions): ConversationMemory {
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const cap = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  // A Map iterates in insertion order; re-inserting on write keeps the oldest first for eviction.
  const entries = new Map<string, { state: Recalled; at: number }>();
  return {
    recall(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (options.now() - entry.at > ttl) {
        entries.delete(key);
        return undefined;
      }
      return entry.state;
    },
    remember(key, state) {
      if (key.length === 0 || key.length > MAX_KEY_LENGTH) return;
      entries.delete(key);
      entries.set(key, {
        state: {
          programs: [...state.programs],
          intent: state.intent,
          ...(state.aspect ? { aspect: state.aspect } : {}),
          ...(state.filters ? { filters: state.filters } : {}),
        },
        at: options.now(),
      });
      while (entries.size > cap) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    forget(key) {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}
