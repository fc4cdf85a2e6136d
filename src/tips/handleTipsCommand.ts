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
  store: TipsStore;
  now: Date;
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

/** Subscribes, unsubscribes or reports, and says so in words people can check. */
export async function handleTipsCommand(command: TipsCommand, ctx: TipsCommandContext): Promise<Answer> {
  if (command.kind === 'invalid') return reply('Weekly tips', command.message);
  const existing = await ctx.store.getSubscription(ctx.platform, ctx.channelKey);

  if (command.kind === 'off') {
    const removed = await ctx.store.removeSubscription(ctx.platform, ctx.channelKey);
    return reply(
      'Weekly tips are off',
      removed
        ? 'This channel will no longer get weekly self-care tips.'
        : 'This channel was not subscribed to weekly tips.',
      'Turn them on again any time with "tips on".',
    );
  }

  if (command.kind === 'status') {
    if (!existing) {
      return reply(
        'Weekly tips',
        'This channel is not subscribed to weekly self-care tips.',
        'Subscribe with "tips on" (Monday 09:00) or e.g. "tips on friday 16:00".',
      );
    }
    const when = describeSchedule(existing.schedule, ctx.now).replace(/, starting .*/, '');
    if (existing.status === 'paused') {
      return reply(
        'Weekly tips are paused',
        `${when}, paused: ${existing.pausedReason ?? 'unknown reason'}.`,
        'Fix the cause and subscribe again with "tips on".',
      );
    }
    // English words in an English sentence, whatever the server's locale.
    const next = DateTime.fromJSDate(nextOccurrence(existing.schedule, ctx.now))
      .setZone(existing.schedule.timeZone)
      .setLocale('en-US');
    return reply(
      'Weekly tips are on',
      `${when}. Next tip: ${next.toFormat('ccc d LLL, HH:mm')}.`,
      'Change it with "tips on <weekday> <time>", stop with "tips off".',
    );
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
  return reply(
    'Weekly tips are on',
    `${describeSchedule(schedule, ctx.now)}. One short self-care tip each week.`,
    `Change it with "tips on ${WEEKDAY_NAMES[schedule.weekday - 1]?.toLowerCase()} ${formatTime(schedule)}", stop with "tips off".`,
  );
}
