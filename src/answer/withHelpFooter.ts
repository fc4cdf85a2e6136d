import type { Crisis } from '../content/schema.js';
import type { Answer } from './model.js';

/** No dead ends: every ordinary answer ends with one line that points to a person (988). */
export function withHelpFooter(answer: Answer, crisis: Crisis): Answer {
  return { ...answer, blocks: [...answer.blocks, { type: 'note', text: crisis.footer }] };
}
