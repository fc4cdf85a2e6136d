import {
  type Activity,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import type { Answerer } from '../../src/answer/answer.js';
import type { Answer, Block, Intent } from '../../src/answer/model.js';
import { isTipsCommand, type Responder } from '../../src/tips/createResponder.js';
import type { Logger } from '../server/logger.js';
import { answerActivity, textActivity } from './answerActivity.js';
import { parseAskSubmit } from './cardActions.js';
import { cleanQuestion } from './cleanQuestion.js';
import type { ConversationStore } from './conversationStore.js';
import { describeError } from './describeError.js';
import { parseDetailsRequest } from './detailsAction.js';
import { escapeMarkdown } from './escapeMarkdown.js';
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
/** What people type before "tips" in a channel or group chat: the bot's name from the manifest. */
const SHARED_PREFIX = '@sts-bot ';

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

/**
 * The reply in a channel thread, which everyone there sees, led by "<at>Name</at> turned on weekly
 * self-care tips…": a real mention of who did it (the name Teams gave, stripped of markup), nothing typed.
 */
function withNotice(reply: Partial<Activity>, activity: Activity, summary: string): Partial<Activity> {
  const name = escapeMarkdown((activity.from.name ?? 'Someone').replace(/[<>&]/g, '')) || 'Someone';
  const mention = `<at>${name}</at>`;
  return {
    ...reply,
    text: `${mention} ${summary}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: activity.from.id, name } }],
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
    const shared = isSharedConversation(activity);
    // Card buttons arrive as messages with a value and no mention, in any kind of conversation.
    if (activity.value !== undefined) {
      const asked = parseAskSubmit(activity.value);
      if (asked === undefined) await this.answerDetails(context);
      else await this.answerQuestion(context, asked, shared);
      return;
    }
    if (shared && !mentionsRecipient(activity)) return;
    await this.answerQuestion(context, cleanQuestion(activity), shared);
  }

  private async answerQuestion(context: TurnContext, question: string, shared: boolean): Promise<void> {
    if (isTipsCommand(question)) {
      await this.manageTips(context, question, shared);
      return;
    }
    const answer = this.deps.answer(question, {
      conversation: `teams:${context.activity.conversation?.id ?? ''}`,
    });
    this.noteIntent(context, answer.intent);
    if (answer.private && shared) await this.answerPrivately(context, answer);
    else await context.sendActivity(answerActivity(answer, { personal: !shared }));
  }

  /**
   * "tips …": the subscription posts through the conversation reference saved at install. A message
   * reaching the bot here proves it is installed and can post, so the reference is refreshed from
   * this turn (Teams may move a conversation to another serviceUrl) and saved if install was missed.
   * In a channel or group chat everyone sees who turned tips on or off.
   */
  private async manageTips(context: TurnContext, question: string, shared: boolean): Promise<void> {
    const { activity } = context;
    const key = conversationKey(activity);
    const target = { ...(await this.deps.conversations.get(key)), ...storedConversationOf(activity) };
    await this.deps.conversations.save(key, target);
    const outcome = await this.deps.respond(question, {
      platform: 'teams',
      channelKey: key,
      target: JSON.stringify(target),
      personal: !shared,
      commandPrefix: shared ? SHARED_PREFIX : '',
      ...(activity.localTimezone ? { timeZone: activity.localTimezone } : {}),
    });
    this.noteIntent(context, outcome.answer.intent);
    const reply = answerActivity(outcome.answer, { personal: !shared });
    await context.sendActivity(
      shared && outcome.change ? withNotice(reply, activity, outcome.change.summary) : reply,
    );
  }

  /** Details: the card the button is on becomes the program's detail in place; a new post if Teams refuses. */
  private async answerDetails(context: TurnContext): Promise<void> {
    const { activity } = context;
    const request = parseDetailsRequest(activity.value);
    if (request === undefined) return;
    const detail = this.deps.programs.detail(request.programId, request.full);
    this.noteIntent(context, detail ? 'detail' : 'unknown');
    if (!detail) {
      await context.sendActivity(textActivity(UNKNOWN_PROGRAM));
      return;
    }
    const card = answerActivity(detail, { personal: !isSharedConversation(activity) });
    if (activity.replyToId) {
      try {
        await context.updateActivity({ ...card, id: activity.replyToId });
        return;
      } catch (error) {
        this.deps.logger.warn({ err: describeError(error) }, 'teams card update failed; posting the detail');
      }
    }
    await context.sendActivity(card);
  }

  /** Crisis in a shared conversation: the answer goes 1:1; the others see at most a neutral note. */
  private async answerPrivately(context: TurnContext, answer: Answer): Promise<void> {
    let delivered = false;
    try {
      await this.deps.sendPrivately(context, answerActivity(answer, { personal: true }));
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
    await context.sendActivity(
      answerActivity(
        { ...help, title: WELCOME_TITLE, blocks },
        { personal: !isSharedConversation(activity) },
      ),
    );
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
