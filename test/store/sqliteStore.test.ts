import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openSqliteStore } from '../../adapters/store/sqliteStore.js';
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
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const store = openSqliteStore(file);
    return store.close();
  });
});
