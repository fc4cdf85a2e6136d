import type { Intent } from '../../src/answer/model.js';
import type { Logger } from '../server/logger.js';

export type Outcome =
  | { status: 'answered' | 'shared' | 'published' | 'paused'; intent?: Intent }
  | { status: 'ignored'; reason: string };

/**
 * Runs one listener's work and logs what happened: the Slack event type, the intent, the outcome and
 * the time taken. Never the text, user, channel or token (privacy rule in adapters/server/logger.ts).
 */
export async function logOutcome(logger: Logger, event: string, work: () => Promise<Outcome>): Promise<void> {
  const started = performance.now();
  const ms = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const outcome = await work();
    logger.info({ platform: 'slack', event, ...outcome, ms: ms() }, 'slack event');
  } catch (err) {
    const name = err instanceof Error ? err.name : typeof err;
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
    logger.error(
      { platform: 'slack', event, status: 'failed', error: name, code, ms: ms() },
      'slack event failed',
    );
  }
}
