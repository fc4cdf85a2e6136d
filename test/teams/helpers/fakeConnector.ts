import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot posted, with the conversation id decoded from the URL. */
export interface PostedActivity {
  conversationId: string;
  replyToId?: string;
  /** performance.now() when the connector received it, for latency measurement. */
  receivedAt: number;
  activity: Record<string, unknown>;
}

/** An activity the bot replaced in place (PUT …/activities/<id>): Details expanding its card. */
export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
}

export interface CreatedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A Bot Framework connector on loopback: records what the bot sends and answers like Teams does. */
export class FakeConnector {
  readonly posted: PostedActivity[] = [];
  readonly created: CreatedConversation[] = [];
  readonly updated: UpdatedActivity[] = [];
  /** When true, PUT …/activities/<id> answers 404, as Teams does for a message it cannot find. */
  refuseUpdates = false;
  /** Requests the fake does not implement; tests expect this to stay empty. */
  readonly unexpected: string[] = [];
  /** When true, POST /v3/conversations answers 403, as Teams does when it will not open a 1:1 chat. */
  refuseConversations = false;
  /** How many of the next activity posts to refuse with 400, as Teams does for a malformed message. */
  failNextPosts = 0;
  /** Posts refused by refuseConversation, in order. */
  readonly refused: { conversationId: string; status: number }[] = [];
  private readonly refusals = new Map<string, 403 | 404>();
  serviceUrl = '';
  private counter = 0;
  private readonly server: Server = createServer((req, res) => {
    void this.handle(req, res);
  });

  static async start(): Promise<FakeConnector> {
    const connector = new FakeConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, '127.0.0.1', resolve));
    const { port } = connector.server.address() as AddressInfo;
    connector.serviceUrl = `http://127.0.0.1:${port}/`;
    return connector;
  }

  clear(): void {
    this.posted.length = 0;
    this.created.length = 0;
    this.updated.length = 0;
    this.refuseUpdates = false;
    this.unexpected.length = 0;
    this.refused.length = 0;
    this.refusals.clear();
    this.refuseConversations = false;
    this.failNextPosts = 0;
  }

  /**
   * Answers every activity post to `conversationId` with `status` from now on, as Teams does once the
   * bot was removed (403) or the conversation deleted (404).
   */
  refuseConversation(conversationId: string, status: 403 | 404): void {
    this.refusals.set(conversationId, status);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const body = await readJson(req);
    this.counter += 1;
    const route = ACTIVITIES.exec(path);
    if (req.method === 'POST' && route?.[1]) {
      const conversationId = decodeURIComponent(route[1]);
      const refusal = this.refusals.get(conversationId);
      if (refusal) {
        this.refused.push({ conversationId, status: refusal });
        send(res, refusal, {
          error:
            refusal === 403
              ? {
                  code: 'BotNotInConversationRoster',
                  message: 'The bot is not part of the conversation roster.',
                }
              : { code: 'ConversationNotFound', message: 'Conversation not found.' },
        });
        return;
      }
      if (this.failNextPosts > 0) {
        this.failNextPosts -= 1;
        send(res, 400, { error: { code: 'BadArgument', message: 'Unknown attachment type' } });
        return;
      }
      this.posted.push({
        conversationId,
        ...(route[2] ? { replyToId: decodeURIComponent(route[2]) } : {}),
        receivedAt: performance.now(),
        activity: body,
      });
      send(res, 200, { id: `activity-${this.counter}` });
      return;
    }
    if (req.method === 'PUT' && route?.[1] && route[2]) {
      if (this.refuseUpdates) {
        send(res, 404, { error: { code: 'NotFound', message: 'Message not found.' } });
        return;
      }
      this.updated.push({
        conversationId: decodeURIComponent(route[1]),
        activityId: decodeURIComponent(route[2]),
        activity: body,
      });
      send(res, 200, { id: decodeURIComponent(route[2]) });
      return;
    }
    if (req.method === 'POST' && path === '/v3/conversations') {
      if (this.refuseConversations) {
        send(res, 403, { error: { code: 'Forbidden', message: 'The bot cannot start this chat.' } });
        return;
      }
      const id = `a:private-${this.counter}`;
      this.created.push({ id, parameters: body });
      send(res, 200, { id, activityId: `activity-${this.counter}` });
      return;
    }
    this.unexpected.push(`${req.method} ${path}`);
    send(res, 404, { error: { code: 'NotFound', message: 'not implemented by the fake connector' } });
  }
}
