import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTipsHarness, type TipsHarness } from './helpers/tipsHarness.js';

const ZONE = 'America/Los_Angeles';
/** Mondays around the 2026 changes in Los Angeles: clocks go forward on 8 March and back on 1 November. */
const EXPECTED = [
  '2026-03-02T17:00:00.000Z',
  '2026-03-09T16:00:00.000Z',
  '2026-03-16T16:00:00.000Z',
  '2026-10-26T16:00:00.000Z',
  '2026-11-02T17:00:00.000Z',
  '2026-11-09T17:00:00.000Z',
];
const STEP_MS = 15 * 60_000;

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness('2026-02-25T12:00:00Z');
});
afterEach(() => h.close());

describe('weekly tips across daylight-saving changes', () => {
  it('posts at 09:00 Los Angeles time every Monday, never an hour early or late', async () => {
    expect(await h.slash('tips on monday 9am')).toContain(`Every Monday at 09:00 ${ZONE}, starting 2 Mar`);
    const deliveredAt: string[] = [];
    for (const expected of EXPECTED) {
      // Every quarter hour from 14:00Z to 20:00Z: local 06:00-12:00 in winter, 07:00-13:00 in summer.
      const day = Date.parse(`${expected.slice(0, 10)}T14:00:00Z`);
      for (let t = day; t <= day + 6 * 3_600_000; t += STEP_MS) {
        const before = h.slackPosts().length;
        await h.tick(new Date(t));
        if (h.slackPosts().length > before) deliveredAt.push(new Date(t).toISOString());
      }
    }
    expect(deliveredAt).toEqual(EXPECTED);
    const local = deliveredAt.map((t) => DateTime.fromISO(t, { zone: ZONE }));
    expect(local.map((d) => [d.weekday, d.hour, d.minute])).toEqual(EXPECTED.map(() => [1, 9, 0]));
    expect(h.slackApi.calls('chat.postMessage')).toHaveLength(EXPECTED.length);
  });
});
