import { isEnglishWord } from '../language/englishWords.js';

/**
 * Greetings, thanks, goodbyes and "ok cool": a whole message made only of these gets one line back,
 * not the help menu. Patterns run on normalized text.
 */
export type SmalltalkKind = 'greeting' | 'thanks' | 'bye' | 'ack';

const KINDS: { kind: SmalltalkKind; pattern: RegExp }[] = [
  {
    kind: 'thanks',
    pattern:
      /\b(?:thanks|thank you|thank u|thanku|thankyou|thanx|thnx|thx|ty|tysm|cheers|appreciate (?:it|that|you|this)|appreciated|much appreciated|(?:you are|youre|ur|you re) a (?:lifesaver|life saver|star|gem)|lifesaver|gracias|muchas gracias|mil gracias)\b/g,
  },
  {
    kind: 'bye',
    pattern:
      /\b(?:bye|bye bye|goodbye|good bye|see you|see ya|cya|later|talk later|adios|hasta luego|hasta pronto|take care|good night|goodnight|have a (?:good|great|nice) (?:day|one|night|weekend|evening))\b/g,
  },
  {
    kind: 'greeting',
    pattern:
      /\b(?:hi|hello|hey|heya|hiya|howdy|yo|hola|buenos dias|buenas tardes|buenas noches|buenas|good (?:morning|afternoon|evening)|morning|afternoon|evening|greetings|sup|whats up|hows it going|how are you|how r u)\b/g,
  },
  {
    kind: 'ack',
    pattern:
      /\b(?:ok|okay|k|kk|okie|cool|great|awesome|nice|perfect|got it|gotcha|sounds good|alright|all right|sure|yes|yep|yeah|no worries|will do|makes sense|good to know|amazing|wonderful|lovely|sweet|fantastic|excellent|understood|noted|interesting|that helps|that helped|this helps|this helped|(?:very |super |really )?(?:helpful|useful)|good|love it|wow|oh|ah|hmm|lol|haha|vale|bueno|np|no problem|no prob)\b/g,
  },
];

/** Words that may sit around small talk without making it a question. */
const FILLER =
  /\b(?:so|much|very|really|a lot|lot|again|bot|sts bot|you|u|there|all|everyone|team|that|this|it|was|is|for|the|your|me|a|well|just|and|friend|buddy|now|then|too|as always|a ton|tons|mate|hope (?:ur|your|you re|youre) (?:day|week|morning|afternoon) (?:is )?(?:going )?(?:ok|okay|well|good|great)|have|i|im|we|all of you|help|the help|info|answer|answers|mucho|amigo|senor|por|todo|de|nada|tu|ayuda)\b/g;

const SPANISH = /\b(?:hola|gracias|adios|hasta|buenos|buenas|vale|bueno|mucho|muchas|mil|amigo|ayuda)\b/;

export interface Smalltalk {
  kind: SmalltalkKind;
  spanish: boolean;
}

/** The kind when the whole message is small talk; thanks win over goodbye over hello over "ok". */
/** "hii", "heyy", "thank youu": a drawn-out last letter is still the word. */
const squeeze = (text: string): string =>
  text
    .split(' ')
    .map((w) => (/(.)\1+$/.test(w) && !isEnglishWord(w) ? w.replace(/(.)\1+$/, '$1') : w))
    .join(' ');

export function detectSmalltalk(normalizedText: string): Smalltalk | undefined {
  let rest = squeeze(normalizedText);
  const found = new Set<SmalltalkKind>();
  for (const { kind, pattern } of KINDS) {
    const next = rest.replace(pattern, ' ');
    if (next !== rest) found.add(kind);
    rest = next;
  }
  if (found.size === 0 || rest.replace(FILLER, ' ').trim() !== '') return undefined;
  const kind = (['thanks', 'bye', 'greeting', 'ack'] as const).find((k) => found.has(k)) ?? 'ack';
  return { kind, spanish: SPANISH.test(normalizedText) };
}
