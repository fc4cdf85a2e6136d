import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// ws 7 (installed with @slack/socket-mode); the Playground streams its chat over a WebSocket.
import WebSocket from 'ws';
import { type RunningApp, startApp } from '../../adapters/server/startApp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

/** A message as the Playground's chat stream reports it (what its web client would render). */
export interface StreamEvent {
  action: string;
  actionConversationId: string;
  message?: {
    messageId: string;
    text?: string;
    attachments?: { contentType: string; content: unknown }[];
    suggestedActions?: { actions?: { type: string; title: string; value: unknown }[] };
  };
}

export interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: { id: string; name: string };
  personalChat: { id: string };
  teams: { id: string; channels: { id: string }[] }[];
}

export interface Playground {
  app: RunningApp;
  clock: { now: Date };
  config: PlaygroundConfig;
  /** Every chat event the Playground streamed, in order. */
  events: StreamEvent[];
  /** Resolves with the first event from index `after` on that matches (event-driven, no timers). */
  next(match: (event: StreamEvent) => boolean, after?: number): Promise<StreamEvent>;
  /** POSTs JSON to the Playground's own API, as its web client does; resolves with status and body. */
  post(path: string, body: unknown): Promise<{ status: number; body: string }>;
  /** Bot log lines (JSON). */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Microsoft's Agents Playground (`agentsplayground start`, headless: TEAMSAPPTESTER_BROWSER=none,
 * telemetry off) pointed at the whole bot as `npm start` builds it (startApp, on loopback, with a
 * clock the test moves). The Playground plays Teams: it sends the activities its client would and
 * runs the connector the bot replies and posts proactively to.
 */
export async function startPlayground(start: string): Promise<Playground> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sts-playground-'));
  const clock = { now: new Date(start) };
  const logs: string[] = [];
  const app = await startApp({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      TIPS_INTERVAL_SECONDS: '3600',
    },
    now: () => clock.now,
    logDestination: { write: (line: string) => logs.push(line) },
  });
  await app.scheduler?.tick();

  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'start', '-e', `http://127.0.0.1:${app.port}/api/messages`, '-c', 'msteams', '-p', '0', '--dt'],
    {
      cwd: dataDir,
      env: { PATH: process.env.PATH, HOME: dataDir, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}): ${output}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const config = ((await (await fetch(`${base}/_internal/v1/config`)).json()) as { config: PlaygroundConfig })
    .config;

  const events: StreamEvent[] = [];
  const waiters: { match: (e: StreamEvent) => boolean; after: number; resolve: (e: StreamEvent) => void }[] =
    [];
  const settle = () => {
    for (const w of [...waiters]) {
      const found = events.slice(w.after).find(w.match);
      if (found) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(found);
      }
    }
  };
  const stream = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  stream.on('message', (data: WebSocket.Data) => {
    events.push(JSON.parse(String(data)) as StreamEvent);
    settle();
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });

  return {
    app,
    clock,
    config,
    events,
    logs,
    next: (match, after = 0) =>
      new Promise((resolve) => {
        waiters.push({ match, after, resolve });
        settle();
      }),
    async post(path, body) {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.text() };
    },
    async close() {
      stream.close();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
