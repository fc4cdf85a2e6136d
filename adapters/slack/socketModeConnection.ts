import { connect } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../server/logger.js';
import { createBoltLogger } from './createBoltLogger.js';

/** What /readyz reports for Slack in Socket Mode: "ok" only while the WebSocket is connected. */
export type SocketModeState = 'ok' | 'connecting' | 'disconnected';

export interface SocketModeConnection {
  receiver: SocketModeReceiver;
  state(): SocketModeState;
}

/** The kinds and codes along an error's cause chain ("SMWebsocketError > TypeError > ECONNREFUSED"). */
export function causeOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
    parts.push(code ? `${current.name} (${code})` : current.name);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(' > ') : typeof error;
}

const Authenticated = z.looseObject({ url: z.string() });
const ErrorCode = z.looseObject({ code: z.string() });
const PROBE_TIMEOUT_MS = 3_000;

/**
 * undici's WebSocket reports a failed connection as an empty TypeError with no cause, so the cause
 * is found by connecting to the same host and port once: a refused or unresolvable address shows
 * up as its error code; if TCP connects, it was the WebSocket handshake that failed.
 */
function probe(wssUrl: string): Promise<string> {
  const url = new URL(wssUrl);
  const port = Number(url.port) || (url.protocol === 'wss:' ? 443 : 80);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port, timeout: PROBE_TIMEOUT_MS });
    const done = (cause: string) => {
      socket.destroy();
      resolve(cause);
    };
    socket.once('connect', () => done('WebSocket handshake failed (TCP connect works)'));
    socket.once('timeout', () => done('ETIMEDOUT'));
    socket.once('error', (error) => {
      const code = ErrorCode.safeParse(error);
      done(code.success ? code.data.code : error.name);
    });
  });
}

/**
 * Socket Mode's receiver, watched: the client's connect/disconnect events drive the readiness
 * state, and each connection error is logged with its cause, which the SDK's own line leaves empty.
 * `apiUrl` points apps.connections.open at SLACK_API_URL like every other Web API call.
 */
export function createSocketModeConnection(
  appToken: string,
  logger: Logger,
  apiUrl: string | undefined,
): SocketModeConnection {
  const receiver = new SocketModeReceiver({
    appToken,
    logger: createBoltLogger(logger),
    installerOptions: { clientOptions: apiUrl ? { slackApiUrl: apiUrl } : {} },
  });
  let state: SocketModeState = 'connecting';
  const client = receiver.client;
  client.on('connected', () => {
    if (state !== 'ok') logger.info({ platform: 'slack' }, 'slack socket mode connected');
    state = 'ok';
  });
  // "close" is the socket going away (the client then reconnects on its own); "disconnected" is final.
  for (const event of ['close', 'disconnected'] as const) {
    client.on(event, () => {
      if (state === 'ok') logger.warn({ platform: 'slack', event }, 'slack socket mode connection lost');
      state = 'disconnected';
    });
  }
  let wssUrl: string | undefined;
  client.on('authenticated', (response: unknown) => {
    const parsed = Authenticated.safeParse(response);
    wssUrl = parsed.success ? parsed.data.url : undefined;
  });
  client.on('error', (error: unknown) => {
    const chain = causeOf(error);
    // The URL carries a ticket; only the host is ever logged.
    const host = wssUrl ? new URL(wssUrl).host : undefined;
    const report = (cause: string) =>
      logger.warn({ platform: 'slack', error: chain, cause, host }, 'slack socket mode connection error');
    if (wssUrl) void probe(wssUrl).then(report);
    else report(chain);
  });
  return { receiver, state: () => state };
}
