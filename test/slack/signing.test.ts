import { isValidSlackRequest, verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { slackSignature } from './helpers/signSlackRequest.js';

// Slack's published example ("Verifying requests from Slack"; testing.md §1).
const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const timestamp = 1531420618;
const body =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const signature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const options = (nowMilliseconds: number, sig = signature) => ({
  signingSecret: secret,
  body,
  headers: { 'x-slack-signature': sig, 'x-slack-request-timestamp': timestamp },
  nowMilliseconds,
});

describe("Slack's published signing example", () => {
  it('is what our test signer computes', () => {
    expect(body).toHaveLength(362);
    expect(slackSignature(secret, timestamp, body)).toBe(signature);
  });

  it('is accepted by Bolt within five minutes of its timestamp', () => {
    expect(isValidSlackRequest(options(timestamp * 1000 + 60_000))).toBe(true);
    expect(() => verifySlackRequest(options(timestamp * 1000 + 60_000))).not.toThrow();
  });

  it('is refused when stale or altered', () => {
    expect(isValidSlackRequest(options(timestamp * 1000 + 6 * 60_000))).toBe(false);
    expect(isValidSlackRequest(options(timestamp * 1000, `v0=${'0'.repeat(64)}`))).toBe(false);
    expect(() => verifySlackRequest(options(timestamp * 1000 + 6 * 60_000))).toThrow();
  });
});
