import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import { firstDue } from '../../src/tips/schedule.js';
import { createDatabase } from '../helpers/postgresServer.js';

describe('PostgreSQL next_due_at for rows saved before it existed', () => {
  it('fills it at the next start, for every such row', async () => {
    const url = await createDatabase(inject('postgresUrl'), `fill_${randomUUID().slice(0, 8)}`);
    const store = await openPostgresStore(url);
    const schedule = { weekday: 3, hour: 10, minute: 30, timeZone: 'Europe/Berlin' };
    for (let n = 0; n < 1_205; n += 1) {
      await store.saveSubscription(
        { platform: 'slack', channelKey: `T1:OLD${n}`, target: '{"channel":"OLD"}', schedule },
        new Date('2026-11-26T12:00:00Z'),
      );
    }
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE subscriptions SET next_due_at = NULL');
    await client.end();

    const reopened = await openPostgresStore(url);
    const expected = firstDue(schedule, new Date()).getTime();
    const all = await reopened.listSubscriptions();
    expect(all).toHaveLength(1_205);
    expect(all.every((s) => s.nextDueAt?.getTime() === expected)).toBe(true);
    await reopened.close();
  }, 60_000);
});
