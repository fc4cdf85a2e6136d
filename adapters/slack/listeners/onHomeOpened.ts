import type { App, types } from '@slack/bolt';
import { logOutcome } from '../logOutcome.js';
import { HomeOpened } from '../slackPayloads.js';
import type { ListenerDeps } from './listenerDeps.js';

/** Publishes the Home tab when someone opens it; the view is the same for everyone, built once. */
export function onHomeOpened(app: App, deps: ListenerDeps, view: types.HomeView): void {
  app.event('app_home_opened', async ({ event, client }) =>
    logOutcome(deps.logger, 'app_home_opened', async () => {
      const parsed = HomeOpened.safeParse(event);
      if (!parsed.success) return { status: 'ignored', reason: 'invalid payload' };
      if (parsed.data.tab === 'messages') return { status: 'ignored', reason: 'messages tab' };
      await client.views.publish({ user_id: parsed.data.user, view });
      return { status: 'published' };
    }),
  );
}
