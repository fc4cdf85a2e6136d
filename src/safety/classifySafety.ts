import { lemmatize } from '../language/lemmatize.js';
import { createPhraseMatcher, type PhraseMatcher } from './createPhraseMatcher.js';
import {
  ACTS_TAKEN,
  CUTTING,
  DEATH_OF_OTHER,
  DISTRESS,
  DISTRESS_MILD,
  FOUND_WITH_OTHER,
  GROUP_SUBJECT,
  INDIRECT_SIGNS,
  MEANS_AT_HAND,
  OTHER_ACTS,
  OTHER_MEANS,
  OTHER_PERSON,
  OVER_QUANTITY,
  PLACES,
  RISK_TERMS,
  SELF_ACTS,
  SELF_SUBJECT,
  TIME_SET,
  TOPICAL,
  TOPICAL_SENTENCE,
  WISH_DEATH,
} from './englishPatterns.js';
import { loadRiskModel, type RiskModel, scoreRisk } from './model/riskModel.js';
import { prepareMessage } from './prepareMessage.js';
import { readDangerNow } from './readDangerNow.js';
import {
  ES_DISTRESS,
  ES_MARKERS,
  ES_OTHER_CRISIS,
  ES_OTHER_URGENT,
  ES_SELF_CRISIS,
  ES_SELF_IMMINENT,
  ES_TOPICAL,
} from './spanishPatterns.js';
import type { SafetyVerdict } from './verdict.js';

type Subject = 'self' | 'other' | 'group' | 'none';

/**
 * One regular expression for a list of alternatives, on whole words. The texts it reads are lower
 * case and (Spanish) accent-free, so ASCII word boundaries serve, and a non-Unicode expression is
 * several times faster to scan than one with Unicode look-arounds.
 */
function anyOf(alternatives: readonly string[] | string): RegExp {
  const body = typeof alternatives === 'string' ? alternatives : alternatives.join('|');
  return new RegExp(`\\b(?:${body})\\b`, 'g');
}

const SELF_ACTS_RE = createPhraseMatcher(SELF_ACTS);
const WISH_RE = createPhraseMatcher(WISH_DEATH);
const INDIRECT_RE = createPhraseMatcher(INDIRECT_SIGNS);
const RISK_TERMS_RE = createPhraseMatcher([RISK_TERMS]);
const OTHER_ACTS_RE = createPhraseMatcher(OTHER_ACTS);
const CUTTING_RE = createPhraseMatcher([CUTTING]);
const ACTS_RE = createPhraseMatcher(ACTS_TAKEN);
const MEANS_RE = createPhraseMatcher(MEANS_AT_HAND);
const OTHER_MEANS_RE = createPhraseMatcher(OTHER_MEANS);
const FOUND_RE = createPhraseMatcher(FOUND_WITH_OTHER);
const PLACES_RE = createPhraseMatcher(PLACES);
const TIME_RE = createPhraseMatcher(TIME_SET);
const DEATH_OF_OTHER_RE = anyOf(DEATH_OF_OTHER);
const DISTRESS_RE = createPhraseMatcher(DISTRESS);
const DISTRESS_MILD_RE = createPhraseMatcher(DISTRESS_MILD);
const ES_SELF_CRISIS_RE = anyOf(ES_SELF_CRISIS);
const ES_SELF_IMMINENT_RE = anyOf(ES_SELF_IMMINENT);
const ES_OTHER_CRISIS_RE = anyOf(ES_OTHER_CRISIS);
const ES_OTHER_URGENT_RE = anyOf(ES_OTHER_URGENT);
const ES_DISTRESS_RE = anyOf(ES_DISTRESS);
const ES_TOPICAL_RE = anyOf(ES_TOPICAL);
const ES_MARKERS_RE = new RegExp(ES_MARKERS, 'g');

