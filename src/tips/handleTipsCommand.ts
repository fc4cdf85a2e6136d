import { DateTime } from 'luxon';
import type { Answer } from '../answer/model.js';
import type { TipsCommand } from './parseTipsCommand.js';
import {
  describeSchedule,
  formatTime,
  isValidTimeZone,
  nextOccurrence,
  WEEKDAY_NAMES,
  type WeeklySchedule,
} from './schedule.js';
import type { Platform, TipsStore } from './store.js';

export interface TipsCommandContext {
  platform: Platform;
  channelKey: string;
  target: string;
  /** The subscriber's zone (Slack user tz, Teams localTimezone), else the configured default, else UTC. */
  timeZone: string | undefined;
  defaultTimeZone: string | undefined;
  /** A DM or 1:1 chat: the tips go to the person, so replies say "you", not "this channel". */
  personal?: boolean;
  /**
   * What people type before "tips" where the command was given ("/sts " in Slack, "@sts-bot " in a
   * Teams channel), so every example in a reply works when copied.
   */
  commandPrefix?: string;
  store: TipsStore;
  now: Date;
}

/** What changed, for the adapter's visible notice in a shared channel; absent when nothing did. */
export type TipsChange =
  | { kind: 'on'; schedule: WeeklySchedule; summary: string }
  | { kind: 'off'; summary: string };

export interface TipsOutcome {
  answer: Answer;
  change?: TipsChange;
}

function reply(title: string, text: string, note?: string): Answer {
  const blocks: Answer['blocks'] = [{ type: 'paragraph', text }];
  if (note) blocks.push({ type: 'note', text: note });
  return { intent: 'tip', title, blocks, programs: [], private: false };
}

function pickZone(ctx: TipsCommandContext): string {
  for (const zone of [ctx.timeZone, ctx.defaultTimeZone]) if (zone && isValidTimeZone(zone)) return zone;
  return 'UTC';
}

/** The words each reply suggests, written for where the command was typed. */
function wordsFor(ctx: TipsCommandContext) {
  const say = (words: string) => `"${ctx.commandPrefix ?? ''}${words}"`;
  const personal = ctx.personal === true;
  return {
    say,
    examples: `For example: ${say('tips on friday 16:00')}, ${say('tips on monday 9am')}, ${say('tips off')} or ${say('tips')}.`,
    noLonger: personal
      ? 'You will no longer get weekly self-care tips here.'
      : 'This channel will no longer get weekly self-care tips.',
    wasNot: personal
      ? 'You were not subscribed to weekly tips.'
      : 'This channel was not subscribed to weekly tips.',
    isNot: personal
      ? 'You are not subscribed to weekly self-care tips.'
      : 'This channel is not subscribed to weekly self-care tips.',
    each: personal
      ? 'One short self-care tip each week, sent to you here.'
      : 'One short self-care tip each week.',
  };
}

/** Subscribes, unsubscribes or reports, says so in words people can check, and tells what changed. */
export async function runTipsCommand(command: TipsCommand, ctx: TipsCommandContext): Promise<TipsOutcome> {
  const words = wordsFor(ctx);
  if (command.kind === 'invalid')
    return { answer: reply('Weekly tips', `${command.message} ${words.examples}`) };
  const existing = await ctx.store.getSubscription(ctx.platform, ctx.channelKey);

  if (command.kind === 'off') {
    const removed = await ctx.store.removeSubscription(ctx.platform, ctx.channelKey);
    const answer = reply(
      'Weekly tips are off',
      removed ? words.noLonger : words.wasNot,
      `Turn them on again any time with ${words.say('tips on')}.`,
    );
    return removed
      ? { answer, change: { kind: 'off', summary: 'turned off weekly self-care tips for this channel.' } }
      : { answer };
  }

  if (command.kind === 'status') {
    if (!existing) {
      return {
        answer: reply(
          'Weekly tips',
          words.isNot,
          `Subscribe with ${words.say('tips on')} (Monday 09:00) or e.g. ${words.say('tips on friday 16:00')}.`,
        ),
      };
    }
    const when = describeSchedule(existing.schedule, ctx.now).replace(/, starting .*/, '');
    if (existing.status === 'paused') {
      return {
        answer: reply(
          'Weekly tips are paused',
          `${when}, paused: ${existing.pausedReason ?? 'unknown reason'}.`,
          `Fix the cause and subscribe again with ${words.say('tips on')}.`,
        ),
      };
    }
    // English words in an English sentence, whatever the server's locale.
    const next = DateTime.fromJSDate(nextOccurrence(existing.schedule, ctx.now))
      .setZone(existing.schedule.timeZone)
      .setLocale('en-US');
    return {
      answer: reply(
        'Weekly tips are on',
        `${when}. Next tip: ${next.toFormat('ccc d LLL, HH:mm')}.`,
        `Change it with ${words.say('tips on <weekday> <time>')}, stop with ${words.say('tips off')}.`,
      ),
    };
  }

  const schedule: WeeklySchedule = {
    weekday: command.weekday ?? existing?.schedule.weekday ?? 1,
    hour: command.hour ?? existing?.schedule.hour ?? 9,
    minute: command.minute ?? existing?.schedule.minute ?? 0,
    timeZone: existing && !ctx.timeZone ? existing.schedule.timeZone : pickZone(ctx),
  };
  await ctx.store.saveSubscription(
    { platform: ctx.platform, channelKey: ctx.channelKey, target: ctx.target, schedule },
    ctx.now,
  );
  const when = describeSchedule(schedule, ctx.now);
  return {
    answer: reply(
      'Weekly tips are on',
      `${when}. ${words.each}`,
      `Change it with ${words.say(`tips on ${WEEKDAY_NAMES[schedule.weekday - 1]?.toLowerCase()} ${formatTime(schedule)}`)}, stop with ${words.say('tips off')}.`,
    ),
    change: {
      kind: 'on',
      schedule,
      summary: `turned on weekly self-care tips for this channel: ${when.replace(/, starting .*/, '').replace(/^Every/, 'every')}.`,
    },
  };
}

/** The reply alone, for callers that post no notice. */
export async function handleTipsCommand(command: TipsCommand, ctx: TipsCommandContext): Promise<Answer> {
  return (await runTipsCommand(command, ctx)).answer;
}
