import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'U0BOT00001';
export const BOT_ID = 'B0BOT00001';

export interface RecordedCall {
  /** A Web API method ("chat.postMessage") or "response_url" for posts to a response URL. */
  method: string;
  body: Record<string, unknown>;
  /** For response_url posts: the id in /response/<id>. */
  responseId?: string;
  /** Set when the fake answered with a response scripted by failNext instead of success. */
  failed?: true;
}

/** A response to give instead of success: an HTTP status (e.g. 429 with retry-after) and/or a body. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Defaults to Slack's error body for the status: `ratelimited` for 429, else `fatal_error`. */
  body?: Record<string, unknown>;
}

export interface FakeSlackApiOptions {
  /** The `tz` users.info reports for every user. */
  userTimeZone?: string;
  /** The WebSocket URL apps.connections.open hands out (Socket Mode); read on each call. */
  socketModeUrl?: () => string;
}

/** How conversations.info describes a channel: the bot is a member unless a test says otherwise. */
export type ChannelMembership = 'member' | 'not-member' | 'not-found';

export interface FakeSlackApi {
  /** Base URL for the WebClient's slackApiUrl. */
  apiUrl: string;
  /** A response_url the fake records posts to. */
  responseUrl(id: string): string;
  calls(method?: string): RecordedCall[];
  /** Resolves once `count` calls of `method` have been recorded in total (event-driven, no timers). */
  waitFor(method: string, count?: number): Promise<RecordedCall[]>;
  /** Removes and returns the recorded calls of `method` that match, e.g. notices a test checks apart from tips. */
  take(method: string, matches: (call: RecordedCall) => boolean): RecordedCall[];
  /** Sets what conversations.info says about `channel` from now on (default: the bot is a member). */
  setMembership(channel: string, membership: ChannelMembership): void;
  /** Answers the next call of `method` with `response` (queued: call again to script the one after). */
  failNext(method: string, response: ScriptedResponse): void;
  close(): Promise<void>;
}

/** Form fields the WebClient sends JSON-encoded. */
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}

function reply(
  method: string,
  body: Record<string, unknown>,
  n: number,
  userTimeZone: string,
  memberships: Map<string, ChannelMembership>,
  socketModeUrl: (() => string) | undefined,
): Record<string, unknown> {
  switch (method) {
    case 'apps.connections.open':
      return socketModeUrl
        ? { ok: true, url: socketModeUrl() }
        : { ok: false, error: 'not_allowed_token_type' };
    case 'conversations.info': {
      const channel = String(body.channel ?? '');
      const membership = memberships.get(channel) ?? 'member';
      if (membership === 'not-found') return { ok: false, error: 'channel_not_found' };
      return channel.startsWith('D')
        ? { ok: true, channel: { id: channel, is_im: true, user: 'U0ASKER001' } }
        : { ok: true, channel: { id: channel, is_channel: true, is_member: membership === 'member' } };
    }
    case 'auth.test':
      return {
        ok: true,
        url: 'https://test.slack.com/',
        team: 'Test',
        user: 'sts-bot',
        team_id: 'T0TEST0001',
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
      };
    case 'chat.postMessage':
      return { ok: true, channel: body.channel, ts: `1700000000.${String(n).padStart(6, '0')}` };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `1700000000.${String(n).padStart(6, '0')}` };
    case 'views.publish':
      return { ok: true, view: { id: 'V0VIEW0001' } };
    case 'conversations.open':
      return { ok: true, channel: { id: 'D0OPENED01' } };
    case 'users.info':
      return { ok: true, user: { id: body.user, tz: userTimeZone } };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/**
 * A stand-in for slack.com/api and for response URLs, on loopback: it records every call and answers
 * like Slack does for the methods the adapter uses.
 */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const userTimeZone = options.userTimeZone ?? 'America/Los_Angeles';
  const recorded: RecordedCall[] = [];
  const scripted = new Map<string, ScriptedResponse[]>();
  const memberships = new Map<string, ChannelMembership>();
  const waiters: { method: string; count: number; resolve: (calls: RecordedCall[]) => void }[] = [];
  const matching = (method: string) => recorded.filter((c) => c.method === method);
  const settle = () => {
    for (const w of [...waiters]) {
      const calls = matching(w.method);
      if (calls.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(calls);
      }
    }
  };

  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const response = /^\/response\/([^/]+)$/.exec(path);
        if (response?.[1]) {
          recorded.push({ method: 'response_url', body, responseId: response[1] });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        } else {
          const method = path.replace(/^\/api\//, '');
          const failure = scripted.get(method)?.shift();
          if (failure) {
            recorded.push({ method, body, failed: true });
            const status = failure.status ?? 200;
            res.writeHead(status, { 'content-type': 'application/json', ...failure.headers });
            res.end(
              JSON.stringify(
                failure.body ?? { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' },
              ),
            );
          } else {
            recorded.push({ method, body });
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(
              JSON.stringify(
                reply(method, body, recorded.length, userTimeZone, memberships, options.socketModeUrl),
              ),
            );
          }
        }
        settle();
      },
      () => res.writeHead(400).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls: (method) => (method ? matching(method) : [...recorded]),
    waitFor: (method, count = 1) =>
      new Promise((resolve) => {
        waiters.push({ method, count, resolve });
        settle();
      }),
    take(method, matches) {
      const taken = recorded.filter((c) => c.method === method && matches(c));
      for (const call of taken) recorded.splice(recorded.indexOf(call), 1);
      return taken;
    },
    setMembership(channel, membership) {
      memberships.set(channel, membership);
    },
    failNext(method, response) {
      scripted.set(method, [...(scripted.get(method) ?? []), response]);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
