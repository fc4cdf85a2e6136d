import { createHmac } from 'node:crypto';

/** Slack's v0 signature: HMAC-SHA256 with the signing secret over `v0:{timestamp}:{raw body}`. */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** The two headers Slack adds to every request, for the exact bytes that will be sent. */
export function slackSignatureHeaders(
  secret: string,
  rawBody: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
}
