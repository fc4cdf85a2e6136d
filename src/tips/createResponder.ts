import type { Answerer } from '../answer/answer.js';
import type { Answer } from '../answer/model.js';
import { classifySafety } from '../safety/classifySafety.js';
import { handleTipsCommand } from './handleTipsCommand.js';
import { parseTipsCommand } from './parseTipsCommand.js';
import type { Platform, TipsStore } from './store.js';

/** Where a message came from, as far as subscribing a channel needs it. */
export interface ConversationContext {
  platform: Platform;
  channelKey: string;
  /** What the platform's sender needs to post there later, as JSON. */
  target: string;
  timeZone?: string;
}

export interface TipsSetup {
  store: TipsStore;
  defaultTimeZone?: string;
  now: () => Date;
  /** Told when the database failed a tips command (the person gets an apology that says so). */
  onError?: (error: unknown) => void;
}

const NOT_SAVED: Answer = {
  intent: 'tip',
  title: 'Weekly tips',
  blocks: [
    {
      type: 'paragraph',
      text: 'Sorry, I could not reach this channel’s weekly tips just now, so nothing was changed. Please try again later; if it keeps happening, tell the person who runs the bot.',
    },
  ],
  programs: [],
  private: false,
};

export type Responder = (text: string, context: ConversationContext) => Promise<Answer>;

/**
 * True for "tips", "tips on …", "tips off": words that manage the channel's weekly tips. A message
 * the safety layer flags is never a command, whatever words it starts with.
 */
export function isTipsCommand(text: string): boolean {
  return parseTipsCommand(text) !== undefined && classifySafety(text).tier === 'none';
}

/**
 * One entry point for messages that may manage weekly tips: subscription words go to the tips
 * handler, everything else to the answerer. Adapters call this instead of routing themselves.
 */
export function createResponder(answer: Answerer, tips: TipsSetup | undefined): Responder {
  return async (text, context) => {
    const command = isTipsCommand(text) ? parseTipsCommand(text) : undefined;
    if (!command) return answer(text);
    if (!tips) {
      return answer.finish({
        intent: 'tip',
        title: 'Weekly tips',
        blocks: [
          {
            type: 'paragraph',
            text: 'Weekly tips are not set up on this server. Ask the person who runs the bot.',
          },
        ],
        programs: [],
        private: false,
      });
    }
    try {
      return answer.finish(
        await handleTipsCommand(command, {
          ...context,
          timeZone: context.timeZone,
          defaultTimeZone: tips.defaultTimeZone,
          store: tips.store,
          now: tips.now(),
        }),
      );
    } catch (error) {
      tips.onError?.(error);
      return answer.finish(NOT_SAVED);
    }
  };
}
