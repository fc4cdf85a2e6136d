import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTipsHarness, type TipsHarness } from './helpers/tipsHarness.js';

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness('2026-11-26T12:00:00Z');
});
afterEach(() => h.close());

describe('tips commands when the database cannot store them', () => {
  it('tells the person the subscription was not saved, instead of "subscribed" or silence', async () => {
    rmSync(dirname(h.dbFile), { recursive: true, force: true });
    const reply = await h.slash('tips on');
    expect(reply).toContain('could not reach this channel’s weekly tips just now, so nothing was changed');
    expect(reply).not.toMatch(/Every Monday/);
    const logged = h.logs.map((line) => JSON.parse(line) as { msg: string; cause?: string });
    expect(logged.find((l) => l.msg === 'tips command could not be saved')?.cause).toMatch(/was deleted/);
  });
});
