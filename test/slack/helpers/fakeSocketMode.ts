import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
// ws 7 (installed with @slack/socket-mode) exports the server as WebSocket.Server.
import WebSocket from 'ws';

/** Socket Mode's WebSocket side, on loopback: says hello, sends envelopes, collects the app's acks. */
export interface FakeSocketMode {
  url: string;
  /** Resolves when the app has connected (and been greeted with hello) `count` times in total. */
  connected(count?: number): Promise<void>;
  /** Sends an events_api envelope wrapping `body` (an Events API JSON string); resolves on its ack. */
  sendEvent(body: string, retryAttempt: number): Promise<void>;
  /** Drops every open connection, as Slack does when it recycles a socket or the network breaks. */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const sockets = new Set<WebSocket>();
  const acks = new Map<string, () => void>();
  let connections = 0;
  let onConnect: (() => void) | undefined;
  let envelopes = 0;

  server.on('connection', (socket: WebSocket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data: WebSocket.Data) => {
      const ack = JSON.parse(String(data)) as { envelope_id?: string };
      if (ack.envelope_id) acks.get(ack.envelope_id)?.();
    });
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP00001' } }),
    );
    connections += 1;
    onConnect?.();
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected: (count = 1) =>
      new Promise((resolve) => {
        const check = () => {
          // hello is sent on connection; give the client its turn to read it before resolving.
          if (connections >= count) setImmediate(resolve);
          else onConnect = check;
        };
        check();
      }),
    sendEvent(body, retryAttempt) {
      envelopes += 1;
      const envelopeId = `env-${envelopes}`;
      const acked = new Promise<void>((resolve) => acks.set(envelopeId, resolve));
      const envelope = {
        envelope_id: envelopeId,
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt > 0 ? 'timeout' : '',
        payload: JSON.parse(body) as unknown,
      };
      for (const socket of sockets) socket.send(JSON.stringify(envelope));
      return acked;
    },
    dropConnections() {
      for (const socket of sockets) socket.terminate();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
