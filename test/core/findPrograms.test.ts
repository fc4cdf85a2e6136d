import { describe, expect, it } from 'vitest';
import { findPrograms } from '../../src/query/findPrograms.js';
import { normalize } from '../../src/query/normalize.js';
import { type Filters, parseFilters, topicVocabulary } from '../../src/query/parseFilters.js';
import { content } from '../helpers/core.js';

const topics = topicVocabulary(content.programs);
const filters = (q: string): Filters => parseFilters(normalize(q), topics);
const ids = (q: string) => findPrograms(content.programs, filters(q)).matches.map((m) => m.program.id);

describe('findPrograms', () => {
  it('lists exactly EFT-HP and Mockingbird Family for high relevance, best evidence first', () => {
    expect(ids('programs high relevance')).toEqual(['eft-hp', 'mockingbird-family']);
  });

  it('combines filters with AND', () => {
    expect(ids('online programs with high relevance')).toEqual(['eft-hp']);
    expect(ids('group programs for burnout')).toEqual(['crm', 'schc']);
    expect(ids('in person group programs for burnout')).toEqual(['crm']);
  });

  it('filters by format, audience, length and topic', () => {
    expect(ids('online').sort()).toEqual(['crm', 'eft-hp', 'schc']);
    expect(ids('for caseworkers').sort()).toEqual(['cft-sts', 'crm', 'eft-hp']);
    expect(ids('for supervisors').sort()).toEqual(['cft-sts', 'schc']);
    expect(ids('for foster families')).toEqual(['mockingbird-family']);
    expect(ids('short').sort()).toEqual(['crm', 'schc']);
    expect(ids('one day')).toEqual(['crm']);
    expect(ids('two weeks')).toEqual(['eft-hp']);
    expect(ids('ongoing')).toEqual(['mockingbird-family']);
    expect(ids('under 2 weeks').sort()).toEqual(['crm', 'eft-hp']);
    expect(ids('shame')).toEqual(['cft-sts']);
    expect(ids('nervous system')).toEqual(['crm']);
    expect(ids('self-compassion').sort()).toEqual(['cft-sts', 'eft-hp', 'schc']);
  });

  it('says why each program matched', () => {
    const [first] = findPrograms(content.programs, filters('online programs with high relevance')).matches;
    expect(first?.reasons).toEqual(['relevance: High', 'format: online']);
  });

  it('never treats an unknown length as a match', () => {
    expect(ids('short')).not.toContain('cft-sts');
    expect(ids('6 hours')).toEqual(['schc']);
  });

  it('offers near misses when nothing matches every filter', () => {
    const result = findPrograms(content.programs, filters('online programs for foster families'));
    expect(result.matches).toEqual([]);
    expect(result.nearMisses.map((m) => m.program.id)).toContain('mockingbird-family');
  });
});
