import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/answer.js';
import type { SendResult, TipSender } from '../../src/tips/deliverDueTips.js';
import type { Env } from '../server/config.js';
import { readCatalog } from './readCatalog.js';
import { renderSlackMessage } from './renderSlackBlocks.js';

/**
 * Slack errors that mean this channel will not take posts until someone acts: pause it. Token errors
 * (invalid_auth, token_revoked) concern every channel; they fail the run instead, to be fixed once.
 */
const GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'restricted_action',
]);

const Target = z.object({ channel: z.string().min(1) });
const PlatformError = z.object({ data: z.object({ error: z.string() }) });

export interface SlackTipSenderOptions {
  /** Retries for failures and for 429s (each waits Slack's Retry-After); tests lower it. */
  retries?: number;
}

/** Posts weekly tips with chat.postMessage in Block Kit, waiting out rate limits as Slack asks. */
export function createSlackTipSender(
  config: Env,
  answer: Answerer,
  options: SlackTipSenderOptions = {},
): TipSender | undefined {
  if (!config.SLACK_BOT_TOKEN) return undefined;
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    // 429s are retried after Slack's Retry-After; other failures a few times quickly.
    rejectRateLimitedCalls: false,
    retryConfig: { retries: options.retries ?? 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 },
    timeout: 10_000,
    logLevel: webApi.LogLevel.ERROR,
    logger: {
      debug() {},
      info() {},
      warn() {},
      error() {},
      setLevel() {},
      getLevel: () => webApi.LogLevel.ERROR,
      setName() {},
    },
  });
  const { topicLink } = readCatalog(answer);

  return {
    async send(subscription, tip): Promise<SendResult> {
      const target = Target.safeParse(JSON.parse(subscription.target));
      if (!target.success) return { ok: false, gone: true, reason: 'stored Slack channel is invalid' };
      try {
        await client.chat.postMessage({
          channel: target.data.channel,
          unfurl_links: false,
          unfurl_media: false,
          ...renderSlackMessage(tip, { moreLink: topicLink }),
        });
        return { ok: true };
      } catch (error) {
        const platform = PlatformError.safeParse(error);
        const code = platform.success ? platform.data.data.error : 'request failed';
        return { ok: false, gone: GONE.has(code), reason: code };
      }
    },
  };
}
