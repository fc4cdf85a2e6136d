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
