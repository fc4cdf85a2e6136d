import { describe, expect, it } from 'vitest';
import { cleanQuestion, stripMarkup } from '../../adapters/teams/cleanQuestion.js';
import { BOT } from './helpers/teamsActivities.js';

type Input = Parameters<typeof cleanQuestion>[0];

const activity = (text: string, mentionText = `<at>${BOT.name}</at>`): Input => ({
  type: 'message',
  text,
  recipient: BOT,
  entities: [{ type: 'mention', mentioned: BOT, text: mentionText }],
});

describe('cleanQuestion', () => {
  it('removes the bot mention Teams puts in channel messages', () => {
    expect(cleanQuestion(activity(`<at>${BOT.name}</at> programs high relevance\n`))).toBe(
      'programs high relevance',
    );
  });

  it('strips a leftover mention whose entity text does not match, and other people mentions', () => {
    expect(
      cleanQuestion(activity('<at>STS</at> tell me about <at>Alex Wu</at> crm', '<at>@STS Bot</at>')),
    ).toBe('tell me about crm');
  });

  it('does not change the activity it reads', () => {
    const input = activity(`<at>${BOT.name}</at> help`);
    cleanQuestion(input);
    expect(input.text).toBe(`<at>${BOT.name}</at> help`);
  });

  it('reads an activity without text as an empty question', () => {
    expect(cleanQuestion({ type: 'message', recipient: BOT })).toBe('');
  });
});

describe('stripMarkup', () => {
  it('drops HTML tags, turns &nbsp; into spaces and decodes basic entities', () => {
    expect(stripMarkup('<p>compare&nbsp;<b>crm</b>&#160;and&nbsp;schc</p>')).toBe('compare crm and schc');
    expect(stripMarkup('what&#39;s STS &amp; burnout?')).toBe("what's STS & burnout?");
    expect(stripMarkup('<!channel> @here <b>tell me about crm</b>')).toBe('@here tell me about crm');
  });
});
