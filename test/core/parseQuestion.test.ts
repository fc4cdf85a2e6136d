import { describe, expect, it } from 'vitest';
import { createQuestionParser, type ParsedQuestion } from '../../src/query/parseQuestion.js';
import { content } from '../helpers/core.js';

const parse = createQuestionParser(content);

function filtersOf(parsed: ParsedQuestion) {
  if (parsed.intent !== 'list') throw new Error(`expected list, got ${parsed.intent}`);
  return parsed.filters;
}

describe('parseQuestion', () => {
  it('treats empty input and help words as help', () => {
    for (const q of ['', '   ', 'help', 'halp', 'what can you do?', '?'])
      expect(parse(q).intent).toBe('help');
  });

  it('refuses questions over 2,000 characters with a reason', () => {
    expect(parse('a'.repeat(2001))).toEqual({ intent: 'unknown', reason: 'too-long' });
    expect(parse('a'.repeat(2000)).intent).not.toBe('unknown-too-long');
  });

  it('finds one program by name, alias, abbreviation or misspelling', () => {
    const cases: [string, string][] = [
      ['tell me about CRM', 'crm'],
      ['mockinbird', 'mockingbird-family'],
      ['MFM', 'mockingbird-family'],
      ['compasion focused therapy?', 'cft-sts'],
      ['Self-Compassion in Action', 'schc'],
      ['emotion focussed training for helping professionals', 'eft-hp'],
      ['community resilency model', 'crm'],
    ];
    for (const [q, id] of cases) expect(parse(q)).toMatchObject({ intent: 'detail', programId: id });
  });

  it('recognises what part of a program is asked about', () => {
    expect(parse('how long is EFT-HP?')).toEqual({ intent: 'detail', programId: 'eft-hp', aspect: 'length' });
    expect(parse('who developed crm')).toMatchObject({ aspect: 'developer' });
    expect(parse('schc website')).toMatchObject({ aspect: 'website' });
    expect(parse('what skills does crm teach')).toMatchObject({ aspect: 'components' });
    expect(parse('is cft online')).toMatchObject({ aspect: 'format' });
  });

  it('compares two or more programs in the order named', () => {
    expect(parse('compare CRM and SCHC')).toEqual({ intent: 'compare', programIds: ['crm', 'schc'] });
    expect(parse('crm vs cft')).toEqual({ intent: 'compare', programIds: ['crm', 'cft-sts'] });
    expect(parse('compare all programs')).toMatchObject({ intent: 'compare' });
  });

  it('explains terms, the rating scale and relevance', () => {
    expect(parse('what is STS?')).toEqual({ intent: 'explain', topic: { kind: 'glossary', id: 'sts' } });
    expect(parse('STS vs PTSD')).toEqual({
      intent: 'explain',
      topic: { kind: 'glossary', id: 'sts-vs-ptsd' },
    });
    expect(parse('what does a rating of 3 mean?')).toEqual({
      intent: 'explain',
      topic: { kind: 'rating', level: '3' },
    });
    expect(parse('what does CWS relevance mean?')).toEqual({
      intent: 'explain',
      topic: { kind: 'relevance' },
    });
    expect(parse('symtoms of secondary trauma')).toMatchObject({
      intent: 'explain',
      topic: { id: 'sts-signs' },
    });
  });

  it('reads list filters, alone and combined', () => {
    expect(filtersOf(parse('programs high relevance')).relevance).toEqual(['High']);
    const combined = filtersOf(parse('online programs with high relevance'));
    expect(combined.relevance).toEqual(['High']);
    expect(combined.formats).toEqual(['online']);
    expect(filtersOf(parse('well-supported programs')).rating).toEqual({
      kind: 'level',
      level: '1',
      orBetter: false,
    });
    expect(filtersOf(parse('promising programs')).rating).toMatchObject({ level: '3' });
    expect(filtersOf(parse('programs rated 3 or better')).rating).toEqual({
      kind: 'level',
      level: '3',
      orBetter: true,
    });
    expect(filtersOf(parse('anything for supervisors')).audiences.map((a) => a.label)).toEqual([
      'supervisors and managers',
    ]);
    expect(filtersOf(parse('programs for foster parents')).audiences.map((a) => a.label)).toEqual([
      'foster families',
    ]);
    expect(filtersOf(parse('short programs')).length).toEqual({ kind: 'short' });
    expect(filtersOf(parse('something that takes two weeks')).length).toMatchObject({
      unit: 'days',
      amount: 14,
    });
    expect(filtersOf(parse('programs about shame')).topics).toEqual(['shame']);
    expect(filtersOf(parse('programs for compassion fatigue')).topics).toEqual(['compassion fatigue']);
    expect(filtersOf(parse('group programs in person')).formats.sort()).toEqual(['group', 'in-person']);
  });

  it('does not read one phrase as two filters', () => {
    const f = filtersOf(parse('programs for healthcare staff'));
    expect(f.audiences.map((a) => a.label)).toEqual(['healthcare staff']);
    expect(f.topics).toEqual([]);
  });

  it('answers greetings, thanks and "ok cool" as small talk', () => {
    expect(parse('thanks!')).toEqual({ intent: 'smalltalk', kind: 'thanks', spanish: false });
    expect(parse('thank you so much')).toMatchObject({ intent: 'smalltalk', kind: 'thanks' });
    expect(parse('ok cool thanks')).toMatchObject({ intent: 'smalltalk', kind: 'thanks' });
    expect(parse('thank you that helped')).toMatchObject({ intent: 'smalltalk', kind: 'thanks' });
    expect(parse('hello hello')).toMatchObject({ intent: 'smalltalk', kind: 'greeting' });
    expect(parse('hola')).toEqual({ intent: 'smalltalk', kind: 'greeting', spanish: true });
    expect(parse('gracias')).toEqual({ intent: 'smalltalk', kind: 'thanks', spanish: true });
    expect(parse('bye')).toMatchObject({ intent: 'smalltalk', kind: 'bye' });
    expect(parse('thanks, how long is crm?')).toMatchObject({ intent: 'detail', programId: 'crm' });
  });

  it('gives tips and admits what it cannot answer', () => {
    expect(parse('give me a self care tip').intent).toBe('tip');
    expect(parse('whats the weather tomorrow').intent).toBe('unknown');
    expect(parse('reset my pasword pls').intent).toBe('unknown');
  });
});
