import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Post {
  /** Which replica sent it: each replica gets its own SLACK_API_URL path prefix. */
  replica: string;
  channel: string;
  /** False until the reply is written; a withheld post stays false (Slack posted it, the reply was lost). */
  answered: boolean;
  /** The message metadata the post carried (JSON), which conversations.history gives back. */
  metadata?: unknown;
}

export interface SlowSlackApi {
  /** SLACK_API_URL for one replica. */
  apiUrl(replica: string): string;
  posts(): Post[];
  /** Resolves once `test` holds for the posts recorded so far (checked on each post, no polling). */
  until(test: (posts: Post[]) => boolean): Promise<Post[]>;
  /** Starts answering: until then every post waits, so replicas that start late still take part. */
  open(): void;
  /** Records this replica's posts from now on but never answers them, as if it died mid-request. */
  withhold(replica: string): void;
  close(): Promise<void>;
}

/**
 * A loopback chat.postMessage for several replicas. The shared fake Slack API answers at once, so the
 * first replica to start would deliver everything; this one holds replies until opened, answers each
 * after `delayMs` and tells replicas apart by URL. A post is recorded when it arrives, the moment Slack
 * would show it in the channel.
 */
export async function startSlowSlackApi(delayMs: number): Promise<SlowSlackApi> {
  const posts: Post[] = [];
  const withheld = new Set<string>();
  let held: (() => void)[] | undefined = [];
  const waiters: { test: (posts: Post[]) => boolean; resolve: (posts: Post[]) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (!waiter.test(posts)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(posts);
    }
  };

  const answer = (post: Post, ts: string, res: ServerResponse) => {
    setTimeout(() => {
      if (withheld.has(post.replica) || res.destroyed) return;
      post.answered = true;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, channel: post.channel, ts }));
    }, delayMs);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/([^/]+)\/api\/(chat\.postMessage|conversations\.history)$/.exec(req.url ?? '');
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const channel = form.get('channel');
    if (!match?.[1] || !channel) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":false,"error":"unknown_method"}');
      return;
    }
    if (match[2] === 'conversations.history') {
      // What a later attempt looks for: the channel's posts, newest first, with their metadata.
      const messages = posts
        .map((p, i) => ({ p, ts: `1700000000.${String(i + 1).padStart(6, '0')}` }))
        .filter(({ p }) => p.channel === channel)
        .reverse()
        .map(({ p, ts }) => ({ type: 'message', ts, ...(p.metadata ? { metadata: p.metadata } : {}) }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, messages, has_more: false }));
      return;
    }
    const metadata = form.get('metadata');
    const post: Post = {
      replica: match[1],
      channel,
      answered: false,
      ...(metadata ? { metadata: JSON.parse(metadata) as unknown } : {}),
    };
    const ts = `1700000000.${String(posts.push(post)).padStart(6, '0')}`;
    if (held) held.push(() => answer(post, ts, res));
    else answer(post, ts, res);
    settle();
  };
  // A killed replica aborts its request mid-body; that post never reached "Slack".
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: (replica) => `${base}/${replica}/api/`,
    posts: () => posts,
    until: (test) =>
      new Promise((resolve) => {
        waiters.push({ test, resolve });
        settle();
      }),
    open() {
      for (const release of held ?? []) release();
      held = undefined;
    },
    withhold: (replica) => withheld.add(replica),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
