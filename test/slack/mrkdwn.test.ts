import { describe, expect, it } from 'vitest';
import { clipEscaped, clipPlain, escapeMrkdwn, fitLines, mrkdwnLink } from '../../adapters/slack/mrkdwn.js';
import { questionFromSlackText } from '../../adapters/slack/questionFromSlackText.js';

describe('escapeMrkdwn', () => {
  it('neutralises mentions, specials, links and entities', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <http://evil|click> a & b')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil|click&gt; a &amp; b',
    );
  });
});

describe('clipping', () => {
  it('keeps escaped text within the limit without splitting an entity', () => {
    for (let max = 5; max < 40; max += 1) {
      const out = clipEscaped('&&&&&&&&&& <<<<>>>> words & more words', max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  });

  it('prefers a word boundary and ends with an ellipsis', () => {
    expect(clipEscaped('one two three four five six', 16)).toBe('one two three…');
    expect(clipPlain('Emotion-Focused Training for Helping Professionals', 20)).toBe('Emotion-Focused…');
    expect(clipPlain('short', 20)).toBe('short');
  });

  it('drops whole lines that do not fit and says so', () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 14)).toBe('aaaa\nbbbb\ncccc');
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 12)).toBe('aaaa\nbbbb\n…');
    expect(fitLines(['<https://x.org/|label> and more text'], 20)).toBe('…');
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs with an escaped label', () => {
    expect(mrkdwnLink({ label: 'A & B', url: 'https://example.org/a?b=1&c=2' })).toBe(
      '<https://example.org/a?b=1&amp;c=2|A &amp; B>',
    );
  });

  it.each(['javascript:alert(1)', 'not a url', 'https://example.org/a|b', 'mailto:a@b.org'])(
    'shows only the label for %j',
    (url) => {
      expect(mrkdwnLink({ label: 'label', url })).toBe('label');
    },
  );
});

describe('questionFromSlackText', () => {
  it.each([
    ['<@U0BOT00001> programs high relevance', 'programs high relevance'],
    ['<@U0BOT00001|sts-bot>   tell me about <#C0GENERAL1|general> CRM', 'tell me about CRM'],
    ['<!channel> <!here> <!subteam^S123|@team> help', 'help'],
    ['see <https://evil.example|click> and <https://bare.example>', 'see click and'],
    ['compare CRM &amp; SCHC &lt;b&gt;', 'compare CRM & SCHC <b>'],
    ['&lt;@U123&gt; stays text', '<@U123> stays text'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(questionFromSlackText(input)).toBe(expected);
  });
});
