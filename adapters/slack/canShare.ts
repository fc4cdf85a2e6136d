import type { Answer, Intent } from '../../src/answer/model.js';
import { LIMITS } from './slackLimits.js';

/** Only answers about the topic are worth posting for everyone; help and "can't answer" are not. */
const SHAREABLE: ReadonlySet<Intent> = new Set(['list', 'detail', 'compare', 'explain', 'tip']);

/**
 * Whether an answer may be offered for (and accepted into) a channel. Private (crisis) answers never
 * are, and a question too long for a button value would change if cut, so it is not offered either.
 */
export function canShare(answer: Answer, question: string): boolean {
  return (
    !answer.private &&
    SHAREABLE.has(answer.intent) &&
    question.length > 0 &&
    question.length <= LIMITS.buttonValue
  );
}
