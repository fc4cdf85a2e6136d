import { editDistance } from '../language/editDistance.js';
import { isEnglishWord } from '../language/englishWords.js';

/**
 * Fixes likely typos word by word against the words the bot understands ("symtoms" → "symptoms").
 * A real English word is never changed ("something" never becomes "soothing", "made" never "make"),
 * nor is a word typed in capitals (an acronym like "EMDR" is a name, not a typo). Short words are
 * left alone: at three letters almost any word is one edit from another.
 */

const SHORTHAND: Record<string, string> = {
  wht: 'what',
  wat: 'what',
  wich: 'which',
  whcih: 'which',
  thx: 'thanks',
  tysm: 'thanks',
  whta: 'what',
  waht: 'what',
  u: 'you',
  r: 'are',
  abt: 'about',
  pls: 'please',
  plz: 'please',
  progs: 'programs',
  prog: 'program',
  pgms: 'programs',
  btwn: 'between',
  diff: 'difference',
  w: 'with',
  hrs: 'hours',
  wks: 'weeks',
  info: 'information',
  cebc4cw: 'cebc',
  cf: 'compassion fatigue',
  vt: 'vicarious trauma',
  grp: 'group',
  grps: 'groups',
  ppl: 'people',
  mgr: 'manager',
  mgrs: 'managers',
  selfguided: 'self guided',
  selfpaced: 'self paced',
  selfcare: 'self care',
  inperson: 'in person',
};

/** `keep`: words to leave as typed (the acronyms of the message). */
export type TypoCorrector = (normalizedText: string, keep?: ReadonlySet<string>) => string;

export function createTypoCorrector(vocabulary: Iterable<string>): TypoCorrector {
  const known = new Set<string>();
  for (const phrase of vocabulary) for (const word of phrase.split(' ')) if (word) known.add(word);
  const candidates = [...known].filter((w) => w.length >= 4);
  const memo = new Map<string, string>();

  const fix = (word: string): string => {
    const short = SHORTHAND[word];
    if (short) return short;
    if (word.length < 4 || known.has(word) || isEnglishWord(word) || /\d/.test(word)) return word;
    const cached = memo.get(word);
    if (cached !== undefined) return cached;
    const max = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    for (const candidate of candidates) {
      const d = editDistance(word, candidate, max);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (memo.size > 5000) memo.clear();
    memo.set(word, best);
    return best;
  };

  return (text, keep) =>
    text
      ? text
          .split(' ')
          .map((w) => (keep?.has(w) ? w : fix(w)))
          .join(' ')
      : text;
}

/** Words every question may use, beyond the catalog's own names, topics and glossary. */
export const CORE_WORDS = [
  'what',
  'which',
  'programs',
  'program',
  'compare',
  'comparison',
  'difference',
  'between',
  'versus',
  'symptoms',
  'signs',
  'secondary',
  'traumatic',
  'trauma',
  'stress',
  'relevance',
  'relevant',
  'rating',
  'rated',
  'promising',
  'supported',
  'online',
  'virtual',
  'person',
  'group',
  'individual',
  'self',
  'guided',
  'paced',
  'supervisors',
  'managers',
  'caseworkers',
  'social',
  'workers',
  'nurses',
  'healthcare',
  'clinicians',
  'therapists',
  'foster',
  'families',
  'parents',
  'kinship',
  'caregivers',
  'teachers',
  'responders',
  'short',
  'quick',
  'brief',
  'ongoing',
  'hours',
  'weeks',
  'days',
  'help',
  'tips',
  'self care',
  'explain',
  'meaning',
  'website',
  'research',
  'evidence',
  'developed',
  'delivers',
  'format',
  'length',
  'long',
  'list',
  'show',
  'recommend',
  'anything',
  'options',
  'about',
  'tell',
  'please',
  'thanks',
  'training',
  'trainings',
  'password',
  'meeting',
  'weather',
];
