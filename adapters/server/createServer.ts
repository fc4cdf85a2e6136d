import { createServer as createHttpServer, type Server } from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { z } from 'zod';
import type { PlatformAdapter } from '../platform.js';
import { describeFailure, type Logger } from './logger.js';

/**
 * Slack and Teams send small requests at once: headers in a few seconds, a body in well under ten.
 * A client slower than that is holding a connection, not sending a request. Keep-alive outlasts
 * load balancers' idle timeouts (60 s on AWS ALB, 4 min max on Azure), so they close first, never us.
 */
export const CONNECTION_LIMITS = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 65_000,
  /** How often Node looks for connections past those limits (its default, 30 s, would let them run on). */
  connectionsCheckingInterval: 1_000,
} as const;

/** The HTTP server for the app, with the limits above. */
export function createLimitedServer(app: Express): Server {
  const server = createHttpServer(
    {
      headersTimeout: CONNECTION_LIMITS.headersTimeout,
      requestTimeout: CONNECTION_LIMITS.requestTimeout,
      connectionsCheckingInterval: CONNECTION_LIMITS.connectionsCheckingInterval,
    },
    app,
  );
  server.keepAliveTimeout = CONNECTION_LIMITS.keepAliveTimeout;
  return server;
}

const ClientError = z.looseObject({
  status: z.number().int().min(400).max(499),
  type: z.string().optional(),
});

export type ReadinessCheck = () => Promise<Record<string, string>>;

export interface ServerDeps {
  logger: Logger;
  adapters: PlatformAdapter[];
  version: string;
  /** Each check's state ("ok", "off", or what is wrong); any value other than ok/off makes /readyz 503. */
  readiness?: ReadinessCheck;
}

/** One HTTP app for every platform: health first, then each adapter's routes. */
export function createServer({ logger, adapters, version, readiness }: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Route only: query strings and bodies can carry user text.
      logger.info(
        { method: req.method, route: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', version });
  });
  app.get('/readyz', async (_req, res) => {
    let checks: Record<string, string>;
    try {
      checks = readiness ? await readiness() : {};
    } catch {
      checks = { readiness: 'failed' };
    }
    const ready = Object.values(checks).every((state) => state === 'ok' || state === 'off');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', version, checks });
  });
  for (const adapter of adapters) adapter.mount(app);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Last: whatever an adapter or body parser threw is answered in JSON without its message or stack
  // (express's own handler prints an HTML stack trace unless NODE_ENV is production).
  const answerError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const client = ClientError.safeParse(error);
    if (client.success) {
      const { status, type } = client.data;
      const message =
        type === 'entity.parse.failed'
          ? 'invalid JSON'
          : status === 413
            ? 'request too large'
            : 'request rejected';
      res.status(status).json({ error: message });
      return;
    }
    logger.error(describeFailure(error), 'request failed');
    res.status(500).json({ error: 'internal error' });
  };
  app.use(answerError);
  return app;
}