const OVER_QUANTITY_RE = new RegExp(OVER_QUANTITY);
const SELF_TOKEN = new RegExp(`^${SELF_SUBJECT}$`);
const OTHER_TOKEN = new RegExp(`^${OTHER_PERSON}$`);
const GROUP_TOKEN = new RegExp(`^${GROUP_SUBJECT}$`);
const FIRST_PERSON = /(?<![\p{L}])(?:i|me|my|myself|mine|yo|mi|me siento|estoy)(?![\p{L}])/u;
const TOPICAL_RE = new RegExp(`^${TOPICAL}$`);
const TOPICAL_SENTENCE_RE = new RegExp(`(?:^| )${TOPICAL_SENTENCE}(?: |$)`);
const ABOUT = /^(?:about|regarding|re|around)$/;
const QUESTION_START =
  /^(?:what|which|does|do|is|are|can|could|how|any|list|show|tell|give|where|who|why|should|programs?|tips?|advice|resources|ideas|ways|policy)\b(?! not)/;
const THIRD_PRONOUN = /(?:^| )(?:she|he|they|her|him|his|their|herself|himself|themselves|themself)(?: |$)/;
const AT_HAND =
  /\b(?:locked in|in the bathroom|in my (?:hand|hands|lap)|next to me|in front of me|beside me|right here|loaded|counted out|lined up|with me now)\b/;
const REPORTED = new RegExp(
  `(?:^| )${OTHER_PERSON} (?:\\S+ ){0,3}?(?:say|said|says|saying|tell|told|tells|telling|text|texted|texts|write|wrote|post|posted|message|messaged|disclose|disclosed|admit|admitted|mention|mentioned|report|reported|share|shared|state|stated|scream|screamed|yell|yelled|threaten|threatened|confide|confided|confess|confessed|keep say|keeps saying|ask|asked|call|called|dm|dmed|snap|snapped|send|sent|talk|talking|joke|joking|bring up|brought up)(?: \\S+){0,12}$`,
);
const CONNECTOR =
  /(?:^| )(?:and|but|so|because|also|plus|then|anyway|though|although|honestly|meanwhile|idk)(?: |$)/;
const NEGATOR =
  /(?:^| )(?:not|never|no|nor|without|nothing|none|neither|hardly|zero|nobody|noone|dont|didnt|doesnt|wont|wouldnt|cant|couldnt|isnt|wasnt|aint|havent)(?: |$)/;
const SELF_NEGATIVE =
  /^(?:do not|does not|can not|no |not |nothing|never|will not|no longer|dont|cant|wont|doesnt)/;
const TOPICAL_LEAD =
  /(?:^| )(?:how (?:do|to|can|should|would|could|does|might) (?:\S+ ){0,2}?(?:talk|screen|assess|respond|address|handle|document|bring up|train|teach|explain|discuss|recognize|spot|identify|prevent|report|approach)|what is|what are|define|definition)(?: |$)/;
/** Signs that pills already taken are working: "i dont feel right", "everything is spinning". */
const EFFECTS =
  /\b(?:dont feel right|do not feel right|feel(?:ing)? (?:sleepy|dizzy|weird|funny|numb)|spinning|cant feel|can not feel|kicking in|throwing up|cant stay awake)\b/;
const CONSIDERING =
  /\b(?:think(?:ing)? (?:about|of|abt)|thought (?:about|of)|considering|consider|want to|wanna|might|plan(?:ning)? (?:to|on)|urge to|tempted to|dream(?:ing)? (?:of|about))\s*$/;
/** Being on a bridge in traffic or at a roof for a visit is not being there to jump. */
const ORDINARY_TRIP =
  /\b(?:traffic|stuck|commute|driving over|drive over|drove over|for a (?:home )?visit|meeting|lunch|view|photo|picture|walk(?:ing)? the dog)\b/;
const SELF_QUESTION =
  /(?:how (?:do|would|can|could) i (?:know|tell)|(?:do|could|might|can) i have|be it normal|what be the sign)\b/;
/** Taking pills is an act only when it is too many, or its effects show. */
const PILL_TAKING =
  /^(?:took|taken|swallowed|downed|popped|ate|chugged|drank|taking|swallowing)\b.*\b(?:pills?|tablets|meds|medications?|capsules)\b/;
/** Someone else quoted about me: "asking for myself", "i mean me". */
const ABOUT_ME = /\b(?:asking for myself|asking for me|i mean me|this is about me|its about me|for me lol)\b/;
const URGENT_CONTEXT =
  /\b(?:locked|wont come out|will not come out|right now|just now|not answering|isnt answering|is not answering|not picking up|wont answer|cant reach|tonight|saying|says|threatening)\b/;
