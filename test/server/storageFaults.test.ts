import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../adapters/server/startApp.js';
import { openSqliteStore } from '../../adapters/store/sqliteStore.js';
import { StoreFault } from '../../src/tips/store.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sts-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A database with a few hundred subscriptions, so it spans many pages. */
async function seededDatabase(dir: string): Promise<string> {
  const file = join(dir, 'sts-bot.sqlite');
  const store = openSqliteStore(file);
  for (let n = 0; n < 300; n += 1) {
    await store.saveSubscription(
      {
        platform: 'slack',
        channelKey: `T0FAULT:C${n}`,
        target: JSON.stringify({ channel: `C${n}` }),
        schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'UTC' },
      },
      new Date('2026-11-26T12:00:00Z'),
    );
  }
  await store.close();
  return file;
}

/** Read-only for this process: chmod does not stop root, the immutable flag does. */
function makeReadOnly(file: string): void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', file]);
    cleanups.push(() => {
      execFileSync('chattr', ['-i', file]);
    });
  } else {
    chmodSync(file, 0o444);
  }
}

async function start(dir: string) {
  const logs: string[] = [];
  const app = await startApp({
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info' },
    logDestination: { write: (line: string) => logs.push(line) },
  });
  cleanups.push(() => app.stop());
  const readyz = async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/readyz`);
    const body = (await res.json()) as { checks: Record<string, string> };
    return { status: res.status, database: body.checks.database };
  };
  /** The log line that tells the operator what is wrong and what to do. */
  const faultLine = () =>
    logs
      .map((line) => JSON.parse(line) as { msg: string; cause?: string })
      .find((entry) => entry.msg === 'database cannot store subscriptions: not ready');
  return { app, readyz, faultLine };
}

describe('readiness when the SQLite database cannot do its job', () => {
  it('is 503 for a corrupted file, with a log line naming the cause and the fix', async () => {
    const dir = tempDir();
    const file = await seededDatabase(dir);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
    closeSync(fd);
    const { app, readyz, faultLine } = await start(dir);
    expect(await readyz()).toEqual({ status: 503, database: 'fault' });
    expect(faultLine()?.cause).toMatch(/is corrupted .*restore the file from a backup/);
    await expect(app.store.listSubscriptions()).rejects.toThrow(StoreFault);
  });

  it('is 503 for a read-only file, and saving fails instead of pretending', async () => {
    const dir = tempDir();
    const file = await seededDatabase(dir);
    makeReadOnly(file);
    const { app, readyz, faultLine } = await start(dir);
    expect(await readyz()).toEqual({ status: 503, database: 'fault' });
    expect(faultLine()?.cause).toMatch(/is read-only .*give the bot's user write access/);
    await expect(
      app.store.saveSubscription(
        {
          platform: 'slack',
          channelKey: 'T0FAULT:NEW',
          target: '{"channel":"NEW"}',
          schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'UTC' },
        },
        new Date(),
      ),
    ).rejects.toThrow(/read-only/);
  });

  it('is 503 once the file is deleted while running, and stays so', async () => {
    const dir = tempDir();
    const { app, readyz, faultLine } = await start(dir);
    expect(await readyz()).toEqual({ status: 200, database: 'ok' });
    rmSync(dir, { recursive: true, force: true });
    expect(await readyz()).toEqual({ status: 503, database: 'fault' });
    expect(faultLine()?.cause).toMatch(/was deleted while the bot was running: restore DATA_DIR/);
    // Writes would land in a file no one opens again: they fail rather than say "subscribed".
    await expect(app.store.removeSubscription('slack', 'T0FAULT:C1')).rejects.toThrow(StoreFault);
    expect(await readyz()).toEqual({ status: 503, database: 'fault' });
  });

  it('refuses to start when DATA_DIR is a file, saying so', async () => {
    const dir = tempDir();
    const notAFolder = join(dir, 'data');
    writeFileSync(notAFolder, 'not a folder');
    await expect(
      startApp({
        env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: notAFolder, LOG_LEVEL: 'silent' },
      }),
    ).rejects.toThrow(`DATA_DIR ${notAFolder} is a file, not a folder: point DATA_DIR at a folder`);
  });
});
