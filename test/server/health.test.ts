import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../adapters/server/config.js';
import { startTestApp, type TestApp } from './startTestApp.js';

describe('health, readiness and the try-it API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /healthz with the version', async () => {
    const res = await fetch(`${t.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '0.1.0' });
  });

  it('answers /readyz with each check', async () => {
    const res = await fetch(`${t.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      version: '0.1.0',
      checks: { content: 'ok', database: 'ok', slack: 'off', teams: 'off', tips: 'off' },
    });
  });

  it('serves the try-it page and answers questions on it', async () => {
    const page = await fetch(`${t.base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>sts-bot');
    const res = await fetch(`${t.base}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'programs high relevance' }),
    });
    const body = (await res.json()) as {
      intent: string;
      programs: string[];
      html: string;
      previews: Record<string, unknown>;
    };
    expect(body.intent).toBe('list');
    expect(body.programs).toEqual(['eft-hp', 'mockingbird-family']);
    expect(body.html).toContain('Mockingbird Family');
    expect(Object.keys(body.previews).sort()).toEqual(['slack', 'teams']);
  });

  it('escapes whatever is asked and refuses bad or oversized bodies', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${t.base}/api/ask`, { method: 'POST', headers: { 'content-type': type }, body });
    const echoed = await post(JSON.stringify({ question: '<script>alert(1)</script> tell me about crm' }));
    expect(((await echoed.json()) as { html: string }).html).not.toContain('<script>');
    expect((await post('{"question":')).status).toBe(400);
    expect((await post(JSON.stringify({ question: 42 }))).status).toBe(400);
    expect((await post(JSON.stringify({ question: 'x'.repeat(100_000) }))).status).toBe(413);
    expect((await fetch(`${t.base}/nope`)).status).toBe(404);
  });

  it('reports not ready when the database is gone', async () => {
    const other = await startTestApp();
    await other.app.store.close();
    const res = await fetch(`${other.base}/readyz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: Record<string, string> }).checks.database).toBe('unreachable');
    await other.close();
  });
});

describe('the try-it page with a platform configured', () => {
  it('is off unless TRY_PAGE=true', async () => {
    const slack = {
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-page-test',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    };
    const off = await startTestApp(slack);
    expect((await fetch(`${off.base}/`)).status).toBe(404);
    expect((await fetch(`${off.base}/api/ask`, { method: 'POST' })).status).toBe(404);
    await off.close();
    const on = await startTestApp({ ...slack, TRY_PAGE: 'true' });
    expect((await fetch(`${on.base}/`)).status).toBe(200);
    await on.close();
  });
});

describe('configuration', () => {
  it('names the variable and what to do', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT: PORT must be a number/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/set both or neither/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' })).toThrow(
      /starting with xoxb-/,
    );
    expect(() => readConfig({ TIPS_DEFAULT_TZ: 'Mars/Olympus' })).toThrow(/IANA time zone/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/PostgreSQL URL/);
    expect(() => readConfig({ MicrosoftAppId: 'abc' })).toThrow(ConfigError);
    expect(() => readConfig({ MicrosoftAppId: 'abc', MicrosoftAppType: 'UserAssignedMSI' })).toThrow(
      /MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI/,
    );
  });

  it('has working defaults with nothing set', () => {
    expect(readConfig({})).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      TRY_PAGE: false,
    });
  });
});
