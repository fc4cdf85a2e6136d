import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';

/** wink-nlp with its small English model, loaded once per process (about 100 ms), then ~0.03 ms a message. */
let nlp: WinkMethods | undefined;

/** The dictionary form of each word of a normalized text ("takes longest" → "take long"). */
export function lemmas(normalizedText: string): string[] {
  if (normalizedText.length === 0) return [];
  nlp ??= winkNLP(model);
  // wink-nlp's typings declare `its.lemma` with a parameter list `out()` does not accept; it is a token helper.
  const lemma = nlp.its.lemma as unknown as ItsFunction<string>;
  return nlp
    .readDoc(normalizedText)
    .tokens()
    .out(lemma)
    .map((l) => l.toLowerCase());
}
