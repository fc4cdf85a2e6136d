import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/model.js';
import { createTypoCorrector } from '../../src/query/correctTypos.js';
import { normalizeWithBreaks } from '../../src/query/normalize.js';
import { splitNegation } from '../../src/query/splitNegation.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { answer, content } from '../helpers/core.js';

const ALL = ['cft-sts', 'crm', 'eft-hp', 'mockingbird-family', 'schc'];
const listed = (q: string) => {
  const a = answer(q);
  expect(a.intent, q).toBe('list');
  return [...a.programs].sort();
};
const words = (a: Answer) => renderPlainText(a).split(/\s+/).filter(Boolean).length;

describe('exclusions', () => {
  it('finds what "not", "besides", "except", "other than", "without" and "all but" cover', () => {
    const split = (q: string) => splitNegation(normalizeWithBreaks(q));
    expect(split('staff programs, not the foster-parent one')).toEqual({
      positive: 'staff programs one',
      negated: ['the foster parent'],
    });
    expect(split('anything besides CRM and SCHC').negated).toEqual(['crm and schc']);
    expect(split('all programs but eft-hp').negated).toEqual(['eft hp']);
    expect(split('online but not group')).toEqual({ positive: 'online but', negated: ['group'] });
    // Filters and plain speech that contain a cue word exclude nothing.
    for (const q of ['something not too long', 'programs not rated', 'no more than 3 hours'])
      expect(split(q).negated, q).toEqual([]);
  });

  it('removes programs for every filter kind and for program names', () => {
    expect(listed('not online')).toEqual(['mockingbird-family']);
    expect(listed('anything besides CRM')).toEqual(['cft-sts', 'eft-hp', 'mockingbird-family', 'schc']);
    expect(listed('staff programs, not the foster parent one')).toEqual(['cft-sts', 'crm', 'eft-hp', 'schc']);
    expect(listed('programs without high relevance')).toEqual(['cft-sts', 'crm', 'schc']);
    expect(listed("programs that aren't medium")).toEqual(['eft-hp', 'mockingbird-family']);
    expect(listed('anything that isnt ongoing')).toEqual(['cft-sts', 'crm', 'eft-hp', 'schc']);
    expect(listed('not for supervisors')).toEqual(['crm', 'eft-hp', 'mockingbird-family']);
    expect(listed('programs not about the nervous system')).toEqual([
      'cft-sts',
      'eft-hp',
      'mockingbird-family',
      'schc',
    ]);
    expect(listed('online programs that arent for supervisors')).toEqual(['crm', 'eft-hp']);
    expect(listed('anything rated something other than 3')).toEqual([]);
  });

  it('says which programs it could not place instead of guessing', () => {
    const text = renderPlainText(answer('not online'));
    expect(text).toContain('I could not place CFT for STS');
  });
});

describe('programs outside this topic', () => {
  it('says plainly that a known outside program is not among the rated ones, with what is known and the search', () => {
    const a = answer('tell me about Resilience Alliance');
    expect(a).toMatchObject({ intent: 'notInTopic', programs: [] });
    const text = renderPlainText(a);
    expect(text).toContain('Resilience Alliance is not among the 5 rated programs');
    expect(text).toContain(content.outsidePrograms.cebcSearch.url);
    expect(answer('does cebc list tf-cbt for sts').intent).toBe('notInTopic');
    expect(answer('is CE-CERT on here').intent).toBe('notInTopic');
  });

  it('answers an unknown program-like name honestly, shown back only sanitized', () => {
    const a = answer('what about the <!channel> @here Sanctuary Model');
    expect(a.intent).toBe('notInTopic');
    const text = renderPlainText(a);
    expect(text).toContain("I don't know a program by that name in this topic");
    expect(text).not.toMatch(/<!channel>|@here|<|>/);
    expect(answer('EMDR').intent).toBe('notInTopic');
    expect(answer('whats the wifi password').intent).toBe('unknown');
    expect(answer('Which Program is best').intent).toBe('list');
  });
});

describe('typo correction and word forms', () => {
  it('never rewrites a real English word, and fixes words that are not', () => {
    const correct = createTypoCorrector(['soothing', 'make', 'symptoms', 'programs']);
    expect(correct('something made')).toBe('something made');
    expect(correct('symtoms progams')).toBe('symptoms programs');
    expect(correct('stsi', new Set(['stsi']))).toBe('stsi');
  });

  it('reads word forms: "who makes it" asks for the developer', () => {
    expect(answer('who makes crm').blocks[0]).toMatchObject({ heading: 'Who developed it' });
  });
});