const NOT_REACHABLE =
  /\b(?:not answering|isnt answering|is not answering|not picking up|wont come out|will not come out|locked)\b/;
/**
 * Words without which no sign can be retold about someone else: the second, first-person reading
 * of their sentences only runs when one is there ("which ones are for supervisors" needs none).
 */
const RISK_STEM =
  /\b(?:suicid\w*|kill\w*|die|dies|died|dying|dead|death|pill\w*|meds|overdos\w*|hurt\w*|harm\w*|cut\w*|gun\w*|rope|noose|bridge|jump\w*|hang\w*|goodbye\w*|bye|burden|hopeless|point|end\w*|life|live|living|alive|exist\w*|disappear\w*|wake|sleep\w*|sorry|plan\w*|knife|blade|razor|bleed\w*|blood|gone|around|here|anymore|trap\w*|pain|worth|miss|care|matter|weapon|rifle|pistol|tonight|calm|peace|insurance|note|letter|give\w*|gave|away|want\w*|wish\w*|done|over|out|stop\w*|better|without|heaven|born|last|soon|ready|thank\w*|love)\b/;
const ES_OTHER_ACT = /se tomo|se va a tirar|se iba a tirar|esta en el techo|esta en el puente/;
const MEANS_WORD = /\b(?:pills?|meds|gun|pistol|rifle|rope|noose|blade|razor|knife|bridge|ledge|roof)\b/;

/** Every match of a phrase list, or of one regular expression, in a text. */
function matches(find: PhraseMatcher | RegExp, text: string): { index: number; 0: string }[] {
  if (typeof find === 'function') return find(text);
  find.lastIndex = 0;
  return [...text.matchAll(find)].map((m) => ({ index: m.index ?? 0, 0: m[0] }));
}

/** The text of the sentence before `index`: whose risk it is is decided inside one sentence. */
function sentenceBefore(text: string, index: number): string {
  const start = text.lastIndexOf(' . ', index);
  return text.slice(start < 0 ? 0 : start + 3, index).trim();
}

function clauseBefore(text: string, index: number): string {
  const sentence = sentenceBefore(text, index);
  const comma = sentence.lastIndexOf(' , ');
  const clause = comma < 0 ? sentence : sentence.slice(comma + 3);
  const but = clause.search(/ but (?!.* but )/);
  return but < 0 ? clause : clause.slice(but + 5);
}

const SUBJECT_PRONOUN: Record<string, Subject> = {
  i: 'self',
  she: 'other',
  he: 'other',
  they: 'other',
  we: 'group',
};
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADP', 'DET', 'ADJ', 'NUM']);
const RELATIVE = new Set(['who', 'that', 'which', 'whose']);
const QUANTIFIER = new Set([
  'one',
  'some',
  'two',
  'three',
  'few',
  'several',
  'many',
  'most',
  'all',
  'each',
  'none',
  'any',
]);
const FORMS_OF_BE = new Set(['being', 'been', 'am', 'is', 'are', 'was', 'were']);
const POSSESSIVE = new Set(['my', 'his', 'her', 'their', 'our', 'your']);

/** A lemma string with its tokens and their parts of speech, for finding who does what. */
interface Parsed {
  text: string;
  words: string[];
  pos: string[];
}

function parse(plain: string): Parsed {
  const { lemmas, pos } = lemmatize(plain);
  // wink-nlp keeps "being" as itself; the patterns read every form of "be" as "be".
  const words = lemmas.map((w) => (FORMS_OF_BE.has(w) ? 'be' : w));
  return { text: words.join(' '), words, pos };
}

/** A noun is a subject when a verb follows it before the phrase ends ("a youth on my caseload is"). */
function actsAsSubject(p: Parsed, at: number, end: number): boolean {
  for (let j = at + 1; j < end; j += 1) {
    const tag = p.pos[j] as string;
    if (tag === 'VERB' || tag === 'AUX') return true;
    if (tag === 'ADV' || tag === 'PART') continue;
    if (NOUN_PHRASE.has(tag) || POSSESSIVE.has(p.words[j] as string) || RELATIVE.has(p.words[j] as string))
      continue;
    return false;
  }
  return false;
}

