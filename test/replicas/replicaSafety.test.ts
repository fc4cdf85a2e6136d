import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import type { Claim, TipsStore } from '../../src/tips/store.js';
import { createDatabase } from '../helpers/postgresServer.js';
import { channelOf, DUE } from './replicaHarness.js';

const WEEK = '2026-W49';
const LEASE_MS = 60_000;

const open: TipsStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close().catch(() => undefined)));
});

const freshDatabase = () => createDatabase(inject('postgresUrl'), `safety_${randomUUID().slice(0, 8)}`);

/** One replica's store: its own pool, so its sessions are as separate as another process's. */
async function replica(url: string): Promise<TipsStore> {
  const store = await openPostgresStore(url);
  open.push(store);
  return store;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function subscribe(store: TipsStore, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const saved = await store.saveSubscription(
      {
        platform: 'slack',
        channelKey: `T0SAFE:${channelOf(n)}`,
        target: JSON.stringify({ channel: channelOf(n) }),
        schedule: { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' },
      },
      DUE,
    );
    ids.push(saved.id);
  }
  return ids;
}

/** Every replica claims every subscription at the same time; the claims won, per subscription. */
async function claimAtOnce(stores: TipsStore[], ids: number[], now: Date): Promise<Claim[][]> {
  return Promise.all(
    ids.map(async (id) => {
      const claims = await Promise.all(stores.map((store) => store.claimDelivery(id, WEEK, now, LEASE_MS)));
      return claims.filter((claim) => claim.claimed);
    }),
  );
}

describe('replica safety on PostgreSQL', () => {
  it('migrates a fresh database once when several replicas start together', async () => {
    const url = await freshDatabase();
    await Promise.all(Array.from({ length: 6 }, () => replica(url)));
    const versions = await query<{ version: number }>(
      url,
      'SELECT version FROM schema_migrations ORDER BY 1',
    );
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
  });

  it('gives each (subscription, week) to exactly one of the replicas claiming it at once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([replica(url), replica(url), replica(url)]);
    const ids = await subscribe(stores[0] as TipsStore, 40);
    for (const won of await claimAtOnce(stores, ids, DUE)) expect(won).toHaveLength(1);
  });

  it('hands a dead replica’s expired claims to exactly one survivor, and the dead claim cannot complete', async () => {
    const url = await freshDatabase();
    const [dead, ...alive] = await Promise.all([replica(url), replica(url), replica(url)]);
    if (!dead) throw new Error('no stores');
    const ids = await subscribe(dead, 40);
    const left = await Promise.all(ids.map((id) => dead.claimDelivery(id, WEEK, DUE, LEASE_MS)));
    await dead.close();

    const later = new Date(DUE.getTime() + LEASE_MS + 1_000);
    const taken = await claimAtOnce(alive, ids, later);
    for (const [i, id] of ids.entries()) {
      const [stale, won] = [left[i], taken[i]];
      expect(won).toHaveLength(1);
      if (!stale?.claimed || !won?.[0]?.claimed) throw new Error('expected claims');
      expect(await alive[0]?.completeDelivery(id, WEEK, stale.token, later)).toBe(false);
      expect(await alive[0]?.completeDelivery(id, WEEK, won[0].token, later)).toBe(true);
    }
  });

  it('keeps a replica working when PostgreSQL drops its idle connections (restart, failover)', async () => {
    const name = `dropped_${randomUUID().slice(0, 8)}`;
    const store = await replica(`${await freshDatabase()}?application_name=${name}`);
    await store.ping();
    // Waits until each backend has exited, so its goodbye is already on the replica's socket.
    const terminated = await query<{ done: boolean }>(
      inject('postgresUrl'),
      'SELECT pg_terminate_backend(pid, 5000) AS done FROM pg_stat_activity WHERE application_name = $1',
      [name],
    );
    expect(terminated.length).toBeGreaterThan(0);
    expect(terminated.every((row) => row.done)).toBe(true);
    // One turn of the event loop reads that socket; unhandled, the pool's 'error' would end the process.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
