import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../../adapters/server/config.js';
import { createLogger } from '../../adapters/server/logger.js';
import { createMemoryConversationStore } from '../../adapters/teams/conversationStore.js';
import { createTeamsAdapter } from '../../adapters/teams/createTeamsAdapter.js';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadContent } from '../../src/content/loadContent.js';
import { TEST_APP_ID } from './helpers/startTeamsBot.js';

const answer = createAnswerer(loadContent(), { random: () => 0 });

function setup(env: Record<string, string>) {
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const adapter = createTeamsAdapter(EnvSchema.parse(env), {
    answer,
    logger,
    conversations: createMemoryConversationStore(),
  });
  return { adapter, logs: lines.join('') };
}

describe('createTeamsAdapter', () => {
  it('stays off without an app id', () => {
    const { adapter, logs } = setup({});
    expect(adapter).toBeUndefined();
    expect(logs).toContain('Teams is off');
  });

  it('runs without authentication only when allowed, and warns loudly', () => {
    const { adapter, logs } = setup({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    expect(adapter?.name).toBe('teams');
    expect(logs).toContain('"level":40');
    expect(logs).toContain('accepts requests from ANYONE');
  });

  it('runs with authentication when an app id is set, without the warning', () => {
    const { adapter, logs } = setup({ MicrosoftAppId: TEST_APP_ID, MicrosoftAppPassword: 'secret' });
    expect(adapter?.name).toBe('teams');
    expect(logs).not.toContain('ANYONE');
    expect(logs).not.toContain('secret');
  });
});

describe('createMemoryConversationStore', () => {
  it('reports whether a conversation is new, and lists, gets and deletes copies', async () => {
    const store = createMemoryConversationStore();
    const conversation = {
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/',
      conversationId: 'c1',
      botId: '28:b',
    };
    expect(await store.save('c1', conversation)).toBe(true);
    expect(await store.save('c1', { ...conversation, serviceUrl: 'https://smba2.example/' })).toBe(false);
    expect(await store.get('c1')).toMatchObject({ serviceUrl: 'https://smba2.example/' });
    expect(await store.list()).toHaveLength(1);
    await store.delete('c1');
    expect(await store.get('c1')).toBeUndefined();
  });
});
