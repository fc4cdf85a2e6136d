import { ContentError } from '../../src/content/loadContent.js';
import { ConfigError, loadDotEnv } from './config.js';
import { startApp } from './startApp.js';

/** Shutdown must finish within this; a stuck request or delivery must not keep the process alive. */
const SHUTDOWN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  loadDotEnv();
  const app = await startApp();
  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof ContentError;
  process.stderr.write(
    `${known ? (err as Error).message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
