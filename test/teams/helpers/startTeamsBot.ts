import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type Env, EnvSchema } from '../../../adapters/server/config.js';
import { createServer } from '../../../adapters/server/createServer.js';
import { createLogger } from '../../../adapters/server/logger.js';
import {
  type ConversationStore,
  createMemoryConversationStore,
} from '../../../adapters/teams/conversationStore.js';
import { createTeamsAdapter } from '../../../adapters/teams/createTeamsAdapter.js';
import { type Answerer, createAnswerer } from '../../../src/answer/answer.js';
import { loadContent } from '../../../src/content/loadContent.js';
import { createConversationMemory } from '../../../src/conversation/conversationMemory.js';

export const TEST_APP_ID = '5f0a3c1e-8b2d-4c6f-9a7e-1d3b5c7e9f20';

export interface RunningTeamsBot {
  url: string;
  conversations: ConversationStore;
  /** Every log line the server wrote, as JSON text. */
  logs: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  postRaw(body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

const content = loadContent();

/**
 * The real server (adapters/server/createServer) with the Teams adapter mounted, on a loopback port.
 * Without `appId` it runs with TEAMS_ALLOW_UNAUTHENTICATED, as for local testing; `answer` replaces the core.
 */
export async function startTeamsBot(
  options: { appId?: string; logLevel?: string; answer?: Answerer } = {},
): Promise<RunningTeamsBot> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(options.logLevel ?? 'info', sink);
  const config: Env = EnvSchema.parse(
    options.appId
      ? { MicrosoftAppId: options.appId, MicrosoftAppPassword: 'test-password-not-real' }
      : { TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
  );
  const conversations = createMemoryConversationStore();
  // Each bot gets its own conversation memory, so one test's follow-ups never reach another's.
  const answer =
    options.answer ??
    createAnswerer(content, { random: () => 0, memory: createConversationMemory({ now: Date.now }) });
  const teams = createTeamsAdapter(config, { answer, logger, conversations });
  if (!teams) throw new Error('Teams adapter did not start');
  const app = createServer({ logger, adapters: [teams], version: 'test' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;

  const postRaw = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (e.g. the SDK's plain-text error); keep the text.
    }
    return { status: res.status, body: parsed };
  };

  return {
    url,
    conversations,
    logs,
    postRaw,
    post: (body, headers = {}) =>
      postRaw(JSON.stringify(body), { 'content-type': 'application/json', ...headers }),
    close: async () => {
      await teams.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
