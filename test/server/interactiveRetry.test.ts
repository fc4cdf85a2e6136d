import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../slack/helpers/fakeSlackApi.js';
import { slackSignatureHeaders } from '../slack/helpers/signSlackRequest.js';
import { appMention, JSON_TYPE } from '../slack/helpers/slackPayloads.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../slack/helpers/startSlackHarness.js';
import { startTestApp, type TestApp } from './startTestApp.js';

let api: FakeSlackApi | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  await api?.close();
  t = undefined;
  api = undefined;
});

describe('interactive answers when Slack fails after posting', () => {
  it('answers a mention once, not once per retry, when the post gets a 500 after Slack showed it', async () => {
    api = await startFakeSlackApi();
    // Production defaults (startApp), not the Slack harness's test options.
    t = await startTestApp({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: api.apiUrl,
    });
    api.failNext('chat.postMessage', { status: 500, posted: true });
    const body = appMention('<@U0BOT00001> what is STS?');
    const res = await fetch(`${t.base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, ...slackSignatureHeaders(SIGNING_SECRET, body) },
      body,
    });
    expect(res.status).toBe(200);
    await api.waitFor('chat.postMessage');
    // Stopping waits for listener work in flight, retries included.
    await t.app.stop();
    expect(api.calls('chat.postMessage')).toHaveLength(1);
  });
});
