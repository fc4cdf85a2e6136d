import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Privacy rule: log routes, statuses, durations, intents and counts; never
 * message text, user or channel names or ids, or tokens. The redact list is a safety net, not the rule.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'sts-bot' },
      redact: {
        paths: [
          'text',
          'question',
          'token',
          'authorization',
          '*.text',
          '*.token',
          '*.authorization',
          'req.headers',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Libraries that write to the console (botbuilder prints a stack trace for every unauthenticated
 * request) would break the JSON-lines log and let anyone inflate it. Their output becomes one log
 * line saying what kind of thing was printed, never its text, which can carry request details.
 */
export function routeConsoleToLogger(logger: Logger): void {
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      const first = args[0];
      const kind = first instanceof Error ? first.name : typeof first;
      const level = method === 'error' || method === 'warn' ? 'warn' : 'debug';
      logger[level]({ source: 'console', method, kind }, 'a library wrote to the console (text withheld)');
    };
  }
}

/** What a failure was, for a log line: its kind and code, and for store faults the cause and fix. */
export function describeFailure(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { err: typeof error };
  const described: Record<string, string> = { err: error.name };
  if ('code' in error && typeof error.code === 'string') described.code = error.code;
  if (error.name === 'StoreFault') described.cause = error.message;
  return described;
}
