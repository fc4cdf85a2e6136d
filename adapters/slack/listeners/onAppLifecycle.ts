import type { App } from '@slack/bolt';
import type { TipsStore } from '../../../src/tips/store.js';
import { logOutcome } from '../logOutcome.js';
import { EventEnvelope, TokensRevoked } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

const UNINSTALLED = 'the app was uninstalled from this Slack workspace; reinstall it, then send /sts tips on';
const REVOKED = "the bot's Slack token was revoked; reinstall the app, then send /sts tips on";

/**
 * Uninstalling the app or revoking its bot token ends every post to that workspace: its channels'
 * tips are paused with the reason (so `tips list` and "tips" say why) instead of failing each pass.
 * Revoking only user tokens changes nothing for the bot. Bolt skips authorize for these two events.
 */
export function onAppLifecycle(app: App, deps: ListenerDeps, store: TipsStore | undefined): void {
  const pauseWorkspace = async (body: unknown, reason: string) => {
    const envelope = EventEnvelope.safeParse(body);
    const team = envelope.success ? envelope.data.team_id : undefined;
    if (!team) return { status: 'ignored' as const, reason: 'no workspace' };
    if (!store) return { status: 'ignored' as const, reason: 'tips not set up' };
    const paused = await store.pauseSubscriptionsWithPrefix('slack', `${team}:`, reason);
    deps.logger.warn({ platform: 'slack', paused }, 'slack workspace subscriptions paused');
    return { status: 'paused' as const };
  };
  app.event('app_uninstalled', async ({ body }) =>
    logOutcome(deps.logger, 'app_uninstalled', () => pauseWorkspace(body, UNINSTALLED)),
  );
  app.event('tokens_revoked', async ({ event, body }) =>
    logOutcome(deps.logger, 'tokens_revoked', async () => {
      const parsed = TokensRevoked.safeParse(event);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      if ((parsed.data.tokens.bot ?? []).length === 0) return { status: 'ignored', reason: 'no bot token' };
      return pauseWorkspace(body, REVOKED);
    }),
  );
}