/** "on my team", "at the group home": a noun after a preposition is not the subject. */
function insidePhrase(p: Parsed, at: number): boolean {
  for (let j = at - 1; j >= 0; j -= 1) {
    const tag = p.pos[j] as string;
    // "one of the youth", "some of my clients": the noun after "of" is the one meant.
    if (tag === 'ADP' && p.words[j] === 'of' && QUANTIFIER.has(p.words[j - 1] ?? '')) return false;
    if (tag === 'ADP') return true;
    if (tag === 'DET' || tag === 'ADJ' || tag === 'NUM' || POSSESSIVE.has(p.words[j] as string)) continue;
    return false;
  }
  return false;
}

/**
 * Who the phrase at token `start` is about, by parts of speech: the nearest subject before it in
 * its sentence. Objects do not count ("hearing that little girl's voice and tearing up" is the
 * writer), and someone else quoted does ("she told me i want to die").
 */
function subjectByGrammar(p: Parsed, index: number, matched: string, quotes = true): Subject {
  const start = p.text.slice(0, index).split(' ').length - 1;
  const before = sentenceBefore(p.text, index);
  const reported = quotes ? REPORTED.exec(before) : null;
  if (reported && !CONNECTOR.test(before.slice(reported.index + reported[0].length - 30))) return 'other';
  if (/(?:^| )(?:i|me|myself|my)(?: |$)/.test(matched)) return 'self';
  if (THIRD_PRONOUN.test(matched)) return 'other';
  for (let i = start - 1; i >= 0; i -= 1) {
    const word = p.words[i] as string;
    if (word === '.' || word === '?' || word === '!') break;
    const pronoun = SUBJECT_PRONOUN[word];
    // "the kid i am transporting is cutting": an "i" right after a noun opens a relative clause.
    if (pronoun === 'self' && i > 0 && OTHER_TOKEN.test(p.words[i - 1] as string)) return 'other';
    if (pronoun) return pronoun;
    if (
      (OTHER_TOKEN.test(word) || GROUP_TOKEN.test(word)) &&
      p.pos[i] !== 'PRON' &&
      !insidePhrase(p, i) &&
      actsAsSubject(p, i, start + 1)
    ) {
      return OTHER_TOKEN.test(word) ? 'other' : 'group';
    }
  }
  return 'none';
}

/**
 * Whose words these are: "my client said she wants to die" is someone else's risk, "I told my
 * supervisor I want to die" the writer's. The subject nearest before the phrase decides, unless
 * someone else is quoted ("she told me i want to die").
 */
function subjectOf(text: string, index: number, matched: string): Subject {
  const before = sentenceBefore(text, index);
  const reported = REPORTED.exec(before);
  if (reported && !CONNECTOR.test(before.slice(reported.index + reported[0].length - 30))) return 'other';
  if (/(?:^| )(?:myself|my life|my own life|my wrist|my wrists|my throat|my arm)(?: |$)/.test(matched))
    return 'self';
  if (THIRD_PRONOUN.test(matched)) return 'other';
  if (/^(?:i|me) /.test(matched)) return 'self';
  const words = before.split(' ');
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i] as string;
    if (SELF_TOKEN.test(word)) return word === 'i' && OTHER_TOKEN.test(words[i - 1] ?? '') ? 'other' : 'self';
    if (OTHER_TOKEN.test(word)) return 'other';
    if (GROUP_TOKEN.test(word)) return 'group';
    if (word === ',' && i < words.length - 6) break;
  }
  return 'none';
}

/** "can't stop thinking about it" negates the stopping, not the thought. */
const DOUBLE_NEGATIVE =
  /(?:(?:can|could|do|does|will|would) not|cant|couldnt|dont|doesnt|wont) (?:stop|help|quit|shake|escape|get rid of|get|wait|keep)\b.*$/;

function negated(text: string, index: number, matched: string): boolean {
  if (SELF_NEGATIVE.test(matched)) return false;
  const window = clauseBefore(text, index).split(' ').slice(-4).join(' ').replace(DOUBLE_NEGATIVE, '');
  return NEGATOR.test(window);
}

