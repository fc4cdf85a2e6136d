import { describe, expect, it } from 'vitest';
import { phoneActions } from '../../adapters/teams/cardActions.js';

const titlesAndUrls = (text: string) => phoneActions(text).map((a) => [a.title, a.url]);

describe('call and text buttons for the help lines', () => {
  it('turns the footer into Call 988, Text 988 and Call 911, labels short enough for a phone', () => {
    const actions = titlesAndUrls(
      'Need to talk to someone now? Call or text 988, free and any time. In danger, call 911.',
    );
    expect(actions).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]);
    for (const [title] of actions) expect(title?.length).toBeLessThanOrEqual(12);
  });

  it('fills in the keyword for a text line, once per number', () => {
    expect(titlesAndUrls('Call 988, Text 988 · Crisis Text Line: Text HOME to 741741. Call 988.')).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Text 741741', 'sms:741741?&body=HOME'],
    ]);
  });

  it('labels the Spanish footer in Spanish', () => {
    expect(titlesAndUrls('Llama al 988 y marca 2, o envía AYUDA al 988. En peligro, llama al 911.')).toEqual([
      ['Llamar al 988', 'tel:988'],
      ['Enviar AYUDA al 988', 'sms:988?&body=AYUDA'],
      ['Llamar al 911', 'tel:911'],
    ]);
  });

  it('makes nothing of text without a number to call', () => {
    expect(phoneActions('Take one slow breath.')).toEqual([]);
  });
});
