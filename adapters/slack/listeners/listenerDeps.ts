import type { Answerer } from '../../../src/answer/answer.js';
import type { Responder } from '../../../src/tips/createResponder.js';
import type { Logger } from '../../server/logger.js';
import type { Catalog } from '../readCatalog.js';

/** What every Slack listener needs: the core, the privacy-safe logger and what the catalog holds. */
export interface ListenerDeps {
  answer: Answerer;
  logger: Logger;
  catalog: Catalog;
  /** For messages that may manage weekly tips ("/sts tips on friday 16:00"). */
  respond: Responder;
}
