import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { openPostgresStore } from '../../adapters/store/postgresStore.js';
import { createDatabase } from '../helpers/postgresServer.js';
import { runStoreContract } from './storeContract.js';

runStoreContract('PostgreSQL', async () => {
  const url = await createDatabase(inject('postgresUrl'), `store_${randomUUID().slice(0, 8)}`);
  return openPostgresStore(url);
});
