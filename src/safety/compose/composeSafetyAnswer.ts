import type { Answer } from '../../answer/model.js';
import type { Crisis } from '../../content/schema.js';
import type { SafetyVerdict } from '../verdict.js';
import { composeCrisis } from './composeCrisis.js';
import { composeDistress } from './composeDistress.js';
import { composeImminent } from './composeImminent.js';
import { composeSomeoneElse } from './composeSomeoneElse.js';

/** The private answer for a message the safety layer flagged, in the message's language. */
export function composeSafetyAnswer(
  verdict: SafetyVerdict,
  crisis: Crisis,
  eapText?: string,
): Answer | undefined {
  const texts = verdict.language === 'es' ? crisis.es : crisis;
  switch (verdict.tier) {
    case 'imminent':
      return composeImminent(texts);
    case 'crisis':
      return composeCrisis(texts, eapText);
    case 'someone-else':
      return composeSomeoneElse(texts, verdict.urgent, eapText);
    case 'distress':
      return composeDistress(texts, eapText);
    case 'none':
      return undefined;
  }
}
