import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, startApp } from '../../adapters/server/startApp.js';

export interface TestApp {
  app: RunningApp;
  base: string;
  logs: string[];
  close(): Promise<void>;
}

/** The whole bot as production builds it (startApp), on loopback port 0, with a temp database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'sts-app-'));
  const logs: string[] = [];
  const app = await startApp({
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', ...env },
    logDestination: { write: (line: string) => logs.push(line) },
  });
  return {
    app,
    base: `http://127.0.0.1:${app.port}`,
    logs,
    async close() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
