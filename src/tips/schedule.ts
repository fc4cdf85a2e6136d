import { DateTime } from 'luxon';

/** A weekly slot in the subscriber's own time zone; luxon does the calendar and DST work. */
export interface WeeklySchedule {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  timeZone: string;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function isValidTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The slot in the local week that contains `at`. */
function slotInWeekOf(schedule: WeeklySchedule, at: DateTime): DateTime {
  return at
    .setZone(schedule.timeZone)
    .set({ weekday: schedule.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 })
    .set({ hour: schedule.hour, minute: schedule.minute, second: 0, millisecond: 0 });
}

/** The first slot at or after `from`. */
export function nextOccurrence(schedule: WeeklySchedule, from: Date): Date {
  const at = DateTime.fromJSDate(from);
  let slot = slotInWeekOf(schedule, at);
  if (slot < at) slot = slotInWeekOf(schedule, at.setZone(schedule.timeZone).plus({ weeks: 1 }));
  return slot.toJSDate();
}

export interface DueSlot {
  /** Identifies the slot's ISO week, e.g. "2026-W48": one delivery per subscription and week. */
  weekKey: string;
  dueAt: Date;
}

/**
 * This week's slot if it is due at `now`: from the slot time until the end of that local day, so a
 * server that was down at the slot still posts the same day, and never later.
 */
export function dueSlot(schedule: WeeklySchedule, now: Date): DueSlot | undefined {
  const at = DateTime.fromJSDate(now).setZone(schedule.timeZone);
  const slot = slotInWeekOf(schedule, at);
  if (at < slot || at > slot.endOf('day')) return undefined;
  return {
    // ISO week, not luxon's locale week: every process on the database must derive the same key.
    weekKey: `${slot.weekYear}-W${String(slot.weekNumber).padStart(2, '0')}`,
    dueAt: slot.toJSDate(),
  };
}

export function formatTime(schedule: WeeklySchedule): string {
  return `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}`;
}

/** "Every Monday at 09:00 America/Los_Angeles, starting 30 Nov". */
export function describeSchedule(schedule: WeeklySchedule, now: Date): string {
  const first = DateTime.fromJSDate(nextOccurrence(schedule, now))
    .setZone(schedule.timeZone)
    .setLocale('en-US');
  const day = WEEKDAY_NAMES[schedule.weekday - 1] ?? '';
  return `Every ${day} at ${formatTime(schedule)} ${schedule.timeZone}, starting ${first.toFormat('d LLL')}`;
}

/**
 * When a subscription is next due, from `now`: this week's slot while it is still due (a channel that
 * subscribes on the day, after the hour, still gets that day's tip), else the next slot.
 */
export function firstDue(schedule: WeeklySchedule, now: Date): Date {
  return dueSlot(schedule, now)?.dueAt ?? nextOccurrence(schedule, now);
}

/** The slot of the week after `weekKey` ("2026-W49"): when a subscription is due once that week is sent. */
export function dueAfterWeek(schedule: WeeklySchedule, weekKey: string): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(weekKey);
  if (!match) throw new Error(`not a week key: ${weekKey}`);
  const week = DateTime.fromObject(
    {
      weekYear: Number(match[1]),
      weekNumber: Number(match[2]),
      weekday: schedule.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7,
      hour: schedule.hour,
      minute: schedule.minute,
    },
    { zone: schedule.timeZone },
  );
  return nextOccurrence(schedule, week.plus({ days: 1 }).toJSDate());
}
