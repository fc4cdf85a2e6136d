import type { Express } from 'express';
import type { Answerer } from '../src/answer/answer.js';
import type { TipsSetup } from '../src/tips/createResponder.js';
import type { Logger } from './server/logger.js';

/** What every platform adapter gets: the core's answer function and a privacy-safe logger. */
export interface AdapterDeps {
  answer: Answerer;
  logger: Logger;
  /** Weekly-tip subscriptions; without it, "tips on" says tips are not set up on this server. */
  tips?: TipsSetup;
}

/** The only contract between the server and a platform: mount routes, report readiness, stop. */
export interface PlatformAdapter {
  readonly name: 'slack' | 'teams' | 'web';
  mount(app: Express): void;
  /** For Socket Mode and similar: connections that are not HTTP routes. */
  start?(): Promise<void>;
  /** "ok", or what is wrong (e.g. a Socket Mode connection that is down); /readyz reports it. */
  readiness?(): string;
  stop(): Promise<void>;
}
