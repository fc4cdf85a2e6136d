import { join } from 'node:path';
import type { TipsStore } from '../../src/tips/store.js';
import { openPostgresStore } from '../store/postgresStore.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import type { Env } from './config.js';

/** PostgreSQL when DATABASE_URL is set (several replicas), else one SQLite file under DATA_DIR. */
export async function openStore(config: Env): Promise<{ store: TipsStore; kind: 'postgres' | 'sqlite' }> {
  if (config.DATABASE_URL) return { store: await openPostgresStore(config.DATABASE_URL), kind: 'postgres' };
  return { store: openSqliteStore(join(config.DATA_DIR, 'sts-bot.sqlite')), kind: 'sqlite' };
}
