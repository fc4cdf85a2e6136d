import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/server/config.js';
import { createLogger } from '../../adapters/server/logger.js';
import { createSlackAdapter } from '../../adapters/slack/createSlackAdapter.js';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadContent } from '../../src/content/loadContent.js';

const deps = { answer: createAnswerer(loadContent(), { random: () => 0 }), logger: createLogger('silent') };

describe('createSlackAdapter', () => {
  it('is not created when Slack is not configured', () => {
    expect(createSlackAdapter(readConfig({}), deps)).toBeUndefined();
  });

  it('in Socket Mode connects on start() and mounts no HTTP route', async () => {
    const adapter = createSlackAdapter(
      readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test' }),
      deps,
    );
    expect(adapter?.name).toBe('slack');
    expect(adapter?.start).toBeTypeOf('function');
    const app = express();
    adapter?.mount(app);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, {
      method: 'POST',
      body: '{}',
    });
    server.close();
    expect(res.status).toBe(404);
  });

  it('in HTTP mode has nothing to start: its route is served by the shared server', () => {
    const adapter = createSlackAdapter(
      readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's' }),
      deps,
    );
    expect(adapter?.start).toBeUndefined();
  });
});
