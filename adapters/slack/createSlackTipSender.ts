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
/** History errors that mean "cannot look here" rather than "try again later": the tip is sent then. */
const CANNOT_LOOK = new Set([...GONE, 'missing_scope', 'not_allowed_token_type', 'access_denied']);

/** The metadata event every tip post carries, so a later attempt can tell whether it went out. */
export const TIP_EVENT_TYPE = 'sts_weekly_tip';
/** How far back in the channel a later attempt looks for its post. */
const HISTORY_LIMIT = 100;

const Target = z.object({ channel: z.string().min(1) });
const PlatformError = z.object({ data: z.object({ error: z.string() }) });
const RateLimited = z.object({ code: z.literal(webApi.ErrorCode.RateLimitedError), retryAfter: z.number() });
const HttpFailure = z.object({ code: z.literal(webApi.ErrorCode.HTTPError), statusCode: z.number() });
const TaggedMessage = z.looseObject({
  metadata: z
    .looseObject({ event_type: z.string(), event_payload: z.looseObject({ delivery_id: z.unknown() }) })
    .optional(),
});

export interface SlackTipSenderOptions {
  /** Posts after a 429, each after Slack's Retry-After; tests lower it. */
  retries?: number;
  /** The longest Retry-After waited out; a longer one fails this attempt (nothing was posted). */
  maxRetryAfterSeconds?: number;
  /** How long one request may take before its outcome counts as unknown. */
  timeoutMs?: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Posts weekly tips with chat.postMessage in Block Kit. Nothing is retried blindly: a 429 (Slack did
 * not post) is waited out and posted again while the claim is still ours; a timeout or a 5xx (Slack
 * may have posted) is reported as uncertain, and the delivery's metadata tag is looked up in the
 * channel's history before any second post.
 */
export function createSlackTipSender(
  config: Env,
  answer: Answerer,
  options: SlackTipSenderOptions = {},
): TipSender | undefined {
  if (!config.SLACK_BOT_TOKEN) return undefined;
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    // The WebClient would retry a post whose reply was lost, and Slack would show it twice.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
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
  const retries = options.retries ?? 3;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 15 * 60;

  return {
    async send(subscription, tip, context): Promise<SendResult> {
      const target = Target.safeParse(JSON.parse(subscription.target));
      if (!target.success) return { ok: false, gone: true, reason: 'stored Slack channel is invalid' };
      for (let attempt = 0; ; attempt += 1) {
        try {
          await client.chat.postMessage({
            channel: target.data.channel,
            unfurl_links: false,
            unfurl_media: false,
            ...renderSlackMessage(tip, { moreLink: topicLink }),
            metadata: { event_type: TIP_EVENT_TYPE, event_payload: { delivery_id: context.deliveryId } },
          });
          return { ok: true };
        } catch (error) {
          const limited = RateLimited.safeParse(error);
          if (limited.success) {
            if (attempt >= retries || limited.data.retryAfter > maxRetryAfter)
              return { ok: false, gone: false, reason: 'ratelimited' };
            await wait(limited.data.retryAfter * 1000);
            // Another process may have taken the delivery over while this one waited.
            if (!(await context.stillOurs())) return { ok: false, gone: false, reason: 'claim taken over' };
            continue;
          }
          const platform = PlatformError.safeParse(error);
          if (platform.success) {
            const code = platform.data.data.error;
            return { ok: false, gone: GONE.has(code), reason: code };
          }
          const http = HttpFailure.safeParse(error);
          if (http.success && http.data.statusCode < 500)
            return { ok: false, gone: false, reason: `HTTP ${http.data.statusCode}` };
          // A timeout, a dropped connection or a 5xx: Slack may have posted it.
          return {
            ok: false,
            gone: false,
            reason: http.success ? `HTTP ${http.data.statusCode}` : 'no answer',
            uncertain: true,
          };
        }
      }
    },

    async findDelivery(subscription, deliveryId) {
      const target = Target.safeParse(JSON.parse(subscription.target));
      if (!target.success) return undefined;
      try {
        const history = await client.conversations.history({
          channel: target.data.channel,
          include_all_metadata: true,
          limit: HISTORY_LIMIT,
        });
        return (history.messages ?? []).some((message) => {
          const tagged = TaggedMessage.safeParse(message);
          const metadata = tagged.success ? tagged.data.metadata : undefined;
          return metadata?.event_type === TIP_EVENT_TYPE && metadata.event_payload.delivery_id === deliveryId;
        });
      } catch (error) {
        const platform = PlatformError.safeParse(error);
        if (platform.success && CANNOT_LOOK.has(platform.data.data.error)) return undefined;
        throw error;
      }
    },
  };
}
