import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../slack/helpers/fakeSlackApi.js';
import { slackSignatureHeaders } from '../slack/helpers/signSlackRequest.js';
import { directMessage, FORM, JSON_TYPE, slashCommand } from '../slack/helpers/slackPayloads.js';
import { FakeConnector } from '../teams/helpers/fakeConnector.js';
import { message } from '../teams/helpers/teamsActivities.js';
import { startTestApp, type TestApp } from './startTestApp.js';

const SECRET = 'log-test-signing-secret';
const MARKER = 'zebra-marker-7f3a9c';

/** Every way a question reaches the bot, with a marker in it: the marker must never reach the logs. */
describe('logs', () => {
  let t: TestApp;
  let slack: FakeSlackApi;
  let connector: FakeConnector;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
    connector = await FakeConnector.start();
    t = await startTestApp({
      LOG_LEVEL: 'debug',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-log-test',
      SLACK_API_URL: slack.apiUrl,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      TRY_PAGE: 'true',
    });
  });
  afterAll(async () => {
    await t.close();
    await slack.close();
    await connector.close();
  });

  it('carry routes, statuses, durations and intents but never message text', async () => {
    const questions = [
      `tell me about crm ${MARKER}`,
      `i want to end my life ${MARKER}`,
      `tips on friday 16:00 ${MARKER}`,
    ];
    for (const question of questions) {
      const ask = await fetch(`${t.base}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      expect(ask.status).toBe(200);

      const command = slashCommand(question, slack.responseUrl('log'));
      const slash = await fetch(`${t.base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': FORM, ...slackSignatureHeaders(SECRET, command) },
        body: command,
      });
      expect(slash.status).toBe(200);

      const dm = directMessage(question);
      const event = await fetch(`${t.base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': JSON_TYPE, ...slackSignatureHeaders(SECRET, dm) },
        body: dm,
      });
      expect(event.status).toBe(200);

      const teams = await fetch(`${t.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message(connector.serviceUrl, 'personal', question)),
      });
      expect(teams.status).toBe(200);
    }
    await slack.waitFor('chat.postMessage', questions.length);
    await t.app.stop();

    const all = t.logs.join('\n');
    expect(t.logs.length).toBeGreaterThan(12);
    expect(all).toContain('"route":"/api/ask"');
    expect(all).toContain('"route":"/slack/events"');
    expect(all).toContain('"route":"/api/messages"');
    expect(all).toContain('"intent":"crisis"');
    expect(all).not.toContain(MARKER);
    expect(all).not.toContain('xoxb-log-test');
    expect(all).not.toContain(SECRET);
    expect(all).not.toMatch(/U0ASKER001|Megan Bowen|29:1XJKJ/);
  });
});
