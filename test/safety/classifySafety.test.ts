import { describe, expect, it } from 'vitest';
import { classifySafety } from '../../src/safety/classifySafety.js';
import { SAFETY_TIERS } from '../../src/safety/verdict.js';

/**
 * Behaviour the layer must keep, on sentences written for these tests (not taken from the
 * evaluation sets, so the held-out half stays unseen).
 */
const tier = (text: string) => classifySafety(text).tier;

describe('classifySafety', () => {
  it('puts an act already taken, means at hand, a place or a time set at imminent, with 911', () => {
    for (const text of [
      'i swallowed 25 of my blood pressure pills ten minutes ago',
      'ok so i overdosed on my sleeping meds',
      'my gun is loaded and next to me on the seat',
      'standing on the overpass on route 9',
      'i want to die and tonight is the night i do it',
    ]) {
      expect(classifySafety(text), text).toEqual({ tier: 'imminent', urgent: true, language: 'en' });
    }
  });

  it('reads first-person thoughts and the indirect warning signs as crisis', () => {
    for (const text of [
      'i keep thinking i should just kill myself',
      'everyone at home would be better off without me honestly',
      'i dont see the point in living anymore',
      'been giving away my stuff, i wont need it',
      'i feel like such a burden to my family',
      'cant do this anymore',
    ]) {
      expect(tier(text), text).toBe('crisis');
    }
  });

  it('survives real typing: typos, slang, emoji, spelled-out letters, no apostrophes', () => {
    for (const text of [
      'i want to kil myslef',
      'sucidal again',
      'kms fr',
      'i want to unalive',
      's u i c i d e thoughts',
    ]) {
      expect(tier(text), text).toBe('crisis');
    }
    expect(tier('💊💊 took them all')).toBe('imminent');
  });

  it('finds the phrase in the middle of a long message', () => {
    const filler = 'the court report is due friday and the visitation log is behind again. '.repeat(40);
    expect(tier(`${filler} honestly i want to die. ${filler}`)).toBe('crisis');
  });

  it('gives someone else at risk their own tier, urgent when the danger is now', () => {
    expect(classifySafety('a teen on my caseload told me she wants to kill herself')).toMatchObject({
      tier: 'someone-else',
      urgent: false,
    });
    expect(classifySafety('my client just texted that she took a whole bottle of pills')).toMatchObject({
      tier: 'someone-else',
      urgent: true,
    });
  });

  it('answers a heavy day as distress, and grief after a client dies too', () => {
    for (const text of [
      'i cried the whole drive home after the removal',
      'i cant get that little boys face out of my head',
      'a baby on my caseload died last week and i cant focus',
    ]) {
      expect(tier(text), text).toBe('distress');
    }
  });

  it('leaves idioms, professional questions and negations alone', () => {
    for (const text of [
      'this caseload is killing me lol',
      'im dead tired after court',
      'let me shoot myself a reminder for the 3pm staffing',
      'what is the suicide rate among child welfare workers',
      'is there suicide prevention training for our unit',
      'how do i do a suicide risk assessment with a teen',
      'not suicidal, just tired',
      'which one is online',
      'programs i can start tonight',
    ]) {
      expect(tier(text), text).toBe('none');
    }
  });

  it('reads Spanish and answers in Spanish', () => {
    expect(classifySafety('ya no puedo más, quiero morir')).toEqual({
      tier: 'crisis',
      urgent: false,
      language: 'es',
    });
    expect(classifySafety('me tomé todas las pastillas')).toMatchObject({ tier: 'imminent', language: 'es' });
    expect(classifySafety('no quiero morir, solo estoy cansada')).toMatchObject({ tier: 'none' });
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['', ' ', '\u0000', '💀💀💀', 'a'.repeat(100_000), '. , ; !!! ???']) {
      expect(SAFETY_TIERS).toContain(classifySafety(text).tier);
    }
    expect(classifySafety(42 as unknown as string).tier).toBe('none');
  });
});