/** The sentence around `index`, both sides. */
function sentenceAround(text: string, index: number): string {
  const end = text.indexOf(' . ', index);
  return `${sentenceBefore(text, index)} ${text.slice(index, end < 0 ? text.length : end)}`;
}

/** "Suicide prevention training", "talking about self harm": a topic of work, not a disclosure. */
function topical(text: string, index: number, matched: string): boolean {
  const before = text.slice(0, index).trim();
  const words = text.split(' ');
  const at = before === '' ? 0 : before.split(' ').length;
  const span = matched.split(' ').length;
  const near = [...words.slice(Math.max(0, at - 3), at), ...words.slice(at + span, at + span + 3)];
  if (near.some((w) => TOPICAL_RE.test(w))) return true;
  const pairs = near.slice(0, -1).map((w, i) => `${w} ${near[i + 1]}`);
  if (pairs.some((p) => TOPICAL_RE.test(p))) return true;
  if (ABOUT.test(words[at - 1] ?? '') || ABOUT.test(words[at - 2] ?? '')) return true;
  const sentence = sentenceAround(text, index);
  return TOPICAL_SENTENCE_RE.test(sentence) || TOPICAL_LEAD.test(clauseBefore(text, index));
}

interface Findings {
  selfCrisis: boolean;
  selfAct: boolean;
  selfMeans: boolean;
  meansAtHand: boolean;
  selfPlace: boolean;
  time: boolean;
  useIntent: boolean;
  /** "about to jump": no time named, because it is now. */
  aboutTo: boolean;
  /** "I'm taking them now", "doing it right now". */
  actNow: boolean;
  otherCrisis: boolean;
  otherUrgent: boolean;
  grief: boolean;
  distress: boolean;
  /** A risk phrase the writer negated ("i'm not suicidal"): the reading is reassurance, not silence. */
  reassured: boolean;
}

/** Whose sentence it is: the first person named in it, the writer when nobody is. */
function firstNamed(sentence: string): Subject {
  for (const w of sentence.split(' ')) {
    if (/^(?:i|me|myself)$/.test(w)) return 'self';
    if (OTHER_TOKEN.test(w) && !/^(?:her|his|their|them|him)$/.test(w)) return 'other';
  }
  return 'none';
}

const MIRROR: Record<string, string> = {
  she: 'i',
  he: 'i',
  they: 'i',
  her: 'my',
  his: 'my',
  their: 'my',
  him: 'me',
  them: 'me',
  herself: 'myself',
  himself: 'myself',
  themselves: 'myself',
  themself: 'myself',
};

/**
 * The sentences about someone else, retold in the first person ("she said she took all her pills"
 * becomes "i said i took all my pills"), so every sign the layer knows in the writer's own words is
 * also known about a client, a coworker or a son. Undefined when no sentence is about someone else.
 */
function mirrorOthers(plain: string): string | undefined {
  const theirs = plain.split(' . ').filter((s) => firstNamed(s) === 'other');
  if (theirs.length === 0) return undefined;
  return theirs
    .map((s) =>
      s
        .split(' ')
        .map((w) => MIRROR[w] ?? (OTHER_TOKEN.test(w) ? 'i' : w))
        .join(' '),
    )
    .join(' . ');
}

