import { describe, expect, it } from 'vitest';
import { parseTipsCommand } from '../../src/tips/parseTipsCommand.js';
import { describeSchedule, dueSlot, nextOccurrence, type WeeklySchedule } from '../../src/tips/schedule.js';

const la: WeeklySchedule = { weekday: 1, hour: 9, minute: 0, timeZone: 'America/Los_Angeles' };

describe('parseTipsCommand', () => {
  it('reads on, off and status', () => {
    expect(parseTipsCommand('tips')).toEqual({ kind: 'status' });
    expect(parseTipsCommand('tips status')).toEqual({ kind: 'status' });
    expect(parseTipsCommand('tips off')).toEqual({ kind: 'off' });
    expect(parseTipsCommand('tips on')).toEqual({ kind: 'on' });
    expect(parseTipsCommand('tips on friday 16:00')).toEqual({ kind: 'on', weekday: 5, hour: 16, minute: 0 });
    expect(parseTipsCommand('Tips on Wed at 9am')).toEqual({ kind: 'on', weekday: 3, hour: 9, minute: 0 });
    expect(parseTipsCommand('tips on 5:30 pm')).toEqual({ kind: 'on', hour: 17, minute: 30 });
    expect(parseTipsCommand('tips on every tuesday 12am')).toEqual({
      kind: 'on',
      weekday: 2,
      hour: 0,
      minute: 0,
    });
    expect(parseTipsCommand('tips on sunday noon')).toEqual({ kind: 'on', weekday: 7, hour: 12, minute: 0 });
  });

  it('leaves ordinary questions alone', () => {
    expect(parseTipsCommand('tip please')).toBeUndefined();
    expect(parseTipsCommand('tips for burnout')).toBeUndefined();
    expect(parseTipsCommand('programs high relevance')).toBeUndefined();
  });

  it('says what is wrong with a bad schedule (the handler adds examples for where it was typed)', () => {
    for (const bad of ['tips on friday 25:00', 'tips on 13pm', 'tips on someday', 'tips on monday 9:75']) {
      const parsed = parseTipsCommand(bad);
      expect(parsed?.kind, bad).toBe('invalid');
      expect(parsed?.kind === 'invalid' && parsed.message).toMatch(/time|schedule/);
    }
  });
});

describe('weekly schedule', () => {
  it('describes the schedule with the first date', () => {
    expect(describeSchedule(la, new Date('2026-11-26T12:00:00Z'))).toBe(
      'Every Monday at 09:00 America/Los_Angeles, starting 30 Nov',
    );
  });

  it('finds the next slot in the local zone', () => {
    expect(nextOccurrence(la, new Date('2026-11-26T12:00:00Z')).toISOString()).toBe(
      '2026-11-30T17:00:00.000Z',
    );
    expect(nextOccurrence(la, new Date('2026-11-30T17:00:00Z')).toISOString()).toBe(
      '2026-11-30T17:00:00.000Z',
    );
    expect(nextOccurrence(la, new Date('2026-11-30T17:00:01Z')).toISOString()).toBe(
      '2026-12-07T17:00:00.000Z',
    );
  });

  it('is due from the slot to the end of that local day, then skipped', () => {
    expect(dueSlot(la, new Date('2026-11-30T16:59:59Z'))).toBeUndefined();
    expect(dueSlot(la, new Date('2026-11-30T17:00:00Z'))).toEqual({
      weekKey: '2026-W49',
      dueAt: new Date('2026-11-30T17:00:00Z'),
    });
    expect(dueSlot(la, new Date('2026-12-01T07:59:00Z'))?.weekKey).toBe('2026-W49');
    expect(dueSlot(la, new Date('2026-12-01T08:00:01Z'))).toBeUndefined();
  });

  it('keeps the local time across daylight-saving changes', () => {
    // US clocks go forward on 8 March 2026 and back on 1 November 2026.
    expect(nextOccurrence(la, new Date('2026-02-27T00:00:00Z')).toISOString()).toBe(
      '2026-03-02T17:00:00.000Z',
    );
    expect(nextOccurrence(la, new Date('2026-03-06T00:00:00Z')).toISOString()).toBe(
      '2026-03-09T16:00:00.000Z',
    );
    expect(nextOccurrence(la, new Date('2026-10-30T00:00:00Z')).toISOString()).toBe(
      '2026-11-02T17:00:00.000Z',
    );
    expect(nextOccurrence(la, new Date('2026-10-23T00:00:00Z')).toISOString()).toBe(
      '2026-10-26T16:00:00.000Z',
    );
  });
});
