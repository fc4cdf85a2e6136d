import type { RecordedCall } from './fakeSlackApi.js';

/** Every piece of text a posted message carries: its fallback `text` and all text inside its blocks. */
export function messageText(message: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === 'text') parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(message);
  return parts.join('\n');
}

export function blocksOf(message: Record<string, unknown>): Record<string, unknown>[] {
  const blocks = message.blocks;
  return Array.isArray(blocks) ? (blocks as Record<string, unknown>[]) : [];
}

/** Calls that put a message in front of someone: posts, ephemerals and response_url posts. */
export function postedMessages(calls: RecordedCall[]): RecordedCall[] {
  return calls.filter((c) =>
    ['chat.postMessage', 'chat.postEphemeral', 'response_url', 'views.publish'].includes(c.method),
  );
}
