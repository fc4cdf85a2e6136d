import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createAnswerer } from '../../src/answer/answer.js';
import { ContentError, loadContent } from '../../src/content/loadContent.js';
import type { PlatformAdapter } from '../platform.js';
import { ConfigError, loadDotEnv, readConfig } from './config.js';
import { createServer } from './createServer.js';
import { createLogger } from './logger.js';

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const content = loadContent(config.CONTENT_DIR);
  const answer = createAnswerer(content, { random: Math.random });
  const adapters: PlatformAdapter[] = [];

  const app = createServer({ logger, adapters, version: version() });
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info({ port, programs: content.programs.length }, 'sts-bot listening');
  });
  void answer;

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof ContentError;
  process.stderr.write(`${known ? (err as Error).message : String(err)}\n`);
  process.exit(1);
});
