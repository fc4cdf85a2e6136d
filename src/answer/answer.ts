import type { Content } from '../content/loadContent.js';
import type { Program, Tip } from '../content/schema.js';
import { createQuestionParser, MAX_QUESTION_LENGTH, type ParsedQuestion } from '../query/parseQuestion.js';
import { classifySafety } from '../safety/classifySafety.js';
import { composeSafetyAnswer } from '../safety/compose/composeSafetyAnswer.js';
import { composeCompare } from './compose/composeCompare.js';
import { composeDetail } from './compose/composeDetail.js';
import { composeExplain } from './compose/composeExplain.js';
import { composeHelp, composeTip, composeUnknown } from './compose/composeFixed.js';
import { composeList } from './compose/composeList.js';
import type { Answer } from './model.js';
import { withHelpFooter } from './withHelpFooter.js';

export interface AnswerDeps {
  /** A number in [0, 1); injected so tests choose the tip. */
  random: () => number;
  /** The agency's employee assistance line, shown in safety answers (EAP_TEXT). */
  eapText?: string;
}

/**
 * The core's entry point. `finish` adds what every answer ends with (the help-line footer) to an
 * answer made elsewhere in the core, such as a tips subscription reply.
 */
export type Answerer = ((question: string) => Answer) & { finish(answer: Answer): Answer };

function pickTip(tips: Tip[], random: () => number): Tip {
  const index = Math.min(tips.length - 1, Math.max(0, Math.floor(random() * tips.length)));
  const tip = tips[index];
  if (!tip) throw new Error('content has no tips');
  return tip;
}

/**
 * The core: one question in, one platform-free answer out. Build once per catalog. The safety layer
 * reads every message first: no program name, list word or tips word can turn a disclosure into
 * anything else.
 */
export function createAnswerer(content: Content, deps: AnswerDeps): Answerer {
  const parse = createQuestionParser(content);
  const byId = new Map<string, Program>(content.programs.map((p) => [p.id, p]));
  const program = (id: string): Program => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown program id ${id}`);
    return found;
  };

  const compose = (parsed: ParsedQuestion): Answer => {
    switch (parsed.intent) {
      case 'help':
        return composeHelp(content, parsed.thanks === true);
      case 'tip':
        return composeTip(pickTip(content.tips, deps.random));
      case 'unknown':
        return composeUnknown(parsed.reason, MAX_QUESTION_LENGTH);
      case 'detail':
        return composeDetail(content, program(parsed.programId), parsed.aspect);
      case 'compare':
        return composeCompare(content, parsed.programIds.map(program));
      case 'explain':
        return composeExplain(content, parsed.topic);
      case 'list':
        return composeList(content, parsed.filters);
    }
  };

  const finish = (answer: Answer): Answer => withHelpFooter({ safety: 'none', ...answer }, content.crisis);
  const answer = (question: string): Answer => {
    const text = typeof question === 'string' ? question : '';
    const safe = composeSafetyAnswer(classifySafety(text), content.crisis, deps.eapText);
    return safe ?? finish(compose(parse(text)));
  };
  return Object.assign(answer, { finish });
}