function readEnglish(plain: string, asks: boolean, mirrored = false): Findings {
  let grief = false;
  // A death already happened to someone else is grief; blank it so it is not read as a risk now.
  const living = plain.replace(DEATH_OF_OTHER_RE, (found, ...rest) => {
    const index = rest.find((r) => typeof r === 'number') as number;
    const sentence = sentenceBefore(plain, index);
    const nearSelf = /(?:^| )i(?: \S+)?$/.test(sentence);
    const someoneElse = sentence.split(' ').some((w) => OTHER_TOKEN.test(w));
    if (nearSelf && !someoneElse) return found;
    grief ||= FIRST_PERSON.test(plain) && !asks && !TOPICAL_LEAD.test(plain);
    return ' loss ';
  });
  const parsed = parse(living);
  const lemmas = parsed.text;

  let selfCrisis = false;
  let otherCrisis = false;
  // "i'm not suicidal, just fried": a crisis phrase negated by the writer reassures.
  let reassured = false;
  const consider = (re: PhraseMatcher, text: string, guard?: (index: number, matched: string) => boolean) => {
    for (const m of matches(re, text)) {
      const index = m.index ?? 0;
      if (guard && !guard(index, m[0])) continue;
      const subject = text === lemmas ? subjectByGrammar(parsed, index, m[0]) : subjectOf(text, index, m[0]);
      if (negated(text, index, m[0])) {
        reassured = true;
        continue;
      }
      if (subject === 'other') otherCrisis = true;
      else if (subject !== 'group') selfCrisis = true;
    }
  };
  // Each pattern is read over the lemmas and over the words as typed: lemmas catch word forms,
  // the plain words catch what lemmatizing changes ("left" is "leave", "meant" is "mean").
  for (const text of [lemmas, living]) {
    consider(SELF_ACTS_RE, text);
    consider(WISH_RE, text, (index, matched) => !/suicid/.test(matched) || !topical(text, index, matched));
    consider(INDIRECT_RE, text);
    consider(RISK_TERMS_RE, text, (index, matched) => !topical(text, index, matched));
  }
  consider(CUTTING_RE, living);
  for (const text of [lemmas, living]) {
    for (const m of matches(OTHER_ACTS_RE, text)) {
      if (!negated(text, m.index ?? 0, m[0])) otherCrisis = true;
    }
  }

  let selfAct = false;
  let otherUrgent = false;
  for (const m of matches(ACTS_RE, living)) {
    const index = m.index ?? 0;
    const pills = PILL_TAKING.test(m[0]);
    const after = living.slice(index + m[0].length, index + m[0].length + 60);
    if (pills && !OVER_QUANTITY_RE.test(`${m[0]} ${after.slice(0, 25)}`) && !EFFECTS.test(after)) continue;
    if (negated(living, index, m[0])) continue;
    // "thinking about overdosing" is a crisis, not an act already taken.
    if (CONSIDERING.test(living.slice(Math.max(0, index - 30), index))) {
      selfCrisis ||= subjectOf(living, index, m[0]) !== 'other';
      continue;
    }
    const subject = subjectOf(living, index, m[0]);
    if (subject === 'other' || /herself|himself|her wrist|his wrist/.test(m[0])) otherUrgent = true;
    else selfAct = true;
  }

  let selfMeans = false;
  let meansAtHand = false;
  let otherMeans = false;
  for (const m of matches(MEANS_RE, living)) {
    if (subjectOf(living, m.index ?? 0, m[0]) === 'other') otherMeans = true;
    else {
      selfMeans = true;
      // "pills in my hand", "loaded gun next to me": within reach now, not a possession in general.
      const reach = living.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 40);
      if (!/^(?:i have|i got|ive got|i bought|i keep)/.test(m[0]) || AT_HAND.test(reach)) meansAtHand = true;
    }
  }
  // What the writer found or saw (a noose search, cuts, a note) is someone else's risk by construction.
  for (const _found of matches(FOUND_RE, living)) otherCrisis = true;
  for (const m of matches(OTHER_MEANS_RE, living)) {
    if (TOPICAL_SENTENCE_RE.test(sentenceAround(living, m.index ?? 0))) continue;
    if (subjectOf(living, m.index ?? 0, m[0]) !== 'self') otherMeans = true;
  }

  let selfPlace = false;
  for (const m of matches(PLACES_RE, living)) {
    const context = living.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + m[0].length + 30);
    if (subjectOf(living, m.index ?? 0, m[0]) === 'other') {
      otherCrisis = true;
      otherUrgent = true;
    } else if (!ORDINARY_TRIP.test(context)) selfPlace = true;
  }

  // The same concepts in a sentence that is the writer's own, or one about someone else.
  const ownDanger = readDangerNow(living, (s) => firstNamed(s) !== 'other');
  const othersDanger = readDangerNow(living, (s) => firstNamed(s) === 'other');
  if (ownDanger.act) selfAct = true;
  if (ownDanger.means) meansAtHand = true;
  if (ownDanger.place) selfPlace = true;
  if (othersDanger.act || othersDanger.means || othersDanger.place) {
    otherCrisis = true;
    otherUrgent = true;
  }

  let time = false;
  let useIntent = false;
  let actNow = false;
  let aboutTo = false;
  for (const m of matches(TIME_RE, living)) {
    if (
      !/^(?:going to|about to|ready to|will|gonna|plan to|planning to|i am|she is|he is|they are|got|have|everything)/.test(
        m[0],
      )
    ) {
      time = true;
      if (/^(?:in \d|that is tonights|thats tonights|tonights plan|that is when)/.test(m[0]))
        useIntent = true;
      if (/^doing it/.test(m[0])) actNow = true;
    } else if (subjectOf(living, m.index ?? 0, m[0]) === 'other') {
      otherCrisis = true;
      otherUrgent = true;
    } else if (/^(?:i am) (?:doing it|taking)/.test(m[0])) actNow = true;
    else {
      useIntent = true;
      if (/^about to/.test(m[0])) aboutTo = true;
    }
  }
  if (otherCrisis && (time || otherMeans)) otherUrgent = true;
  if (otherMeans) {
    otherCrisis = true;
    if (URGENT_CONTEXT.test(living)) otherUrgent = true;
  }
  if (otherCrisis && NOT_REACHABLE.test(living)) otherUrgent = true;
  if (ABOUT_ME.test(living) && (otherCrisis || otherUrgent)) {
    selfCrisis = true;
    if (otherUrgent) selfAct = true;
    otherCrisis = false;
    otherUrgent = false;
  }
  // "pills. now.", "gun. car. tonight.": a means and a time, with nothing else said.
  const short = lemmas.split(' ').filter((w) => /\p{L}/u.test(w)).length <= 6;
  if (short && time && MEANS_WORD.test(living)) useIntent = true;
  if (otherMeans && time) otherUrgent = true;

  let distress = false;
  // Chat drops the "I" ("sat in my car crying"), but a question about a topic is not a heavy day.
  const ownVoice =
    FIRST_PERSON.test(lemmas) || (!QUESTION_START.test(lemmas) && !asks) || /\banyone else\b/.test(lemmas);
  const heavyDay = reassured ? [DISTRESS_RE] : [DISTRESS_RE, DISTRESS_MILD_RE];
  for (const m of heavyDay.flatMap((find) => matches(find, lemmas))) {
    // "how do i know if i have sts?" asks for an explanation; it is not a heavy day told.
    if (SELF_QUESTION.test(sentenceBefore(lemmas, m.index ?? 0))) continue;
    const subject = subjectByGrammar(parsed, m.index ?? 0, m[0], false);
    if (subject === 'self' || subject === 'group' || (subject === 'none' && ownVoice)) distress = true;
  }

  if (!mirrored && !selfCrisis && !selfAct && !otherCrisis && RISK_STEM.test(living)) {
    const retold = mirrorOthers(living);
    const theirs = retold ? decide(readEnglish(retold, asks, true)) : undefined;
    if (theirs?.tier === 'imminent') {
      otherCrisis = true;
      otherUrgent = true;
    } else if (theirs?.tier === 'crisis') otherCrisis = true;
  }

  return {
    selfCrisis,
    selfAct,
    selfMeans,
    meansAtHand,
    selfPlace,
    time,
    useIntent,
    aboutTo,
    actNow,
    otherCrisis,
    otherUrgent,
    grief,
    distress,
    reassured,
  };
}

