import { type MessagingExtensionResponse, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { Answerer } from '../../src/answer/answer.js';
import type { Answer, Block, Intent } from '../../src/answer/model.js';
import { isTipsCommand, type Responder } from '../../src/tips/createResponder.js';
import type { Logger } from '../server/logger.js';
import { answerActivity, textActivity } from './answerActivity.js';
import { cleanQuestion } from './cleanQuestion.js';
import type { ConversationStore } from './conversationStore.js';
import { describeError } from './describeError.js';
import { parseDetailsRequest } from './detailsAction.js';
import {
  conversationKey,
  isFromBot,
  isSharedConversation,
  mentionsRecipient,
  storedConversationOf,
} from './inspectActivity.js';
import type { ProgramDirectory } from './programDirectory.js';
import type { ProgramSearch } from './searchPrograms.js';
import type { PrivateSender } from './sendPrivately.js';

/** Turn-state key for the answered intent, so a failed turn can be logged with it. */
export const INTENT_KEY = Symbol('sts.intent');

const WELCOME_TITLE = 'Thanks for adding me';
const MENTION_HINT = 'In a channel or group chat, @mention me with your question.';
const PRIVATE_NOTE = "I've sent you a private message.";
const SUPPORT_TITLE = 'Support is available';
const UNKNOWN_PROGRAM = 'I could not find that program. Ask me "programs" to see the list.';

export interface TeamsBotDeps {
  answer: Answerer;
  logger: Logger;
  conversations: ConversationStore;
  programs: ProgramDirectory;
  search: ProgramSearch;
  sendPrivately: PrivateSender;
  /** For messages that may manage weekly tips ("tips on friday 16:00"). */
  respond: Responder;
}

/** A crisis answer reduced to the lines to call or text: safe to show others, repeats nothing. */
function resourcesOnly(answer: Answer): Answer {
  return {
    ...answer,
    title: SUPPORT_TITLE,
    blocks: answer.blocks.filter((b) => b.type === 'resources'),
  };
}

/** Teams turns: questions, Details buttons, install and removal, and the search extension. */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersRemoved?.some((m) => m.id === botId)) await this.forget(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context);
      await next();
    });
  }

  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: unknown,
  ): Promise<MessagingExtensionResponse> {
    return this.deps.search.query(query);
  }

  protected override async handleTeamsMessagingExtensionSelectItem(
    _context: TurnContext,
    value: unknown,
  ): Promise<MessagingExtensionResponse> {
    return this.deps.search.select(value);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (isFromBot(activity)) return;
    // Card buttons arrive as messages with a value and no mention, in any kind of conversation.
    if (activity.value !== undefined) {
      await this.answerDetails(context);
      return;
    }
    const shared = isSharedConversation(activity);
    if (shared && !mentionsRecipient(activity)) return;
    const question = cleanQuestion(activity);
    const answer = isTipsCommand(question)
      ? await this.deps.respond(question, {
          platform: 'teams',
          channelKey: conversationKey(activity),
          target: JSON.stringify(storedConversationOf(activity)),
          ...(activity.localTimezone ? { timeZone: activity.localTimezone } : {}),
        })
      : this.deps.answer(question, { conversation: `teams:${activity.conversation?.id ?? ''}` });
    this.noteIntent(context, answer.intent);
    if (answer.private && shared) await this.answerPrivately(context, answer);
    else await context.sendActivity(answerActivity(answer));
  }

  private async answerDetails(context: TurnContext): Promise<void> {
    const request = parseDetailsRequest(context.activity.value);
    if (request === undefined) return;
    const detail = this.deps.programs.detail(request.programId, request.full);
    this.noteIntent(context, detail ? 'detail' : 'unknown');
    await context.sendActivity(detail ? answerActivity(detail) : textActivity(UNKNOWN_PROGRAM));
  }

  /** Crisis in a shared conversation: the answer goes 1:1; the others see at most a neutral note. */
  private async answerPrivately(context: TurnContext, answer: Answer): Promise<void> {
    let delivered = false;
    try {
      await this.deps.sendPrivately(context, answerActivity(answer));
      delivered = true;
    } catch (error) {
      this.deps.logger.warn({ err: describeError(error) }, 'teams 1:1 message failed; posting resources');
    }
    await context.sendActivity(
      delivered ? textActivity(PRIVATE_NOTE) : answerActivity(resourcesOnly(answer)),
    );
  }

  /** Install: remember where to post later, and say hello once per conversation. */
  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const isNew = await this.deps.conversations.save(
      conversationKey(activity),
      storedConversationOf(activity),
    );
    if (!isNew) return;
    const help = this.deps.answer('help');
    const blocks: Block[] = isSharedConversation(activity)
      ? [...help.blocks, { type: 'note', text: MENTION_HINT }]
      : help.blocks;
    this.noteIntent(context, help.intent);
    await context.sendActivity(answerActivity({ ...help, title: WELCOME_TITLE, blocks }));
  }

  private async forget(context: TurnContext): Promise<void> {
    await this.deps.conversations.delete(conversationKey(context.activity));
  }

  private noteIntent(context: TurnContext, intent: Intent): void {
    context.turnState.set(INTENT_KEY, intent);
    this.deps.logger.info(
      { intent, conversationType: context.activity.conversation?.conversationType },
      'teams answer',
    );
  }
}
