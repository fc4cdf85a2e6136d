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
  /** Answers only after this long (a client with a shorter timeout gives up first). */
  delayMs?: number;
  /**
   * The call took effect anyway, as when Slack posts and then answers 500 or too late: the post is
   * recorded as accepted (not `failed`) and shows in conversations.history.
   */
  posted?: true;
  /** Only for a call to this channel (by default, the next call whatever its channel). */
  channel?: string;
}

export interface FakeSlackApiOptions {
  /** The `tz` users.info reports for every user. */
  userTimeZone?: string;
}

export interface FakeSlackApi {
  /** Base URL for the WebClient's slackApiUrl. */
  apiUrl: string;
  /** A response_url the fake records posts to. */
  responseUrl(id: string): string;
  calls(method?: string): RecordedCall[];
  /** Resolves once `count` calls of `method` have been recorded in total (event-driven, no timers). */
  waitFor(method: string, count?: number): Promise<RecordedCall[]>;
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

/** The channel's messages newest first, as conversations.history lists them, from accepted posts. */
function history(recorded: RecordedCall[], body: Record<string, unknown>): Record<string, unknown> {
  const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
  const messages = recorded
    .map((call, i) => ({ call, ts: `1700000000.${String(i + 1).padStart(6, '0')}` }))
    .filter(
      ({ call }) => call.method === 'chat.postMessage' && !call.failed && call.body.channel === body.channel,
    )
    .reverse()
    .slice(0, Number(body.limit ?? 100))
    .map(({ call, ts }) => ({
      type: 'message',
      ts,
      bot_id: BOT_ID,
      text: call.body.text,
      ...(withMetadata && call.body.metadata ? { metadata: call.body.metadata } : {}),
    }));
  return { ok: true, messages, has_more: false };
}

function reply(
  method: string,
  body: Record<string, unknown>,
  n: number,
  userTimeZone: string,
): Record<string, unknown> {
  switch (method) {
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
          const queue = scripted.get(method) ?? [];
          const index = queue.findIndex((r) => r.channel === undefined || r.channel === body.channel);
          const failure = index >= 0 ? queue.splice(index, 1)[0] : undefined;
          if (failure) {
            recorded.push({ method, body, ...(failure.posted ? {} : { failed: true as const }) });
            const n = recorded.length;
            const status = failure.status ?? 200;
            const answer = () => {
              if (res.destroyed) return;
              res.writeHead(status, { 'content-type': 'application/json', ...failure.headers });
              res.end(
                JSON.stringify(
                  failure.body ??
                    (failure.status === undefined
                      ? reply(method, body, n, userTimeZone)
                      : { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' }),
                ),
              );
            };
            if (failure.delayMs) setTimeout(answer, failure.delayMs);
            else answer();
          } else if (method === 'conversations.history') {
            recorded.push({ method, body });
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(history(recorded, body)));
          } else {
            recorded.push({ method, body });
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(reply(method, body, recorded.length, userTimeZone)));
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
