import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksOf, messageText } from './helpers/messageText.js';
import { FORM, slashCommand } from './helpers/slackPayloads.js';
import { type SlackHarness, startSlackHarness } from './helpers/startSlackHarness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

async function ask(text: string): Promise<Record<string, unknown>> {
  const res = await h.sendSigned(slashCommand(text, h.api.responseUrl('cmd')), FORM);
  expect(res.status).toBe(200);
  const body: unknown = JSON.parse(res.text);
  expect(typeof body).toBe('object');
  return body as Record<string, unknown>;
}

describe('/sts over HTTP', () => {
  it('answers "programs high relevance" in the ack body, ephemeral, as Block Kit', async () => {
    const body = await ask('programs high relevance');
    expect(body.response_type).toBe('ephemeral');
    const blocks = blocksOf(body);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    // One section a program, at most three lines: linked name, rating and relevance, why it matched.
    const programs = blocks.filter((b) => b.accessory !== undefined);
    expect(programs.map((b) => (b.text as { text: string }).text)).toEqual([
      expect.stringContaining('Emotion-Focused Training for Helping Professionals'),
      expect.stringContaining('Mockingbird Family'),
    ]);
    for (const p of programs) {
      const lines = (p.text as { text: string }).text.split('\n');
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(lines[1]).toBe('Rating 3 (Promising Research Evidence) · CWS relevance High');
      expect(lines[2]).toBe('_relevance: High_');
      expect(p.accessory).toMatchObject({ type: 'button', action_id: 'sts_details' });
    }
    expect(programs.map((p) => (p.accessory as { value: string }).value)).toEqual([
      'eft-hp',
      'mockingbird-family',
    ]);
    expect(messageText(body)).toContain(
      '*<https://www.cebc4cw.org/program/emotion-focused-training-for-helping-professionals/|Emotion-Focused Training for Helping Professionals (EFT-HP)>*',
    );
    expect(messageText(body)).not.toContain('Community Resiliency Model');
    const share = blocks.find((b) => b.type === 'actions');
    expect(share).toMatchObject({
      elements: [
        {
          type: 'button',
          action_id: 'sts_share',
          value: 'programs high relevance',
          text: { text: 'Share in channel' },
        },
      ],
    });
    expect(body.text).toContain('STS programs: CWS relevance High');
    expect(h.api.calls('response_url')).toEqual([]);
  });

  it.each(['', 'help', '  HELP '])('shows help for /sts %j, with no Share button', async (text) => {
    const body = await ask(text);
    expect(body.response_type).toBe('ephemeral');
    const blocks = blocksOf(body);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'What I can help with' } });
    expect(messageText(body)).toContain('Try asking');
    expect(messageText(body)).toContain('988');
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes everything it puts into mrkdwn and never echoes Slack markup', async () => {
    const body = await ask('<!channel> <@U0OTHER001> <http://evil.example|click> tell me about crm & schc');
    const all = JSON.stringify(body);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U0OTHER001>|evil\.example/);
    for (const b of blocksOf(body)) {
      const text = messageText(b);
      // Outside our own <https://...|label> links, no raw angle bracket may reach Slack.
      expect(text.replace(/<https:\/\/[^<>|\s]+\|[^<>]*>/g, '')).not.toMatch(/[<>]/);
    }
  });
});
