import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../server/logger.js';

/**
 * Bolt and its WebClient log payloads and ack bodies at debug, error objects carry request data, and
 * JSON parse errors quote the start of the body in double quotes; all of that is left out.
 */
function describe(parts: unknown[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part.replace(/"[^"]*"/g, '"…"');
      if (part instanceof Error) {
        const code = 'code' in part && typeof part.code === 'string' ? ` (${part.code})` : '';
        return `${part.name}${code}`;
      }
      return `[${typeof part}]`;
    })
    .join(' ');
}

/**
 * Routes Bolt's own logs into our pino logger under component "bolt". Debug is dropped (it prints
 * message bodies); other levels keep strings and only the name and code of errors.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...parts: unknown[]) => child.info(describe(parts)),
    warn: (...parts: unknown[]) => child.warn(describe(parts)),
    error: (...parts: unknown[]) => child.error(describe(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