function readSpanish(text: string): Findings {
  let reassured = false;
  const found = (re: RegExp, guard?: (index: number, matched: string) => boolean) => {
    for (const m of matches(re, text)) {
      const index = m.index ?? 0;
      const before = text.slice(Math.max(0, index - 12), index);
      const ownNegation = /^(?:no |ya no |sin |nadie )/.test(m[0]);
      if (!ownNegation && /(?:^| )(?:no|nunca|jamas)(?: \S+)? $/.test(before)) {
        reassured = true;
        continue;
      }
      if (guard && !guard(index, m[0])) continue;
      return true;
    }
    return false;
  };
  const topicalHere = (index: number, matched: string) => {
    const around = text.slice(Math.max(0, index - 30), index + matched.length + 20);
    ES_TOPICAL_RE.lastIndex = 0;
    return !ES_TOPICAL_RE.test(around);
  };
  const otherCrisis = found(ES_OTHER_CRISIS_RE, topicalHere);
  const selfCrisis = found(ES_SELF_CRISIS_RE, topicalHere);
  const imminent = found(ES_SELF_IMMINENT_RE);
  const selfAct = imminent && /tome|trague|sobredosis|corte|sangr|tengo|estoy en/.test(text);
  const otherUrgent = found(ES_OTHER_URGENT_RE);
  return {
    selfCrisis,
    selfAct,
    selfMeans: false,
    meansAtHand: false,
    selfPlace: false,
    time: imminent,
    useIntent: false,
    aboutTo: false,
    actNow: false,
    otherCrisis: otherCrisis || (otherUrgent && ES_OTHER_ACT.test(text)),
    otherUrgent: otherUrgent && (otherCrisis || ES_OTHER_ACT.test(text)),
    grief: false,
    distress: found(ES_DISTRESS_RE),
    reassured,
  };
}

