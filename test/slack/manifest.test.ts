import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/createSlackAdapter.js';

// ajv-draft-04 is CommonJS; under NodeNext its class is the `default` of the default import.
const Ajv = AjvDraft04.default;

const read = (url: URL): Record<string, unknown> =>
  JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
// CI and developers have ../shared beside the clone; resolve it from this file, not from the cwd.
const schema = read(new URL('../../../shared/schemas/slack-app-manifest.schema.json', import.meta.url));
const manifest = read(new URL('../../manifest/slack/manifest.json', import.meta.url));

interface Manifest {
  display_information: { name: string };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; usage_hint?: string }[];
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

describe('manifest/slack/manifest.json', () => {
  it('is valid against the Slack app manifest schema (draft-04)', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
  });

  const m = manifest as unknown as Manifest;

  it('declares the bot, /sts and the App Home the adapter serves', () => {
    expect(m.display_information.name).toBe('sts-bot');
    expect(m.features.bot_user.display_name).toBe('sts-bot');
    expect(m.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/sts', usage_hint: expect.any(String) }),
    ]);
    expect(m.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('subscribes to exactly the events the adapter handles and asks only for the scopes they need', () => {
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(m.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
    ]);
    expect(m.oauth_config.scopes.user).toBeUndefined();
  });

  it('sends commands, events and interactivity to the one HTTP endpoint, with Socket Mode off', () => {
    const urls = [
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
      ...m.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(url).toBe(`https://YOUR-HOST${SLACK_EVENTS_PATH}`);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(false);
  });
});
