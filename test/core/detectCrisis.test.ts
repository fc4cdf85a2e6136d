import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/query/detectCrisis.js';

describe('detectCrisis', () => {
  it.each([
    'I want to end my life',
    'i want to kill myself',
    "I've been thinking about suicide",
    'im suicidal',
    'I just want to die',
    'i wish i was dead',
    'I might hurt myself tonight',
    'KILL MYSELF',
    'thinking about ending my life',
    'I keep thinking about killing myself',
  ])('flags explicit language: %s', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });

  it.each([
    "I can't go on anymore",
    'i cant do this anymore',
    'there is no reason to live',
    'everyone would be better off without me',
    "i don't want to be here anymore",
    'i dont want to live anymore',
    "what's the point of living",
    'i wish i could go to sleep and not wake up',
    'i dont see the point in living anymore',
    'I’ve been saving up my pills',
    'i am in crisis',
    'i need help now',
  ])('flags indirect language: %s', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });

  it.each([
    'this training is killing me',
    "I'm not suicidal, just curious",
    'im not suicidal just want to know what sts is',
    'my caseload is killing me lol',
    'dying to know what crm is',
    'i could die of boredom',
    'the client said she wanted to die, what helps staff after that',
    'programs for suicide prevention training',
    'what is STS',
    'compare crm and schc',
    '',
  ])('does not flag idioms, negations or other people: %s', (text) => {
    expect(detectCrisis(text)).toBe(false);
  });

  it.each(['crisis lines', 'what are the crisis resources', 'suicide hotline number', 'is 988 free'])(
    'answers a request for the crisis lines with them: %s',
    (text) => {
      expect(detectCrisis(text)).toBe(true);
    },
  );

  it('still finds crisis language inside a long message', () => {
    expect(detectCrisis(`${'programs '.repeat(500)} honestly i want to end my life`)).toBe(true);
  });
});
