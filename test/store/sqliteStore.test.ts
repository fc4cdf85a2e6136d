import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openSqliteStore } from '../../adapters/store/sqliteStore.js';
import { firstDue } from '../../src/tips/schedule.js';
import { runStoreContract } from './storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'sts-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('SQLite', async () => {
  n += 1;
  return openSqliteStore(join(dir, `store-${n}`, 'sts-bot.sqlite'));
});

describe('SQLite migrations', () => {
  it('creates the file on first start and migrates once', () => {
    const file = join(dir, 'fresh', 'db.sqlite');
    const db = new Database(':memory:');
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
    const store = openSqliteStore(file);
    return store.close();
  });

  it('gives rows saved before next_due_at existed a due time at the next start', async () => {
    const file = join(dir, 'legacy', 'sts-bot.sqlite');
    const store = openSqliteStore(file);
    const schedule = { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' };
    await store.saveSubscription(
      { platform: 'slack', channelKey: 'T1:OLD', target: '{"channel":"OLD"}', schedule },
      new Date('2026-11-26T12:00:00Z'),
    );
    await store.close();
    const db = new Database(file);
    db.exec('UPDATE subscriptions SET next_due_at = NULL');
    db.close();

    const reopened = openSqliteStore(file);
    const due = (await reopened.getSubscription('slack', 'T1:OLD'))?.nextDueAt;
    expect(due).toBeInstanceOf(Date);
    expect(due?.getTime()).toBe(firstDue(schedule, new Date()).getTime());
    await reopened.close();
  });
});
