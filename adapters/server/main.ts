import { ContentError } from '../../src/content/loadContent.js';
import { StoreFault } from '../../src/tips/store.js';
import { ConfigError, loadDotEnv } from './config.js';
import { startApp } from './startApp.js';

/** Shutdown must finish within this; a stuck request or delivery must not keep the process alive. */
const SHUTDOWN_LIMIT_MS = 10_000;

function fail(err: unknown): never {
  const known = err instanceof ConfigError || err instanceof ContentError || err instanceof StoreFault;
  process.stderr.write(
    `${known ? (err as Error).message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
}

loadDotEnv();
const starting = startApp({ routeConsole: true });
starting.catch(fail);

// Installed before start-up finishes, so a signal during start-up also ends in a clean stop.
const shutdown = (signal: string) => {
  setTimeout(() => {
    process.stderr.write('shutdown took too long; exiting\n');
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  starting
    .then(async (app) => {
      app.logger.info({ signal }, 'shutting down');
      await app.stop();
      process.exit(0);
    })
    .catch(fail);
};
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
