import { SocketModeReceiver } from '@slack/bolt';
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
  client.on('error', (error: unknown) => {
    logger.warn({ platform: 'slack', cause: causeOf(error) }, 'slack socket mode connection error');
  });
  return { receiver, state: () => state };
}
