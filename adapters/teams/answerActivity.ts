import { type Activity, ActivityTypes, CardFactory, TextFormatTypes } from 'botbuilder';
import type { Answer } from '../../src/answer/model.js';
import { renderAdaptiveCard } from './renderAdaptiveCard.js';

/**
 * One message per answer: the card, and its title as plain text for notifications, previews and
 * clients that show no cards.
 */
export function answerActivity(answer: Answer): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: answer.title,
    textFormat: TextFormatTypes.Plain,
    attachments: [CardFactory.adaptiveCard(renderAdaptiveCard(answer))],
  };
}

export function textActivity(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Plain };
}
