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

/** Intents that answer something asked, worth giving after a kind word on a heavy day. */
const ANSWERS_A_QUESTION = new Set(['list', 'detail', 'compare', 'explain', 'tip']);

/** The distress answer without its offer, followed by what was asked; private like the support. */
function withSupport(support: Answer, asked: Answer): Answer {
  return {
    ...support,
    intent: asked.intent,
    programs: asked.programs,
    blocks: [...support.blocks.slice(0, -1), ...asked.blocks],
  };
}

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
    const verdict = classifySafety(text);
    const safe = composeSafetyAnswer(verdict, content.crisis, deps.eapText);
    if (!safe) return finish(compose(parse(text)));
    if (verdict.tier !== 'distress') return safe;
    // A heavy day told alongside a real question gets both, privately: the kind word, then the answer.
    const asked = compose(parse(text));
    return ANSWERS_A_QUESTION.has(asked.intent) ? withSupport(safe, asked) : safe;
  };
  return Object.assign(answer, { finish });
}
