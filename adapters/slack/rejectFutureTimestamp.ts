import type { RequestHandler } from 'express';

/** Slack's own rule: a request's timestamp may differ from our clock by five minutes at most. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Bolt refuses a signed request dated too far in the past but accepts any future date, so a captured
 * request signed with a future timestamp could be replayed for as long as that date lies ahead.
 */
export function rejectFutureTimestamp(now: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp > Math.floor(now() / 1000) + MAX_SKEW_SECONDS) {
      res.status(401).end();
      return;
    }
    next();
  };
}
