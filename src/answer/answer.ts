import type { Content } from '../content/loadContent.js';
import type { Program, Tip, TipAudienceT } from '../content/schema.js';
import type { ConversationMemory } from '../conversation/conversationMemory.js';
import { createQuestionParser, MAX_QUESTION_LENGTH, type ParsedQuestion } from '../query/parseQuestion.js';
import { classifySafety } from '../safety/classifySafety.js';
import { composeSafetyAnswer } from '../safety/compose/composeSafetyAnswer.js';
import { composeCompare } from './compose/composeCompare.js';
import { composeDetail, composeFullProfile } from './compose/composeDetail.js';
import { composeExplain } from './compose/composeExplain.js';
import { composeHelp, composeSmalltalk, composeTip, composeUnknown } from './compose/composeFixed.js';
import { composeList } from './compose/composeList.js';
import { composeNotInTopic } from './compose/composeNotInTopic.js';
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
  /** Per-conversation memory for follow-ups ("how long is it?"); without it every question stands alone. */
  memory?: ConversationMemory;
}

/** Where a question was asked: an opaque key per thread or chat, used only to find the memory. */
export interface AskContext {
  conversation?: string;
}

/**
 * The core's entry point. `finish` adds what every answer ends with (the help-line footer) to an
 * answer made elsewhere in the core, such as a tips subscription reply.
 */
export type Answerer = ((question: string, context?: AskContext) => Answer) & {
  finish(answer: Answer): Answer;
};

/** A tip for the audience asked about; "a tip" with no audience comes from the tips for everyone. */
function pickTip(all: Tip[], audience: TipAudienceT, random: () => number): Tip {
  const forAudience = all.filter((t) => t.audience === audience);
  const tips = forAudience.length > 0 ? forAudience : all;
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
  const search = content.outsidePrograms.cebcSearch;
  const outsideById = new Map(content.outsidePrograms.programs.map((o) => [o.id, o]));

  const outsideView = (id: string | undefined) => {
    const outside = id ? outsideById.get(id) : undefined;
    if (!outside) return undefined;
    return {
      outside: {
        name: outside.name,
        facts: [outside.cebcStatus, ...outside.facts.slice(0, 3)],
        links: [{ label: `About ${outside.name}`, url: outside.source }],
      },
    };
  };

  const compose = (parsed: ParsedQuestion): Answer => {
    switch (parsed.intent) {
      case 'help':
        return composeHelp(content, parsed.about);
      case 'smalltalk':
        return composeSmalltalk(parsed.kind, parsed.spanish);
      case 'tip':
        return composeTip(pickTip(content.tips, parsed.audience ?? 'everyone', deps.random));
      case 'unknown':
        return composeUnknown(parsed.reason, MAX_QUESTION_LENGTH);
      case 'notInTopic':
        return composeNotInTopic(
          content,
          outsideView(parsed.outsideId) ?? { name: parsed.name ?? '' },
          search,
        );
      case 'detail':
        return parsed.full
          ? composeFullProfile(content, program(parsed.programId))
          : composeDetail(content, program(parsed.programId), parsed.aspect);
      case 'compare':
        return composeCompare(content, parsed.programIds.map(program));
      case 'explain':
        return composeExplain(content, parsed.topic);
      case 'list':
        return composeList(content, parsed);
    }
  };

  const finish = (answer: Answer): Answer => withHelpFooter({ safety: 'none', ...answer }, content.crisis);
  const answer = (question: string, context?: AskContext): Answer => {
    const text = typeof question === 'string' ? question : '';
    const key = context?.conversation;
    const memory = key ? deps.memory : undefined;
    const verdict = classifySafety(text);
    const safe = composeSafetyAnswer(verdict, content.crisis, deps.eapText);
    if (safe) {
      // A safety answer ends the conversation's context: nothing from it is carried forward.
      if (memory && key) memory.forget(key);
      if (verdict.tier !== 'distress') return safe;
      // A heavy day told alongside a real question gets both, privately: the kind word, then the answer.
      const asked = compose(parse(text));
      return ANSWERS_A_QUESTION.has(asked.intent) ? withSupport(safe, asked) : safe;
    }
    const parsed = parse(text, key ? memory?.recall(key) : undefined);
    const composed = compose(parsed);
    if (memory && key && composed.programs.length > 0) {
      memory.remember(key, {
        programs: composed.programs,
        intent: parsed.intent,
        ...(parsed.intent === 'detail' && parsed.aspect ? { aspect: parsed.aspect } : {}),
        ...(parsed.intent === 'list' ? { filters: parsed.filters } : {}),
      });
    }
    return finish(composed);
  };
  return Object.assign(answer, { finish });
}
