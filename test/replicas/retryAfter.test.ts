import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/postgresServer.js';
import { type FakeSlackApi, startFakeSlackApi } from '../slack/helpers/fakeSlackApi.js';
import {
  channelOf,
  DUE,
  parseReport,
  runDue,
  seedSubscriptions,
  stopReplicas,
  whileRunning,
} from './replicaHarness.js';

const CHANNELS = 8;
const LEASE_SECONDS = 5;
/** Longer than the lease: without a heartbeat the claims would lapse while the first process waits. */
const RETRY_AFTER_SECONDS = 12;

let api: FakeSlackApi | undefined;
afterEach(async () => {
  await stopReplicas();
  await api?.close();
  api = undefined;
});

describe('two run-due processes while Slack asks the first to wait', () => {
  it('the second leaves the first one’s claims alone, and each channel gets its tip once', {
    timeout: 90_000,
  }, async () => {
    const url = await createDatabase(inject('postgresUrl'), `retry_after_${randomUUID().slice(0, 8)}`);
    await seedSubscriptions(url, CHANNELS);
    const slack = await startFakeSlackApi();
    api = slack;
    for (let n = 0; n < CHANNELS; n += 1) {
      slack.failNext('chat.postMessage', {
        channel: channelOf(n),
        status: 429,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    }
    const env = { TIPS_LEASE_SECONDS: String(LEASE_SECONDS) };
    const first = runDue('first', url, slack.apiUrl, DUE, env);
    // Every channel's first post was refused: the first process now holds all claims and waits.
    await whileRunning([first], slack.waitFor('chat.postMessage', CHANNELS));
    await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000));

    const second = await runDue('second', url, slack.apiUrl, DUE, env).exited;
    expect(second, second.stderr).toMatchObject({ code: 0 });
    expect(parseReport(second.stdout)).toMatchObject({ due: CHANNELS, sent: 0, skipped: CHANNELS });

    const done = await first.exited;
    expect(done, done.stderr).toMatchObject({ code: 0 });
    expect(parseReport(done.stdout)).toMatchObject({ due: CHANNELS, sent: CHANNELS, failed: 0 });
    const accepted = slack.calls('chat.postMessage').filter((c) => !c.failed);
    expect(accepted.map((c) => c.body.channel).sort()).toEqual(
      Array.from({ length: CHANNELS }, (_, n) => channelOf(n)),
    );
  });
});
