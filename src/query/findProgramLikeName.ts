import { isEnglishWord } from '../language/englishWords.js';
import { normalize } from './normalize.js';

/**
 * A name that looks like a program the question asks about but that the catalog does not know:
 * an acronym ("EMDR", "TF-CBT") or a capitalised name before a word like "model" or "program"
 * ("the Sanctuary Model"). The bot then says plainly that it does not know it, instead of guessing.
 */

/** Capitals that are not program names: shouting, degrees, agencies, chat shorthand. */
const NOT_NAMES = new Set(
  (
    'i a ok okay help faq fyi asap lol pls plz ty thx tbh idk imo btw msw bsw lcsw lmft lpc phd md rn np ' +
    'cps cws dcfs dss dfcs hhs acf hr us usa ca uk am pm id it tv pdf url ceu ceus dm dms sos asl esl ' +
    'ai ptsd sts nr rct rcts dsm cebc ok lgbt lgbtq bipoc ceo cfo vp eta ' +
    'hi hey yo bye ny la sf sd thats whats dont cant wont isnt arent doesnt didnt im ive youre theyre ' +
    'lets hows wheres whos theres'
  ).split(' '),
);

const ACRONYM = /\b[A-Z][A-Za-z]?[A-Z0-9]{1,6}(?:[-\u2010\u2011][A-Z0-9]{1,6})*\b/g;
const NAMED =
  /\b((?:[A-Z][\w'-]*\s){0,4}[A-Z][\w'-]*)\s(?:[Mm]odel|[Pp]rogram|[Pp]rogramme|[Tt]raining|[Cc]urriculum|[Aa]pproach|[Ii]ntervention|[Tt]herapy|[Ff]ramework|[Pp]rotocol|[Mm]ethod|[Cc]ourse)\b/;
/** Words around a lower-case name that show it is asked about as a program ("emdr for sts"). */
const PROGRAM_CONTEXT =
  /\b(?:for (?:sts|secondary trauma|secondary traumatic stress|burnout|compassion fatigue|staff|caseworkers|workers)|program|programs|model|training|therapy|intervention|curriculum|does (?:the )?cebc (?:list|rate|have|include|cover|mention)|evidence based|is it rated|listed|on the cebc|any good|heard of)\b/i;
const ASKED_ABOUT =
  /\b(?:tell me about|what is|whats|what's|info on|information on|heard of|know about|what about|how about|does (?:the )?cebc (?:list|rate|have|include|cover|mention)|is|are)\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w'-]*(?:\s[A-Za-z][\w'-]*){0,3})\s*(?:\?|$|\bprogram\b|\bmodel\b|\blisted\b|\brated\b|\bon\b|\bin\b|\bpart\b|\bfor\b)/;

/** Letters, digits, spaces and hyphens only, at most 50 characters: safe to show back. */
export function sanitizeName(name: string): string {
  return name
    .replace(/[^\p{L}\p{N} '-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 50)
    .trim();
}

export type KnownWord = (word: string) => boolean;

function isUnknownWord(word: string, known: KnownWord): boolean {
  return word.length > 1 && !isKnown(word, known) && !isEnglishWord(word) && !/^\d+$/.test(word);
}

const isKnown = (word: string, known: KnownWord): boolean => NOT_NAMES.has(word) || known(word);
const capitalised = (words: string[]): boolean => words.some((w) => /^[A-Z]/.test(w));

/** `loose`: also take a lone lower-case unknown word, when nothing else in the question was understood. */
export function findProgramLikeName(raw: string, known: KnownWord, loose: boolean): string | undefined {
  const letters = raw.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  // A sentence typed in capitals is shouting, not a list of acronyms.
  const shouting = raw.trim().split(/\s+/).length >= 3 && capitals / Math.max(1, letters.length) > 0.6;
  if (letters.length === 0 || shouting) return undefined;
  for (const match of raw.matchAll(ACRONYM)) {
    const words = normalize(match[0]).split(' ');
    if (words.some((w) => NOT_NAMES.has(w) || known(w))) continue;
    if (words.some((w) => isUnknownWord(w, known))) return sanitizeName(match[0]);
  }
  // "the Caseworker Wellness Circles curriculum": capitalised words before a program word, not all known.
  const named = raw.match(NAMED);
  const typedWords = raw.trim().split(/\s+/);
  const titleCase =
    typedWords.length >= 5 && typedWords.filter((w) => /^[A-Z]/.test(w)).length / typedWords.length > 0.5;
  if (named?.[1] && named.index !== undefined && !titleCase) {
    const words = normalize(named[1]).split(' ');
    // A capital that starts the message ("Which program") is grammar, not a name.
    const typed = named[1].split(/\s+/).slice(named.index === 0 ? 1 : 0);
    const nameLike = capitalised(typed) || words.some((w) => isUnknownWord(w, known));
    if (nameLike && !words.every((w) => isKnown(w, known))) return sanitizeName(named[0]);
  }
  const asked = raw.match(ASKED_ABOUT);
  if (asked?.[1]) {
    // The name is the run of words the bot does not know, up to the first word it does ("for sts").
    const words = asked[1].split(/\s+/);
    const end = words.findIndex((w) =>
      normalize(w)
        .split(' ')
        .some((n) => isKnown(n, known)),
    );
    const name = words.slice(0, end < 0 ? words.length : end);
    const unknown = name.some((w) =>
      normalize(w)
        .split(' ')
        .some((n) => isUnknownWord(n, known)),
    );
    if (name.length > 0 && unknown && (capitalised(name) || PROGRAM_CONTEXT.test(raw))) {
      return sanitizeName(name.join(' '));
    }
    // "what about Trauma Stewardship": a run of two or more capitalised words, not all known, is a name.
    const firstLower = words.findIndex((w) => !/^[A-Z]/.test(w));
    const capitalRun = words.slice(0, firstLower < 0 ? words.length : firstLower);
    const allKnown = capitalRun.every((w) =>
      normalize(w)
        .split(' ')
        .every((n) => isKnown(n, known)),
    );
    if (capitalRun.length >= 2 && !allKnown) return sanitizeName(capitalRun.join(' '));
  }
  // A lower-case word the bot does not know, asked about as a program: "emdr for secondary trauma".
  if (loose && PROGRAM_CONTEXT.test(raw)) {
    const word = normalize(raw)
      .split(' ')
      .find((w) => w.length >= 4 && isUnknownWord(w, known));
    if (word) return sanitizeName(word);
  }
  return undefined;
}
