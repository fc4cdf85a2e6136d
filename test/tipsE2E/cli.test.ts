import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/content/loadContent.js';
import { content } from '../helpers/core.js';
import { messageText } from '../slack/helpers/messageText.js';
import { CHANNEL_ID, TEAM_ID } from '../slack/helpers/slackPayloads.js';
import { cardsOf, cardText } from '../teams/helpers/cards.js';
import { message, CHANNEL_ID as TEAMS_CHANNEL_ID } from '../teams/helpers/teamsActivities.js';
import { startTipsHarness, type TipsHarness, teamsText } from './helpers/tipsHarness.js';

const THURSDAY = '2026-11-26T12:00:00Z';
const DUE = '2026-11-30T17:00:00Z';
const NEXT_WEEK = '2026-12-07T17:00:00Z';
/** Each run starts a process that loads Bolt and botbuilder through tsx: seconds on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run tips -- <args>` as the operator runs it: a separate process with the server's environment,
 * on the same SQLite file as the running server.
 */
function tips(h: TipsHarness, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['adapters/server/tipsCli.ts', ...args], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? '', ...h.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let h: TipsHarness;
beforeEach(async () => {
  h = await startTipsHarness(THURSDAY);
  expect(await h.slash('tips on monday 9am')).toContain('America/Los_Angeles');
  const reply = await h.teams({
    ...message(h.connector.serviceUrl, 'channel', 'tips on monday 17:00'),
    localTimezone: 'Europe/London',
  });
  expect(teamsText(reply)).toContain('Europe/London');
});
afterEach(async () => {
  expect(h.connector.unexpected).toEqual([]);
  await h.close();
});

const proactiveTeamsPosts = () => h.teamsPosts(TEAMS_CHANNEL_ID);

describe('npm run tips (operator CLI) against the fake platforms', () => {
  it(
    'run-due delivers what is due once, pauses what is gone, and list shows state and next due time',
    async () => {
      const first = await tips(h, 'run-due', '--now', DUE);
      expect(first).toEqual({
        code: 0,
        stdout: `due 2, sent 2, paused 0, failed 0, skipped 0, recovered 0 (at 2026-11-30T17:00:00.000Z)\n`,
        stderr: '',
      });
      expect(h.slackPosts()).toHaveLength(1);
      expect(h.slackPosts()[0]?.body.channel).toBe(CHANNEL_ID);
      expect(messageText(h.slackPosts()[0]?.body ?? {})).toContain(content.tips[0]?.text);
      expect(proactiveTeamsPosts()).toHaveLength(1);
      expect(cardText(cardsOf(proactiveTeamsPosts()[0]?.activity ?? {})[0])).toContain(content.tips[0]?.text);

      const again = await tips(h, 'run-due', '--now', '2026-11-30T18:30:00Z');
      expect(again.stdout).toBe(
        `due 0, sent 0, paused 0, failed 0, skipped 0, recovered 0 (at 2026-11-30T18:30:00.000Z)\n`,
      );
      expect(h.slackPosts()).toHaveLength(1);
      expect(proactiveTeamsPosts()).toHaveLength(1);

      h.connector.refuseConversation(TEAMS_CHANNEL_ID, 403);
      const nextWeek = await tips(h, 'run-due', '--now', NEXT_WEEK);
      expect(nextWeek.stdout).toBe(
        `due 2, sent 1, paused 1, failed 0, skipped 0, recovered 0 (at 2026-12-07T17:00:00.000Z)\n`,
      );
      expect(messageText(h.slackPosts()[1]?.body ?? {})).toContain(content.tips[1]?.text);

      const list = await tips(h, 'list', '--now', NEXT_WEEK);
      expect(list.code).toBe(0);
      expect(list.stdout.trimEnd().split('\n')).toEqual([
        `1\tslack\t${TEAM_ID}:${CHANNEL_ID}\tMonday 09:00 America/Los_Angeles\tactive\tnext 2026-12-07T17:00:00.000Z\ttips sent 2`,
        `2\tteams\t${TEAMS_CHANNEL_ID}\tMonday 17:00 Europe/London\tpaused (Teams answered 403: the bot can no longer post here)\tnext -\ttips sent 1`,
      ]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses an unreadable --now with exit code 2 and an example, delivering nothing',
    async () => {
      const run = await tips(h, 'run-due', '--now', 'monday-9am');
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: '--now needs an ISO-8601 instant, e.g. --now 2026-11-30T17:00:00Z\n',
      });
      expect(h.slackApi.calls('chat.postMessage')).toEqual([]);
      expect(proactiveTeamsPosts()).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );
});
