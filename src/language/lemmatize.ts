import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction } from 'wink-nlp';

const nlp = winkNLP(model);
const its = nlp.its;
// wink-nlp's own typings declare `its.lemma` with the raw-document signature its `out` does not
// accept, though it is the documented way to read lemmas; the cast only bridges the two typings.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

export interface Lemmas {
  /** One lemma per token, punctuation kept ("i took 30 pills." → i, take, 30, pill, .). */
  lemmas: string[];
  /** Universal part-of-speech tags, one per token (PRON, VERB, AUX, NOUN …). */
  pos: string[];
}

/** English word forms through wink-nlp, which also expands contractions ("dont" → "do", "not"). */
export function lemmatize(text: string): Lemmas {
  const tokens = nlp.readDoc(text).tokens();
  return { lemmas: tokens.out(lemmaOf) as string[], pos: tokens.out(its.pos) as string[] };
}
