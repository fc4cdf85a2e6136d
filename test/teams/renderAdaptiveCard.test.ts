import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../adapters/teams/escapeMarkdown.js';
import { renderAdaptiveCard } from '../../adapters/teams/renderAdaptiveCard.js';
import { createAnswerer } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/model.js';
import { INTENTS } from '../../src/answer/model.js';
import { loadContent } from '../../src/content/loadContent.js';
import { cardErrors, cardText } from './helpers/cards.js';

const answer = createAnswerer(loadContent(), { random: () => 0.5 });

/** At least one question per intent, plus the shapes each intent can take (near misses, aspects…). */
const QUESTIONS = [
  'programs high relevance',
  'online programs with high relevance',
  'programs for supervisors with high relevance',
  'programs rated 1',
  'tell me about CRM',
  'how long is EFT-HP?',
  'what is the website for crm',
  'how much does schc cost',
  'cft for sts research',
  'compare crm and schc',
  'compare all programs',
  'what is STS?',
  'what does a rating of 3 mean?',
  'what does relevance mean',
  'give me a self-care tip',
  'help',
  'i want to end my life',
  'xyzzy plugh',
  'tell me about the Resilience Alliance',
  'ok cool thanks',
  'i had a really hard day and feel numb',
  'more about CRM',
  'x'.repeat(2500),
];

describe('renderAdaptiveCard', () => {
  const answers = QUESTIONS.map((q) => answer(q));

  it('uses a validator that rejects what Teams would not render', () => {
    expect(
      cardErrors({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }] }),
    ).not.toEqual([]);
    expect(
      cardErrors({ type: 'AdaptiveCard', version: '1.5', msteams: { width: 'Full' }, body: [] }),
    ).not.toEqual([]);
  });

  it('covers every intent with the question set', () => {
    expect(new Set(answers.map((a) => a.intent))).toEqual(new Set(INTENTS));
  });

  it.each(QUESTIONS.map((q, i) => [q.slice(0, 40), answers[i] as Answer]))(
    'renders a valid Adaptive Card 1.5 for "%s"',
    (_question, result) => {
      const card = renderAdaptiveCard(result);
      expect(cardErrors(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      expect(card.fallbackText.startsWith(result.title)).toBe(true);
    },
  );

  it('shows each listed program in three lines: linked name, rating and relevance, why; and Details', () => {
    const card = renderAdaptiveCard(answer('online programs with high relevance'));
    const json = JSON.stringify(card);
    expect(cardText(card)).toContain('Rating 3 (Promising Research Evidence) · CWS relevance High');
    expect(cardText(card)).toContain('relevance: High; format: online');
    expect(json).toContain(
      '"selectAction":{"type":"Action.OpenUrl","title":"CEBC program page","url":"https://www.cebc4cw.org/program/emotion-focused-training-for-helping-professionals/"}',
    );
    expect(json).toContain('"data":{"action":"sts.details","programId":"eft-hp"}');
  });

  it('offers "More about" on a short detail, never a Details button for the same program', () => {
    const json = JSON.stringify(renderAdaptiveCard(answer('tell me about CRM')));
    expect(json).toContain('"title":"More about CRM"');
    expect(json).toContain('"data":{"action":"sts.details","programId":"crm","full":true}');
    expect(json).not.toContain('"programId":"crm"}');
  });

  it('renders a comparison as a table: a ColumnSet a row, the names on top', () => {
    const card = renderAdaptiveCard(answer('compare crm and schc'));
    const table = card.body.find((e) => e.type === 'Container' && e.items[0]?.type === 'ColumnSet');
    expect(table?.type === 'Container' && table.items.length).toBe(7);
    const header = JSON.stringify(table?.type === 'Container' ? table.items[0] : {});
    expect(header).toContain('"text":"CRM"');
    expect(header).toContain('"text":"SCHC"');
    expect(cardText(card).join('\n')).toContain('Bottom line:');
  });

  it('keeps content text out of markdown: TextRuns for prose, escaped TextBlock and facts', () => {
    const tricky: Answer = {
      intent: 'explain',
      title: '**Bold** _claim_ [link](https://evil.example)',
      blocks: [
        { type: 'paragraph', text: '- not a list *really*' },
        {
          type: 'comparison',
          programs: [],
          rows: [{ label: '1. Rating', values: [] }],
        },
      ],
      programs: [],
      private: false,
    };
    const card = renderAdaptiveCard(tricky);
    expect(cardErrors(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      text: '\\*\\*Bold\\*\\* \\_claim\\_ \\[link\\](https://evil.example)',
    });
    expect(card.body[1]).toEqual({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: '- not a list *really*' }],
      spacing: 'Small',
    });
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, links, code and list markers, and leaves plain text alone', () => {
    expect(escapeMarkdown('Mockingbird Family™ (EFT-HP): 3 of 5')).toBe(
      'Mockingbird Family™ (EFT-HP): 3 of 5',
    );
    expect(escapeMarkdown('a_b*c`d~e\\f')).toBe('a\\_b\\*c\\`d\\~e\\\\f');
    expect(escapeMarkdown('- item\n  + item\n12. item')).toBe('\\- item\n  \\+ item\n12\\. item');
  });
});
