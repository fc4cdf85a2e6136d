import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isValidTimeZone } from '../../src/tips/schedule.js';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

/**
 * Every setting comes from the environment (and an optional .env file). Each field's message says
 * what to set, because a wrong value must stop start-up with a clear fix, not fail later.
 */
export const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0)
    .max(65535, 'PORT must be at most 65535')
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONTENT_DIR: optionalText,

  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app > OAuth & Permissions)',
  }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Slack app > Basic Information)',
  }),
  SLACK_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/',
  }),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).optional(),
  MicrosoftAppTenantId: optionalText,
  TEAMS_ALLOW_UNAUTHENTICATED: flag,

  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(?:ql)?:\/\//.test(v), {
    message:
      'DATABASE_URL must be a PostgreSQL URL like postgres://user:password@host:5432/stsbot (leave it unset for SQLite)',
  }),
  TIPS_DEFAULT_TZ: optionalText.refine((v) => v === undefined || isValidTimeZone(v), {
    message: 'TIPS_DEFAULT_TZ must be an IANA time zone such as America/Los_Angeles',
  }),
  TIPS_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(5, 'TIPS_INTERVAL_SECONDS must be at least 5')
    .max(3600)
    .default(30),
  TIPS_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(5, 'TIPS_LEASE_SECONDS must be at least 5')
    .max(3600, 'TIPS_LEASE_SECONDS must be at most 3600')
    .default(300),
  EAP_TEXT: optionalText.refine((v) => v === undefined || v.length <= 200, {
    message: 'EAP_TEXT must be one short line (200 characters at most), e.g. "Our EAP: 1-800-555-0100"',
  }),
  TRY_PAGE: flag,
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each bad variable and what to do. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Configuration error:\n${lines.join('\n')}`);
  }
  const cfg = parsed.data;
  if (Boolean(cfg.SLACK_SIGNING_SECRET) !== Boolean(cfg.SLACK_BOT_TOKEN) && !cfg.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Configuration error:\n  Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN and SLACK_APP_TOKEN for Socket Mode); set both or neither.',
    );
  }
  if (cfg.SLACK_APP_TOKEN && !cfg.SLACK_BOT_TOKEN) {
    throw new ConfigError(
      'Configuration error:\n  SLACK_APP_TOKEN (Socket Mode) also needs SLACK_BOT_TOKEN.',
    );
  }
  if (cfg.MicrosoftAppId && !cfg.MicrosoftAppPassword && cfg.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError(
      'Configuration error:\n  MicrosoftAppPassword is required when MicrosoftAppId is set.',
    );
  }
  if (
    (cfg.MicrosoftAppType === 'SingleTenant' || cfg.MicrosoftAppType === 'UserAssignedMSI') &&
    !cfg.MicrosoftAppTenantId
  ) {
    throw new ConfigError(
      `Configuration error:\n  MicrosoftAppTenantId is required when MicrosoftAppType is ${cfg.MicrosoftAppType}.`,
    );
  }
  return cfg;
}

/** Slack's SDK is loaded only when this holds (it costs memory and start-up time). */
export const slackConfigured = (config: Env): boolean => config.SLACK_BOT_TOKEN !== undefined;
/** Teams' SDK (botbuilder) is loaded only when this holds. */
export const teamsConfigured = (config: Env): boolean =>
  config.MicrosoftAppId !== undefined || config.TEAMS_ALLOW_UNAUTHENTICATED;

/** Loads ./.env into process.env if present; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
