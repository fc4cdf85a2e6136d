import { editDistance } from '../language/editDistance.js';

/**
 * Fixes likely typos word by word against the words the bot understands ("symtoms" → "symptoms").
 * Short words are left alone: at three letters almost any word is one edit from another.
 */

const SHORTHAND: Record<string, string> = {
  wht: 'what',
  wat: 'what',
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
};

export type TypoCorrector = (normalizedText: string) => string;

export function createTypoCorrector(vocabulary: Iterable<string>): TypoCorrector {
  const known = new Set<string>();
  for (const phrase of vocabulary) for (const word of phrase.split(' ')) if (word) known.add(word);
  const candidates = [...known].filter((w) => w.length >= 4);
  const memo = new Map<string, string>();

  const fix = (word: string): string => {
    const short = SHORTHAND[word];
    if (short) return short;
    if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
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

  return (text: string) => (text ? text.split(' ').map(fix).join(' ') : text);
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

/** Everyday words kept as they are, so "that" never becomes "what" and "share" never "shame". */
export const COMMON_WORDS =
  'that this then than them they there their these those what when where which while with have has had does done ' +
  'know need want feel feeling good best more most some same sure share name time make care case cases work team ' +
  'staff last lost just like also only over into from your yours mine will would could should shall been being ' +
  'here hear heard help helps helped hello thank thanks okay sorry tired busy week today tomorrow yesterday ' +
  'home hard call text chat said says tell told give gave take took come came goes went keep kept room book ' +
  'file form page link site free cost paid many much very really still start stop open close next back ' +
  'kids kind mind body mean means meant well cant dont wont isnt arent able other others each every else ' +
  'shame shared short shift stay zone tool tools idea ideas sleep drive court visit visits client clients';
