import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeConnector } from './helpers/fakeConnector.js';
import { type RunningTeamsBot, startTeamsBot, TEST_APP_ID } from './helpers/startTeamsBot.js';
import { message } from './helpers/teamsActivities.js';

const QUESTION = 'programs high relevance';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** A well-formed JWT from an issuer Bot Framework does not trust, rejected without any network call. */
function foreignToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const header = part({ alg: 'HS256', typ: 'JWT' });
  const payload = part({
    iss: 'https://attacker.example.com',
    aud: TEST_APP_ID,
    nbf: now - 10,
    exp: now + 3600,
  });
  const signature = createHmac('sha256', 'attacker-key').update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

let connector: FakeConnector;
let open: RunningTeamsBot;
let secured: RunningTeamsBot;
let sdkConsole: string[];

beforeAll(async () => {
  connector = await FakeConnector.start();
  open = await startTeamsBot();
  secured = await startTeamsBot({ appId: TEST_APP_ID });
});
afterAll(async () => {
  await open.close();
  await secured.close();
  await connector.close();
});
beforeEach(() => {
  connector.clear();
  // CloudAdapter prints rejected requests with console.error/warn; capture them to keep output clean.
  sdkConsole = [];
  const capture = (...args: unknown[]) => {
    sdkConsole.push(args.map(String).join(' '));
  };
  vi.spyOn(console, 'error').mockImplementation(capture);
  vi.spyOn(console, 'warn').mockImplementation(capture);
});
afterEach(async () => {
  vi.restoreAllMocks();
  // Rejected requests reach nobody, leave the question out of every log, and the server keeps serving.
  expect(connector.posted).toHaveLength(0);
  expect(connector.created).toHaveLength(0);
  expect([...open.logs, ...secured.logs, ...sdkConsole].join('\n')).not.toContain(QUESTION);
  expect((await open.post(message(connector.serviceUrl, 'personal', 'help'))).status).toBe(200);
  connector.clear();
});

describe('malformed requests', () => {
  it('rejects a body that is not JSON', async () => {
    expect((await open.postRaw('{"type": "message", ', JSON_HEADERS)).status).toBe(400);
  });

  it('rejects JSON without an activity type, or that is not an object', async () => {
    const { type: _, ...untyped } = message(connector.serviceUrl, 'personal', QUESTION);
    expect((await open.post(untyped)).status).toBe(400);
    expect((await open.post({ ...untyped, type: 42 })).status).toBe(400);
    expect((await open.post([untyped])).status).toBe(400);
    expect((await open.postRaw('"message"', JSON_HEADERS)).status).toBe(400);
  });

  it('rejects a body that is not declared as JSON', async () => {
    const body = JSON.stringify(message(connector.serviceUrl, 'personal', QUESTION));
    expect((await open.postRaw(body, { 'content-type': 'text/plain' })).status).toBe(400);
  });

  it('rejects an oversized body with 413 before reading it as an activity', async () => {
    const activity = message(connector.serviceUrl, 'personal', `${QUESTION} ${'x'.repeat(300 * 1024)}`);
    const res = await open.post(activity);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'request too large' });
  });
});

describe('with an app id, authentication', () => {
  it('refuses a request without a token', async () => {
    expect((await secured.post(message(connector.serviceUrl, 'personal', QUESTION))).status).toBe(401);
  });

  it('refuses a malformed token and a token from an untrusted issuer', async () => {
    const activity = message(connector.serviceUrl, 'personal', QUESTION);
    expect((await secured.post(activity, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    expect((await secured.post(activity, { authorization: `Bearer ${foreignToken()}` })).status).toBe(401);
  });

  it('refuses invokes too, so the search extension is not open to anyone', async () => {
    const invoke = {
      ...message(connector.serviceUrl, 'channel', QUESTION),
      type: 'invoke',
      name: 'composeExtension/query',
      value: { commandId: 'searchPrograms', parameters: [{ name: 'searchQuery', value: QUESTION }] },
    };
    const res = await secured.post(invoke);
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('composeExtension');
  });
});