describe('superlatives and sorting', () => {
  it('lists exactly the program(s) at the top, with honest ties', () => {
    expect(listed('which takes longest')).toEqual(['mockingbird-family']);
    expect(listed('shortest program')).toEqual(['crm']);
    expect(listed('which one has the most hours')).toEqual(['schc']);
    expect(listed('which has the lowest cws relevance')).toEqual(['cft-sts', 'crm', 'schc']);
    expect(listed('largest study sample')).toEqual(['crm', 'eft-hp']);
    const evidence = answer('which has the most evidence');
    expect([...evidence.programs].sort()).toEqual(ALL);
    expect(renderPlainText(evidence)).toContain('All five are rated 3');
    expect(renderPlainText(answer('which takes longest'))).toContain(
      'Not ranked, because our sources do not give it: CFT for STS',
    );
  });

  it('reads time limits and study designs', () => {
    expect(listed('we only have an hour for training')).toEqual(['crm']);
    expect(listed('which programs have an rct')).toEqual(['crm', 'eft-hp']);
  });
});

describe('short answers', () => {
  it('keeps every short detail within 120 words with the asked part first and a More action', () => {
    const aspects = [
      'how long is',
      'who made',
      'research on',
      'who is it for',
      'website for',
      'cost of',
      'tell me about',
    ];
    for (const p of content.programs) {
      for (const aspect of aspects) {
        const a = answer(`${aspect} ${p.shortName}`);
        expect(a.intent).toBe('detail');
        expect(words(a), `${aspect} ${p.shortName}`).toBeLessThanOrEqual(120);
        expect(a.blocks.some((b) => b.type === 'more' && b.programId === p.id)).toBe(true);
      }
    }
    expect(answer('who made EFT-HP').blocks[0]).toMatchObject({ heading: 'Who developed it' });
  });

  it('shows the full profile for "more about"', () => {
    const a = answer('more about CRM');
    expect(a.title).toContain('full profile');
    expect(a.blocks.filter((b) => b.type === 'facts').length).toBeGreaterThanOrEqual(6);
  });

  it('lists each program in at most three lines and compares in a table with a bottom line', () => {
    const text = renderPlainText(answer('list all programs'));
    const programLines = text.split('\n\n').filter((p) => p.startsWith('• '));
    expect(programLines).toHaveLength(5);
    for (const p of programLines) expect(p.split('\n').length).toBeLessThanOrEqual(3);
    const compared = answer('compare CRM and SCHC');
    const table = compared.blocks.find((b) => b.type === 'comparison');
    expect(table?.type === 'comparison' && table.rows.every((r) => r.values.length === 2)).toBe(true);
    expect(compared.blocks[1]).toMatchObject({
      type: 'paragraph',
      text: expect.stringMatching(/^Bottom line: /),
    });
  });

  it('answers small talk in one line, tips words with how to turn tips on, and supervisors tips by audience', () => {
    for (const q of ['ok cool thanks', 'thank you that helped', 'hello hello', 'hola', 'gracias', 'bye']) {
      const a = answer(q);
      expect(a.intent, q).toBe('smalltalk');
      expect(
        a.blocks.filter((b) => b.type === 'paragraph'),
        q,
      ).toHaveLength(1);
    }
    const how = answer('how do i turn on weekly tips for our channel');
    expect(how.intent).toBe('help');
    expect(renderPlainText(how)).toContain('/sts tips on');
  });
});

describe('explanations', () => {
  it('explains the questions people ask about terms, ratings and relevance', () => {
    const cases: [string, string][] = [
      ['is sts the same as ptsd', 'STS and PTSD'],
      ['what does a 3 mean', 'Rating 3'],
      ['whats NR', 'Rating NR'],
      ['is relevance the same as the rating', 'Relevance'],
      ['is a 1 better than a 3', 'Rating Scale'],
      ['what is the proqol', 'ProQOL'],
      ['whats the stss', 'STSS'],
    ];
    for (const [q, title] of cases) {
      const a = answer(q);
      expect(a.intent, q).toBe('explain');
      expect(a.title.toLowerCase(), q).toContain(title.toLowerCase());
    }
  });
});
