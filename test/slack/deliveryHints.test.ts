import { describe, expect, it } from 'vitest';
import { slackFailureReason } from '../../adapters/slack/deliveryHints.js';

describe('reasons stored when Slack refuses a tip', () => {
  it('keeps the code and says how to add the bot for not_in_channel', () => {
    expect(slackFailureReason('not_in_channel')).toBe(
      'not_in_channel (the bot is not in this channel: add it with /invite @sts-bot, then send /sts tips on)',
    );
    expect(slackFailureReason('channel_not_found')).toMatch(/^channel_not_found \(.*\/invite/);
    expect(slackFailureReason('is_archived')).toContain('unarchive');
  });

  it('leaves other codes as Slack gave them', () => {
    expect(slackFailureReason('ratelimited')).toBe('ratelimited');
  });
});
