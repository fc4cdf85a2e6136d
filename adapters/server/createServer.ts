import express, { type Express } from 'express';
import type { PlatformAdapter } from '../platform.js';
import type { Logger } from './logger.js';

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
  return app;
}
