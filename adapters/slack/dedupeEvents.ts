import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../server/logger.js';

/** Slack retries an event for up to about an hour (3 tries, backing off); ids are kept that long. */
export const EVENT_TTL_MS = 60 * 60_000;

/** Where seen event ids live: the shared database, so a retry reaching another replica is caught too. */
export interface EventLog {
  claimEvent(key: string, now: Date, ttlMs: number): Promise<boolean>;
}

/** For a server without a database (tips off): one process, so a map is enough. */
export function createMemoryEventLog(): EventLog {
  const expiries = new Map<string, number>();
  return {
    async claimEvent(key, now, ttlMs) {
      const nowMs = now.getTime();
      for (const [seen, expires] of expiries) if (expires <= nowMs) expiries.delete(seen);
      if (expiries.has(key)) return false;
      expiries.set(key, nowMs + ttlMs);
      return true;
    },
  };
}

const EventCallback = z.looseObject({
  type: z.literal('event_callback'),
  event_id: z.string().min(1).max(100),
});

/**
 * Answers each Events API event once. Slack redelivers an event it thinks was not acked (HTTP with
 * X-Slack-Retry-Num, Socket Mode with retry_attempt), and a redelivery can reach another replica;
 * the event_id stays the same, so the first process to record it does the work. Events are acked
 * before middleware runs, so a dropped retry is still acked. When the database cannot answer, the
 * event is handled: a duplicate reply is better than none for someone who may be in distress.
 */
export function dedupeEvents(
  log: EventLog,
  logger: Logger,
  now: () => Date = () => new Date(),
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const parsed = EventCallback.safeParse(body);
    if (!parsed.success) {
      await next();
      return;
    }
    let first = true;
    try {
      first = await log.claimEvent(`slack:${parsed.data.event_id}`, now(), EVENT_TTL_MS);
    } catch (error) {
      logger.warn(
        { platform: 'slack', error: error instanceof Error ? error.name : typeof error },
        'slack event dedupe unavailable; handling the event',
      );
    }
    if (!first) {
      logger.info(
        { platform: 'slack', status: 'ignored', reason: 'already handled', retryNum: context.retryNum ?? 0 },
        'slack event',
      );
      return;
    }
    await next();
  };
}
