import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { createConversationMemory, DEFAULT_TTL_MS } from '../../src/conversation/conversationMemory.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { content } from '../helpers/core.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('conversation memory', () => {
  it('recalls what a conversation was about until 30 minutes pass', () => {
    const c = clock();
    const memory = createConversationMemory({ now: c.now });
    memory.remember('k', { programs: ['crm'], intent: 'detail' });
    c.advance(DEFAULT_TTL_MS);
    expect(memory.recall('k')).toEqual({ programs: ['crm'], intent: 'detail' });
    c.advance(1);
    expect(memory.recall('k')).toBeUndefined();
    expect(memory.size()).toBe(0);
  });

  it('keeps at most the cap, dropping the conversation written longest ago', () => {
    const memory = createConversationMemory({ now: () => 0, maxConversations: 2 });
    memory.remember('a', { programs: ['crm'], intent: 'detail' });
    memory.remember('b', { programs: ['schc'], intent: 'detail' });
    memory.remember('a', { programs: ['eft-hp'], intent: 'detail' });
    memory.remember('c', { programs: ['cft-sts'], intent: 'detail' });
    expect(memory.size()).toBe(2);
    expect(memory.recall('b')).toBeUndefined();
    expect(memory.recall('a')?.programs).toEqual(['eft-hp']);
  });

  it('stores only program ids, the intent, the aspect and filters, and ignores keys that are not ids', () => {
    const memory = createConversationMemory({ now: () => 0 });
    const answer = createAnswerer(content, { random: () => 0, memory });
    answer('how long is CRM? my name is Pat', { conversation: 'k' });
    expect(Object.keys(memory.recall('k') ?? {}).sort()).toEqual(['aspect', 'intent', 'programs']);
    expect(JSON.stringify(memory.recall('k'))).not.toContain('Pat');
    memory.remember('x'.repeat(301), { programs: ['crm'], intent: 'detail' });
    memory.remember('', { programs: ['crm'], intent: 'detail' });
    expect(memory.size()).toBe(1);
  });
});

describe('follow-ups through the core', () => {
  const setup = () => {
    const c = clock();
    const memory = createConversationMemory({ now: c.now });
    return { c, memory, answer: createAnswerer(content, { random: () => 0, memory }) };
  };

  it('answers "how long is it?" about the program just discussed, in that conversation only', () => {
    const { answer } = setup();
    answer('tell me about CRM', { conversation: 'thread-1' });
    const followUp = answer('how long is it?', { conversation: 'thread-1' });
    expect(followUp).toMatchObject({ intent: 'detail', programs: ['crm'] });
    expect(followUp.blocks[0]).toMatchObject({ type: 'facts', heading: 'How long it takes' });
    expect(answer('how long is it?', { conversation: 'thread-2' }).programs).toEqual([]);
    expect(answer('how long is it?').programs).toEqual([]);
  });

  it('follows "who made that one?", "and SCHC?" and "compare them"', () => {
    const { answer } = setup();
    answer('tell me about EFT-HP', { conversation: 't' });
    const who = answer('who made that one?', { conversation: 't' });
    expect(who.programs).toEqual(['eft-hp']);
    expect(who.blocks[0]).toMatchObject({ heading: 'Who developed it' });
    const and = answer('and SCHC?', { conversation: 't' });
    expect(and.programs).toEqual(['schc']);
    expect(and.blocks[0]).toMatchObject({ heading: 'Who developed it' });
    answer('programs high relevance', { conversation: 't' });
    expect(answer('compare them', { conversation: 't' })).toMatchObject({
      intent: 'compare',
      programs: ['eft-hp', 'mockingbird-family'],
    });
    expect(answer('which of those are online', { conversation: 't' }).programs).toEqual(['eft-hp']);
  });

  it('forgets after 30 minutes and after a safety answer', () => {
    const { answer, c } = setup();
    answer('tell me about CRM', { conversation: 't' });
    c.advance(DEFAULT_TTL_MS + 1);
    expect(answer('how long is it?', { conversation: 't' }).programs).toEqual([]);
    answer('tell me about CRM', { conversation: 't' });
    expect(answer('i want to end my life', { conversation: 't' }).private).toBe(true);
    const after = answer('how long is it?', { conversation: 't' });
    expect(after.programs).toEqual([]);
    expect(renderPlainText(after)).not.toContain('Community Resiliency Model');
  });
});
