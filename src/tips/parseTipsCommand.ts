import { normalize } from '../query/normalize.js';
import { WEEKDAY_NAMES } from './schedule.js';

export type TipsCommand =
  | { kind: 'on'; weekday?: number; hour?: number; minute?: number }
  | { kind: 'off' }
  | { kind: 'status' }
  /** `message` says what was wrong; the handler adds examples written for where the words were typed. */
  | { kind: 'invalid'; message: string };

const WEEKDAYS: Record<string, number> = {};
WEEKDAY_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  WEEKDAYS[lower] = i + 1;
  WEEKDAYS[lower.slice(0, 3)] = i + 1;
  WEEKDAYS[`${lower}s`] = i + 1;
});
WEEKDAYS.tues = 2;
WEEKDAYS.weds = 3;
WEEKDAYS.thur = 4;
WEEKDAYS.thurs = 4;

function parseTime(words: string[]): { hour: number; minute: number } | string {
  const raw = words.join('');
  if (raw === 'noon') return { hour: 12, minute: 0 };
  const match = raw.match(/^(?:at)?(\d{1,2})(?::?(\d{2}))?(am|pm|a|p)?$/);
  if (!match) return `I couldn't read "${raw}" as a time.`;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  const half = match[3];
  if (half) {
    if (hour < 1 || hour > 12) return `"${raw}" is not a valid time.`;
    if (half.startsWith('p') && hour !== 12) hour += 12;
    if (half.startsWith('a') && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return `"${raw}" is not a valid time; use 00:00 to 23:59.`;
  return { hour, minute };
}

/**
 * The subscription words: "tips", "tips on [weekday] [time]", "tips off". Returns undefined for
 * anything else, which then goes to the question answerer ("tip please" is a tip, not a command).
 */
export function parseTipsCommand(text: string): TipsCommand | undefined {
  // Keep ":" for times; normalize() would split "16:00" into two words.
  const cleaned = normalize(text.replace(/(\d):(\d)/g, '$1$2'));
  const [first, second, ...rest] = cleaned.split(' ');
  if (first !== 'tips' && first !== 'tip') return undefined;
  if (second === undefined || second === 'status')
    return first === 'tips' || second === 'status' ? { kind: 'status' } : undefined;
  if (second === 'off' || second === 'stop' || second === 'unsubscribe') return { kind: 'off' };
  if (second !== 'on' && second !== 'subscribe') return undefined;

  const words = rest.filter((w) => w !== 'every' && w !== 'at' && w !== 'on');
  const command: { kind: 'on'; weekday?: number; hour?: number; minute?: number } = { kind: 'on' };
  const dayWord = words.find((w) => WEEKDAYS[w] !== undefined);
  if (dayWord) command.weekday = WEEKDAYS[dayWord];
  const timeWords = words.filter((w) => w !== dayWord);
  if (timeWords.length > 0) {
    if (timeWords.some((w) => /^[a-z]+$/.test(w) && !['am', 'pm', 'noon', 'a', 'p'].includes(w))) {
      return {
        kind: 'invalid',
        message: "I couldn't read that schedule. Name a weekday and a time.",
      };
    }
    const time = parseTime(timeWords);
    if (typeof time === 'string') return { kind: 'invalid', message: time };
    command.hour = time.hour;
    command.minute = time.minute;
  }
  return command;
}
