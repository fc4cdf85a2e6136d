import { type Activity, ActivityTypes, type CardAction, CardFactory, TextFormatTypes } from 'botbuilder';
import type { Answer } from '../../src/answer/model.js';
import { renderAdaptiveCard } from './renderAdaptiveCard.js';

export interface AnswerActivityOptions {
  /** A 1:1 chat: example questions become suggestedActions (Teams shows them only there). */
  personal?: boolean;
}

/** Teams shows a suggested action's title on one chip; longer ones are cut on a phone. */
const MAX_SUGGESTION = 40;

function suggestions(answer: Answer): CardAction[] {
  return answer.blocks
    .flatMap((b) => (b.type === 'examples' ? b.questions : []))
    .filter((q) => q.length <= MAX_SUGGESTION)
    .slice(0, 6)
    .map((q) => ({ type: 'imBack', title: q, value: q }));
}

/**
 * One message per answer: the card alone, so Teams shows the title once (the card's heading), with
 * `summary` for the notification and chat-list preview. In a 1:1 chat the examples are also tappable
 * suggestions; elsewhere the card's own buttons ask them.
 */
export function answerActivity(answer: Answer, options: AnswerActivityOptions = {}): Partial<Activity> {
  const card = renderAdaptiveCard(answer, { personal: options.personal === true });
  const suggested = options.personal ? suggestions(answer) : [];
  return {
    type: ActivityTypes.Message,
    summary: answer.title,
    attachments: [CardFactory.adaptiveCard(card)],
    ...(suggested.length > 0 ? { suggestedActions: { to: [], actions: suggested } } : {}),
  };
}

/** The weekly tip: a card with a summary, no suggestions (it is not an answer to anyone). */
export function tipActivity(answer: Answer): Partial<Activity> {
  return answerActivity(answer);
}

export function textActivity(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Plain };
}