function decide(f: Findings): { tier: SafetyVerdict['tier']; urgent: boolean } {
  if (f.selfAct || f.actNow) return { tier: 'imminent', urgent: true };
  if (f.selfCrisis && (f.selfMeans || f.selfPlace || f.time || f.aboutTo))
    return { tier: 'imminent', urgent: true };
  if (f.meansAtHand || f.aboutTo || (f.selfMeans && f.useIntent) || (f.useIntent && f.time))
    return { tier: 'imminent', urgent: true };
  if (f.selfPlace) return { tier: 'imminent', urgent: true };
  if (f.selfCrisis) return { tier: 'crisis', urgent: false };
  if (f.otherCrisis || f.otherUrgent) return { tier: 'someone-else', urgent: f.otherUrgent };
  if (f.grief || f.distress) return { tier: 'distress', urgent: false };
  return { tier: 'none', urgent: false };
}

const RANK: Record<SafetyVerdict['tier'], number> = {
  imminent: 4,
  crisis: 3,
  'someone-else': 2,
  distress: 1,
  none: 0,
};

/**
 * The safety layer's one decision, made for every message on every surface before any intent:
 * imminent (an act taken, means at hand, a time set), crisis, someone else at risk, a heavy day,
 * or none. It leans towards help: a false alarm costs a few kind lines, a miss far more.
 */
export function classifySafety(text: string): SafetyVerdict {
  if (typeof text !== 'string' || text.trim() === '') return { tier: 'none', urgent: false, language: 'en' };
  const prepared = prepareMessage(text);
  const spanishFindings = readSpanish(prepared.spanish);
  const spanish = decide(spanishFindings);
  // A Spanish message is read as Spanish: English typo correction would misread its words.
  if (spanish.tier !== 'none' && (prepared.spanish.match(ES_MARKERS_RE) ?? []).length >= 1) {
    return { ...spanish, language: 'es' };
  }
  const englishFindings = readEnglish(prepared.plain, prepared.asks);
  const english = decide(englishFindings);
  if (RANK[spanish.tier] > RANK[english.tier]) return { ...spanish, language: 'es' };
  if (RANK[spanish.tier] === RANK[english.tier] && spanish.tier !== 'none') {
    return { ...english, urgent: english.urgent || spanish.urgent, language: 'es' };
  }
  if (english.tier !== 'none' || englishFindings.reassured || spanishFindings.reassured) {
    return { ...english, language: 'en' };
  }
  return readWithModel(text, prepared.spanish);
}

let riskModel: RiskModel | undefined;
/** Below this the model's reading is not trusted: the rules' `none` stands. */
const MODEL_CONFIDENCE = 0.9;

/** The rules found nothing: a confident model reading of an unwritten wording still counts. */
function readWithModel(text: string, spanishText: string): SafetyVerdict {
  riskModel ??= loadRiskModel();
  const { tier, probability } = scoreRisk(riskModel, text);
  const language = (spanishText.match(ES_MARKERS_RE) ?? []).length >= 2 ? 'es' : 'en';
  if (tier === 'none' || probability < MODEL_CONFIDENCE)
    return { tier: 'none', urgent: false, language: 'en' };
  return { tier, urgent: tier === 'imminent', language };
}
