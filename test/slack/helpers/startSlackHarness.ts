import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../../adapters/server/config.js';
import { createServer } from '../../../adapters/server/createServer.js';
import { createLogger } from '../../../adapters/server/logger.js';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../../adapters/slack/createSlackAdapter.js';
import { createAnswerer } from '../../../src/answer/answer.js';
import { loadContent } from '../../../src/content/loadContent.js';
import { createConversationMemory } from '../../../src/conversation/conversationMemory.js';
import { type FakeSlackApi, startFakeSlackApi } from './fakeSlackApi.js';
import { slackSignatureHeaders } from './signSlackRequest.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-0000-token';

export interface SlackResponse {
  status: number;
  text: string;
}

export interface SlackHarness {
  /** The server's Slack endpoint. */
  url: string;
  api: FakeSlackApi;
  adapter: SlackAdapter;
  /** Every log line the server wrote, as JSON text. */
  logs: string[];
  /** Sends a body signed exactly as Slack signs it; `timestamp` lets a test send a stale one. */
  sendSigned(body: string, contentType: string, timestamp?: number): Promise<SlackResponse>;
  /** Sends a body with whatever headers the test gives (for unsigned or forged requests). */
  send(body: string, headers: Record<string, string>): Promise<SlackResponse>;
  close(): Promise<void>;
}

/**
 * The whole path a Slack request takes in production: our express server (createServer) with the
 * Slack adapter mounted, the real Bolt receiver, on loopback; Web API calls go to a fake Slack API.
 */
export async function startSlackHarness(logLevel = 'info'): Promise<SlackHarness> {
  const api = await startFakeSlackApi();
  const logs: string[] = [];
  const logger = createLogger(logLevel, { write: (line: string) => logs.push(line) });
  const config = readConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
  });
  const answer = createAnswerer(loadContent(), {
    random: () => 0,
    memory: createConversationMemory({ now: Date.now }),
  });
  const adapter = createSlackAdapter(config, { answer, logger }, { apiRetries: 0 });
  if (!adapter) throw new Error('Slack adapter was not created');
  const app = createServer({ logger, adapters: [adapter], version: 'test' });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;

  const send = async (body: string, headers: Record<string, string>): Promise<SlackResponse> => {
    const res = await fetch(url, { method: 'POST', headers, body });
    return { status: res.status, text: await res.text() };
  };

  return {
    url,
    api,
    adapter,
    logs,
    send,
    sendSigned: (body, contentType, timestamp) =>
      send(body, { 'content-type': contentType, ...slackSignatureHeaders(SIGNING_SECRET, body, timestamp) }),
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
    },
  };
}
