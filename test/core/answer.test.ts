import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { answer, content } from '../helpers/core.js';

const text = (q: string) => renderPlainText(answer(q));

describe('answer', () => {
  it('lists the high-relevance programs with rating, relevance, reason and CEBC link', () => {
    const a = answer('programs high relevance');
    expect(a.intent).toBe('list');
    expect(a.programs).toEqual(['eft-hp', 'mockingbird-family']);
    const t = renderPlainText(a);
    expect(t).toContain('Emotion-Focused Training for Helping Professionals (EFT-HP)');
    expect(t).toContain('Mockingbird Family');
    expect(t).toContain('Rating: 3 (Promising Research Evidence)');
    expect(t).toContain('Why: relevance: High');
    expect(t).toContain(
      'https://www.cebc4cw.org/program/emotion-focused-training-for-helping-professionals/',
    );
  });

  it('answers empty results honestly with the best rating there is', () => {
    const a = answer('programs rated 1');
    expect(a.programs).toEqual([]);
    expect(renderPlainText(a)).toContain(
      'No program in this topic is rated 1 (Well-Supported by Research Evidence). The highest rating here is 3 (Promising Research Evidence).',
    );
    expect(text('low relevance programs')).toContain('No program in this topic has CWS relevance Low');
  });

  it('answers a detail question with the asked part first and marks unconfirmed facts', () => {
    const t = text('how long is EFT-HP?');
    expect(
      t.startsWith(
        'Emotion-Focused Training for Helping Professionals (EFT-HP)\n\nHow long it takes:\n  • 14 days.',
      ),
    ).toBe(true);
    expect(text('how long is cft')).toContain('(unconfirmed)');
  });

  it('quotes the CEBC overview with attribution in the full profile', () => {
    const a = answer('more about SCHC');
    expect(a.title).toContain('full profile');
    const quote = a.blocks.find((b) => b.type === 'quote');
    expect(quote).toMatchObject({ attribution: { label: expect.stringContaining('CEBC') } });
  });

  it('compares programs side by side', () => {
    const a = answer('compare CRM and SCHC');
    expect(a.programs).toEqual(['crm', 'schc']);
    const table = a.blocks.find((b) => b.type === 'comparison');
    expect(table?.type === 'comparison' && table.rows.map((r) => r.label)).toContain('Length');
  });

  it('explains the rating scale without claiming unconfirmed criteria as certain', () => {
    expect(text('what does a rating of 3 mean?')).toContain('Promising Research Evidence');
    expect(text('what does NR mean on the rating scale')).toContain('unconfirmed');
    expect(text('what does CWS relevance mean?')).toContain('not a rating');
  });

  it('gives crisis resources first, privately, with the actual numbers and without the words asked', () => {
    const a = answer('I want to end my life');
    expect(a.intent).toBe('crisis');
    expect(a.private).toBe(true);
    expect(a.blocks.findIndex((b) => b.type === 'resources')).toBeLessThanOrEqual(1);
    const t = renderPlainText(a);
    for (const number of ['988', '741741', '911']) expect(t).toContain(number);
    expect(t).not.toContain('end my life');
  });

  it('picks the tip with the injected random source, from the tips for everyone', () => {
    const everyone = content.tips.filter((t) => t.audience === 'everyone');
    const first = createAnswerer(content, { random: () => 0 })('tip please');
    const last = createAnswerer(content, { random: () => 0.9999 })('tip please');
    expect(renderPlainText(first)).toContain(everyone[0]?.text ?? 'missing');
    expect(renderPlainText(last)).toContain(everyone[everyone.length - 1]?.text ?? 'missing');
  });

  it('picks a supervisors tip when tips for supervisors are asked for', () => {
    const supervisors = new Set(content.tips.filter((t) => t.audience === 'supervisors').map((t) => t.text));
    expect(supervisors.size).toBeGreaterThan(0);
    for (const r of [0, 0.5, 0.9999]) {
      const a = createAnswerer(content, { random: () => r })('any tips for supervisors');
      const tip = a.blocks.find((b) => b.type === 'paragraph');
      expect(tip?.type === 'paragraph' && supervisors.has(tip.text)).toBe(true);
    }
  });

  it('answers over-long input with a clear message', () => {
    const a = answer('programs '.repeat(300));
    expect(a.intent).toBe('unknown');
    expect(renderPlainText(a)).toContain('longer than 2,000 characters');
  });

  it('never throws, whatever the input', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'abc xyz 0123 crm schc <>&@!#"\'\\\u0000\u200b\u{1F600}é漢\n\t-?.,;:*_~`|/';
    for (let i = 0; i < 2000; i += 1) {
      const length = Math.floor(random() * 120);
      let q = '';
      for (let j = 0; j < length; j += 1) q += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => answer(q)).not.toThrow();
    }
    for (const odd of ['\u0000', '\uD800', '   \n\n  ', '<@U123> <!channel>', 'a'.repeat(100_000)]) {
      expect(() => answer(odd)).not.toThrow();
    }
  });
});
