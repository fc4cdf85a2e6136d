import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/server/logger.js';
import { type RunningApp, startApp } from '../../adapters/server/startApp.js';
import { createSocketModeConnection } from '../../adapters/slack/socketModeConnection.js';
import { type FakeSlackApi, startFakeSlackApi } from './helpers/fakeSlackApi.js';
import { type FakeSocketMode, startFakeSocketMode } from './helpers/fakeSocketMode.js';
import { appMention, directMessage } from './helpers/slackPayloads.js';
import { BOT_TOKEN } from './helpers/startSlackHarness.js';

/** Log lines as they arrive, with a way to wait for one (event-driven, no timers). */
function logSink() {
  const lines: string[] = [];
  const waiters: { match: string; resolve: (line: string) => void }[] = [];
  return {
    lines,
    write(line: string) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (line.includes(w.match)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    },
    waitFor(match: string, after = 0): Promise<string> {
      const seen = lines.slice(after).find((l) => l.includes(match));
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

let dir: string;
let api: FakeSlackApi;
let socket: FakeSocketMode;
let app: RunningApp | undefined;
let logs: ReturnType<typeof logSink>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sts-socket-'));
  socket = await startFakeSocketMode();
  api = await startFakeSlackApi({ socketModeUrl: () => socket.url });
  logs = logSink();
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  await socket.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<RunningApp> {
  app = await startApp({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-test-socket-mode',
      SLACK_API_URL: api.apiUrl,
      TIPS_INTERVAL_SECONDS: '3600',
    },
    logDestination: logs,
  });
  await socket.connected();
  return app;
}

async function readyz(running: RunningApp) {
  const res = await fetch(`http://127.0.0.1:${running.port}/readyz`);
  return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
}

describe('Socket Mode through Bolt’s SocketModeReceiver', () => {
  it('answers an envelope once when Slack redelivers it with retry_attempt 1 and 2', async () => {
    await start();
    const mention = appMention('<@U0BOT00001> programs high relevance');
    await socket.sendEvent(mention, 0);
    await api.waitFor('chat.postMessage', 1);
    const before = logs.lines.length;
    await socket.sendEvent(mention, 1);
    await socket.sendEvent(mention, 2);
    await logs.waitFor('"retryNum":2', before);
    expect(api.calls('chat.postMessage')).toHaveLength(1);

    await socket.sendEvent(directMessage('what is STS?'), 0);
    expect(await api.waitFor('chat.postMessage', 2)).toHaveLength(2);
  });

  it('is ready only while the WebSocket is connected, and ready again after it reconnects', async () => {
    const running = await start();
    expect(await readyz(running)).toMatchObject({ status: 200, body: { checks: { slack: 'ok' } } });

    const before = logs.lines.length;
    socket.dropConnections();
    await logs.waitFor('slack socket mode connection lost', before);
    expect(await readyz(running)).toMatchObject({ status: 503, body: { checks: { slack: 'disconnected' } } });

    // The client reconnects on its own (its first retry waits its 5 s ping timeout).
    await socket.connected(2);
    await logs.waitFor('slack socket mode connected', before);
    expect(await readyz(running)).toMatchObject({ status: 200, body: { checks: { slack: 'ok' } } });
  }, 30_000);
});

describe('Socket Mode connection errors', () => {
  it('logs the cause of a failed connection instead of an empty message', async () => {
    // A port that was free a moment ago: connecting to it is refused.
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const { port } = dead.address() as { port: number };
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    await api.close();
    api = await startFakeSlackApi({ socketModeUrl: () => `ws://127.0.0.1:${port}/link` });

    const connection = createSocketModeConnection(
      'xapp-1-test-socket-mode',
      createLogger('info', logs),
      api.apiUrl,
    );
    const started = connection.receiver.client.start().catch(() => undefined);
    const line = await logs.waitFor('slack socket mode connection error');
    expect(JSON.parse(line).cause).toMatch(/ECONNREFUSED/);
    expect(connection.state()).not.toBe('ok');
    await connection.receiver.client.disconnect();
    await started;
  });
});
