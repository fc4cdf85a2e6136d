import type { Content } from '../content/loadContent.js';
import type { RatingLevelT, RelevanceLevelT } from '../content/schema.js';
import { lemmatize } from '../language/lemmatize.js';
import { CORE_WORDS, createTypoCorrector } from './correctTypos.js';
import { findProgramLikeName } from './findProgramLikeName.js';
import type { Exclusions } from './findPrograms.js';
import { createProgramMatcher } from './matchPrograms.js';
import { containsPhrase, normalize, normalizeWithBreaks, tokens } from './normalize.js';
import {
  type Filters,
  hasFilters,
  parseFilters,
  type TopicVocabulary,
  topicVocabulary,
} from './parseFilters.js';
import { detectRank, type Rank } from './rankPrograms.js';
import { detectSmalltalk, type SmalltalkKind } from './smalltalk.js';
import { splitNegation } from './splitNegation.js';
import { ALL_CUE, AUDIENCE_GROUPS, LIST_CUE, ratingFromWord } from './vocabulary.js';

export const MAX_QUESTION_LENGTH = 2000;

const ASPECTS = [
  'length',
  'format',
  'audience',
  'developer',
  'deliveredBy',
  'components',
  'research',
  'measures',
  'website',
  'rating',
  'relevance',
  'cost',
  'languages',
] as const;
export type Aspect = (typeof ASPECTS)[number];

export type ExplainTopic =
  | { kind: 'glossary'; id: string }
  | { kind: 'rating'; level?: RatingLevelT }
  | { kind: 'relevance'; level?: RelevanceLevelT };

export type ParsedQuestion =
  | { intent: 'help'; about?: 'tips' }
  | { intent: 'smalltalk'; kind: SmalltalkKind; spanish: boolean }
  | { intent: 'tip'; audience?: 'supervisors' }
  | { intent: 'unknown'; reason: 'too-long' | 'not-understood' }
  | { intent: 'notInTopic'; outsideId?: string; name?: string }
  | { intent: 'detail'; programId: string; aspect?: Aspect; full?: true }
  | { intent: 'compare'; programIds: string[] }
  | { intent: 'explain'; topic: ExplainTopic }
  | { intent: 'list'; filters: Filters; exclude?: Exclusions; within?: string[]; rank?: Rank };

/** What the conversation was just about: program ids and structure only, never the words asked. */
export interface Recalled {
  programs: string[];
  intent: ParsedQuestion['intent'];
  aspect?: Aspect;
  filters?: Filters;
}

const ASPECT_PATTERNS: { aspect: Aspect; pattern: RegExp }[] = [
  { aspect: 'rating', pattern: /\b(?:evidence level|level of evidence|evidence rating)\b/ },
  { aspect: 'audience', pattern: /\b(?:age group|ages?|how old|what age)\b/ },
  {
    aspect: 'components',
    pattern: /\b(?:what is taught|what (?:do|does) (?:\w+ ){0,3}teach|what gets taught)\b/,
  },
  {
    aspect: 'format',
    pattern:
      /\b(?:on (?:my|a|the) (?:phone|computer|laptop|tablet)|phone(?! number)|mobile|an app|app|structured|structure|by email|e ?mail based)\b/,
  },
  {
    aspect: 'deliveredBy',
    pattern:
      /\b(?:who can (?:deliver|teach|lead|facilitate|run)|get trained|trained in|training in|train (?:staff|people|our|my) (?:in|on)|to become an?|become (?:an? )?(?:\w+ )?(?:teacher|trainer|facilitator|guide)|train the trainer|teacher training|trainer training|facilitator training|get certified)\b/,
  },
  {
    aspect: 'measures',
    pattern:
      /\b(?:what (?:scales?|measures?|instruments?|tools?)|which (?:scales?|measures?|instruments?))\b/,
  },
  {
    aspect: 'length',
    pattern:
      /\b(?:how long|length|duration|how many (?:hours|days|weeks|sessions|times)|time commitment|take to complete|last|how much time|how often|how frequently|frequency|meet)\b/,
  },
  { aspect: 'cost', pattern: /\b(?:cost|costs|price|pricing|free|pay|fee|fees|how much)\b/ },
  { aspect: 'languages', pattern: /\b(?:languages?|spanish|english|translated|translation)\b/ },
  {
    aspect: 'website',
    pattern:
      /\b(?:website|web site|site|link|url|sign up|signup|enroll|register|contact|where can i (?:find|get|learn)|email|e mail|phone number)\b/,
  },
  {
    aspect: 'deliveredBy',
    pattern:
      /\b(?:who (?:delivers|teaches|leads|facilitates|runs the (?:class|sessions|course))|runs? (?:the )?(?:\w+ )?(?:class(?:es)?|sessions?|courses?|groups?|workshops?)|facilitators?|trainers?|teachers of|certif\w*|deliver it|become a)\b/,
  },
  {
    aspect: 'developer',
    pattern:
      /\b(?:who (?:made|make|makes|created|create|developed|develop|designed|owns|runs|is behind|wrote)|developers?|developed by|created by|made by|organi[sz]ation|founders?|who (?:founded|started|invented|built)|when was|what year|(?:developed|created|invented)(?! for)|where (?:is it|does (?:\w+ ){1,3}come) from|comes? from)\b/,
  },
  {
    aspect: 'research',
    pattern:
      /\b(?:research|evidence|studies|study|proof|does it work|effective|outcomes|results|rct|trial|works|evaluated|evaluation|tested|studied)\b|(?<!how )\bdoes (?:\w+ ){1,3}(?:work|help)\b/,
  },
  { aspect: 'measures', pattern: /\b(?:measures?|measured|scales?|proqol|stss|instruments?|assessments?)\b/ },
  {
    aspect: 'components',
    pattern:
      /\b(?:skills|components|what do (?:you|they|i|we) learn|what does (?:\w+ ){1,3}(?:teach|include|involve|cover)|what is involved|what happens in|includes?|content|modules|steps|how does it work)\b/,
  },
  { aspect: 'rating', pattern: /\b(?:rating|rated|rate|score|scientific)\b/ },
  { aspect: 'relevance', pattern: /\b(?:relevance|relevant)\b/ },
  {
    aspect: 'audience',
    pattern:
      /\b(?:who is it for|who its for|for who|for whom|who can|audience|eligible|target|meant for|designed for|appropriate for|good for)\b/,
  },
  {
    aspect: 'format',
    pattern:
      /\b(?:online|in person|virtual|virtually|format|group|individual|self guided|self paced|zoom|remote|remotely|how is it delivered|delivered|face to face|taught|how is (?:\w+ ){0,2}(?:run|offered|done)|where is (?:\w+ ){0,2}(?:offered|held|run|taught))\b/,
  },
  {
    aspect: 'audience',
    pattern: /\bwho (?:is|are) (?:\w+ ){1,4}for\b|\bcan (?:\w+ ){1,3}(?:do|use|take|join|attend|try)\b/,
  },
  { aspect: 'deliveredBy', pattern: /\b(?:training|trainings)\b/ },
];

const HELP_ONLY =
  /^(?:help|help me|helps|\?+|h|menu|commands?|usage|start|info|about|options|help pls|help please)$/;
const HELP_PHRASE =
  /\b(?:what can (?:you|this|the) (?:bot |thing |app )?do|what do you do(?: here| exactly)?$|what can you tell me(?: about)?$|how do i ask you|what (?:topics|subjects) do you (?:cover|know)|how do (?:i|we) (?:get|add|invite|install) (?:the bot|you|this bot|it) (?:in|to|into)|who (?:made|built|created) you|are you (?:a )?(?:real )?(?:person|human|bot|robot|ai)|what languages do you speak|what can i ask|how do i use|how does this (?:bot )?work|what are you|who are you|what is this bot|how to use|what (?:kind of )?(?:questions|things) can|what are your commands|(?:list )?(?:of )?(?:your )?commands|example questions|examples? of (?:what|questions)|what (?:can|should|do) i ask|what questions|what (?:kinds?|sorts?|types?) of (?:questions|things)|questions (?:can|do) you answer|what can you answer|what do you know(?: about)?$)\b/;

/** Questions about the weekly-tips feature itself, answered with how to turn it on. */
const TIPS_HOW =
  /\b(?:weekly (?:tips?|self care)|tips? (?:every|each|once a) (?:week|monday|tuesday|wednesday|thursday|friday)|(?:turn|switch|set|sign) (?:on|off|up)(?: the| our| my)?(?: weekly)? tips|subscribe|unsubscribe|tips (?:to|in|for) (?:our|my|the|a) (?:channel|team|chat)|(?:stop|pause|cancel|schedule|change) (?:the |our |my )?(?:weekly )?tips|how do(?: i| we)? (?:get|set up|turn on|receive) tips|tips? automatically|tips? posted|post (?:a )?tips?|tips? every week|every week)\b/;

const TIP_CUE =
  /\b(?:tip|tips|tipp|self ?care (?:idea|ideas|tip|tips|suggestion|suggestions)|decompress|destress|de stress|unwind|recharge|wind down|(?:idea|need|want|how) to reset|reset (?:myself|after)|calm down|coping (?:idea|skill|strategy)|quick idea|something to help me|help me (?:relax|cope|breathe|calm)|i need a break|grounding exercise|breathing exercise|quick reset|a reset|breather|advice (?:for|on|about) self ?care|self ?care advice|take care of (?:myself|yourself|ourselves)|look after (?:myself|yourself|ourselves)|stress relief|relieve stress|something calming|calming (?:idea|exercise|thing)s?|(?:mindfulness|breathing|grounding|relaxation|calming) (?:exercise|practice|technique)s?|stop thinking about work|switch off|how (?:can|do) (?:i|we) (?:cope|relax|unwind|recharge|decompress)|(?:help|support) my (?:team|staff|workers|unit|supervisees)|^self ?care$|self ?care ideas?|ideas? for self ?care|self ?care (?:please|pls)|leave work at work|leaving work at work|switch off after work|disconnect after work|something (?:i can |to )?try|(?:before|after) (?:my|a|the) (?:next )?(?:hard |tough |rough |difficult |bad |long |sad )?(?:home )?(?:visit|court|removal|shift|call|day|case))\b/;

/** Looking after one's staff is what the supervisors' tips are for. */
const TEAM_CARE =
  /\b(?:help|support|look after|care for) my (?:team|staff|workers|unit|supervisees)\b|\bsupervisees\b/;

const COMPARE_WORD = /\b(?:compare|comapre|compair|compre|comparison|vs|versus|side by side)\b/;
const COMPARE_CUE =
  /\b(?:comapre|compair|compre|compare|comparison|compared|vs|versus|difference|differences|differ|better|or|and|between)\b/;

/** Asking for everything about one program: the full profile, not the short answer. */
const FULL_PROFILE =
  /\b(?:(?<!learn |find out |read )more about|everything about|all about|full (?:profile|details?|info(?:rmation)?|answer|description|rundown)|tell me everything|everything (?:on|for)|(?:all|the) details|in detail|whole profile)\b/;

const EXPLAIN_FORM =
  /\b(?:what is|whats|what are|what does|what do|define|definition|meaning|mean|means|explain|difference|differences|differ|vs|versus|signs|symptoms|how do i know|how (?:would|can|could|do) (?:i|you|someone|we) (?:know|tell)|tell me about|describe|what it is|what (?:\w+ ){1,3}is|is it|is (?:that|this) |same as|same thing|the same|different from|different than|related to|similar to|how is|same|can (?:you|i|someone|a person|people) (?:have|get)|is it possible|real|a thing|exist|exists|how common|common|prevalen\w*|who gets|causes?|risk factors?|diagnosis|diagnosed|treated|treatment for|mental illness|disorder|illness|condition|where can i (?:take|find|get)|take the)\b/;

const RATING_EXPLAIN =
  /\b(?:rating scale|scientific rating|ratings|rating|rated|rate|score|scores|levels?)\b.*\b(?:mean|means|meaning|scale|explain|work|works|system|what is|whats|levels|how)\b|\b(?:what is|whats|what does|explain|meaning of|define)\b.*\b(?:rating|well supported|supported|promising|concerning|not able to be rated|nr|fails to demonstrate)\b/;

/** "what does a 3 mean", "whats NR", "is a 1 better than a 3". */
const LEVEL_EXPLAIN =
  /\b(?:what does|what do|whats|what is|what s|meaning of|explain)\b(?: an?| the)? (?:1|2|3|4|5|nr)(?= on\b| in\b| rating\b| level\b| mean| stand|$)|\b(?:1|2|3|4|5|nr) (?:mean|means|stand for|stands for)\b|\b(?:a |an )?(?:1|2|3|4|5|nr) (?:better|worse|higher|lower|stronger|weaker) than (?:a |an )?(?:1|2|3|4|5|nr)\b|\b(?:is|does) (?:a )?(?:higher|lower|bigger|smaller) (?:number|score|rating)\b|\b(?:is )?(?:an? )?(?:1|2|3|4|5|nr) (?:the )?(?:best|worst|highest|lowest|good|bad|meaning|mean)\b|^nr$|^what are (?:the )?(?:cebc )?(?:ratings|rating levels|levels)$|\bwhat (?:does|do|is) (?:an? )?(?:evidence based|research evidence|the numbers?|the scores?|the levels?)(?: mean| means| stand for)?$|\bwhat do (?:the )?(?:numbers|scores|levels|ratings) mean\b|\bdifference between (?:an? )?(?:1|2|3|4|5|nr) and (?:an? )?(?:1|2|3|4|5|nr)\b/;

/** How programs get listed and rated, and by whom: the glossary's review entry. */
const REVIEW_PROCESS =
  /\b(?:decide|decides|determine|determines|assign|assigns|choose|chooses)\b.*\bratings?\b|\bratings?\b.*\b(?:decided|determined|assigned|chosen|given|made)\b|\bpeer reviewed?\b|\bwhy (?:are|is|were) (?:only |just )?(?:these |those |the )?(?:five |5 )?(?:programs?|ones) (?:listed|included|chosen|picked|rated|on)\b|\bwho (?:decides|gives|sets|does|assigns|makes|picks|chooses) (?:the )?(?:cebc )?ratings?\b|\bratings? (?:ever )?change\b|\bre ?rat(?:e|es|ed|ing)\b|\bre ?review\w*|\bhow (?:are|do|does) (?:the )?(?:programs?|ratings?) (?:get )?(?:rated|decided|reviewed|chosen|picked)\b|\bhow do(?:es)? (?:a )?programs? get (?:on|onto|into|listed|rated|added)\b/;
/** Study designs other than the RCT: the RCT entry contrasts them. */
const STUDY_DESIGN =
  /\b(?:what is|whats|what are|what does|define|explain|meaning of)\b.*\b(?:quasi ?experimental|control group|comparison group|waitlist|wait list|cross sectional|pre post|randomi[sz]ation)\b/;
/** What makes a program belong to this topic: the topic entry's inclusion criteria. */
const INCLUSION =
  /\beligib\w*|\bwhat makes (?:a )?programs? (?:part|count|qualify|get|eligible)|\bwhat counts as (?:an? )?(?:sts )?program\b|\bwhat qualifies\b|\bhow do(?:es)? (?:a )?programs? qualify\b/;

/** Questions about people and work, not programs: an audience word in them is no filter. */
const NOT_ABOUT_PROGRAMS =
  /^(?:who (?:is|s|are)|whos|how (?:do|can|should|would) (?:i|we)|how many|how much|when|where|should|can i|do i|is my|whats my|what is my)\b/;

/** Requests for things the bot does not do; a topic word inside them ("my supervisor") is no filter. */
const OUT_OF_SCOPE =
  /^(?:can you |could you |please |pls )?(?:schedule|book|send|email|e mail|call|remind|order|buy|write|draft|print|translate|reset|fix|cancel|approve|submit|set up a meeting|make an appointment)\b/;

const RELEVANCE_EXPLAIN =
  /\brelevan\w*\b.*\b(?:mean|means|meaning|explain|what is|whats|levels|how|definition|work|same|different|difference|vs|versus|rating|bad|good|worse|better|matter|matters|decided|determined|chosen|assigned|given)\b|\b(?:what is|whats|what does|explain|meaning of|define)\b.*\brelevan\w*/;

/** A question about a level that wants the programs at it ("which programs are promising"), not its meaning. */
const ASKS_FOR_PROGRAMS = /\b(?:programs|which|list|show|any)\b/;

/** Words that point back at what was just discussed. */
const BACK_REFERENCE =
  /\b(?:it|its|that one|this one|that program|this program|that|this|the program|they|them|those|these|their|the ones?|either|both|each|same)\b/;
const FOLLOW_ON = /^(?:and|what about|how about|and what about|and how about|also|or|ok and|what of)\b/;
const WITHIN_LAST =
  /\b(?:of (?:those|these|them)|among (?:those|these|them)|(?:those|these|them) (?:that|which))\b/;

function detectAspect(text: string): Aspect | undefined {
  return ASPECT_PATTERNS.find(({ pattern }) => pattern.test(text))?.aspect;
}

function ratingLevelIn(text: string): RatingLevelT | undefined {
  const numbers = [...text.matchAll(/\b(1|2|3|4|5|one|two|three|four|five|nr)\b/g)];
  // Two levels side by side ("is a 1 better than a 3") ask about the scale, not one level.
  if (numbers.length === 1 && numbers[0]?.[1]) return ratingFromWord(numbers[0][1]);
  if (numbers.length > 1) return undefined;
  if (/\bwell supported\b/.test(text)) return '1';
  if (/\bsupported\b/.test(text)) return '2';
  if (/\bpromising\b/.test(text)) return '3';
  if (/\bfails? to demonstrate\b/.test(text)) return '4';
  if (/\bconcerning\b/.test(text)) return '5';
  if (/\bnot (?:able to be )?rated\b/.test(text)) return 'NR';
  return undefined;
}

function relevanceLevelIn(text: string): RelevanceLevelT | undefined {
  if (/\bhigh\b/.test(text)) return 'High';
  if (/\b(?:medium|moderate)\b/.test(text)) return 'Medium';
  if (/\blow\b/.test(text)) return 'Low';
  return undefined;
}

const SUPERVISOR_WORDS = AUDIENCE_GROUPS.find((g) => g.label.startsWith('supervisors'))?.pattern;

/** An excluded part may name a bare level: "arent medium", "other than 3". */
function parseExcluded(span: string, topicWords: TopicVocabulary): Filters {
  const filters = parseFilters(span, topicWords);
  if (hasFilters(filters)) return filters;
  const relevance = relevanceLevelIn(span);
  if (relevance) return { ...filters, relevance: [relevance] };
  const level = /^(?:an? |a rating of |rated )?(1|2|3|4|5|nr)$/.exec(span)?.[1];
  const rating = level ? ratingFromWord(level) : undefined;
  return rating ? { ...filters, rating: { kind: 'level', level: rating, orBetter: false } } : filters;
}

function mergeFilters(a: Filters, b: Filters): Filters {
  return {
    relevance: [...new Set([...a.relevance, ...b.relevance])],
    ...(b.rating ? { rating: b.rating } : a.rating ? { rating: a.rating } : {}),
    formats: [...new Set([...a.formats, ...b.formats])],
    audiences: [...new Set([...a.audiences, ...b.audiences])],
    ...(b.length ? { length: b.length } : a.length ? { length: a.length } : {}),
    topics: [...new Set([...a.topics, ...b.topics])],
    ...((b.design ?? a.design) ? { design: 'rct' as const } : {}),
  };
}

export type QuestionParser = (question: string, recalled?: Recalled) => ParsedQuestion;

/** Builds the parser once per catalog: the alias index and topic vocabulary come from content/. */
export function createQuestionParser(content: Content): QuestionParser {
  const matchPrograms = createProgramMatcher(content.programs);
  const matchOutside = createProgramMatcher(
    content.outsidePrograms.programs.map((o) => ({
      id: o.id,
      name: o.name,
      shortName: o.name,
      aliases: o.aliases,
    })),
  );
  const topicWords = topicVocabulary(content.programs);
  const allIds = content.programs.map((p) => p.id);
  const glossaryTriggers = content.glossary.entries
    .flatMap((entry) => entry.triggers.map((t) => ({ id: entry.id, trigger: normalize(t) })))
    .sort((a, b) => b.trigger.length - a.trigger.length);
  const programNames = content.programs.flatMap((p) =>
    [p.id, p.name, p.shortName, ...p.aliases].map(normalize),
  );

  const outsideNames = content.outsidePrograms.programs.flatMap((o) => [o.name, ...o.aliases].map(normalize));
  const vocabulary = [
    ...CORE_WORDS,
    ...topicWords.words,
    ...glossaryTriggers.map((g) => g.trigger),
    ...programNames,
  ];
  const correct = createTypoCorrector(vocabulary);
  const knownWords = new Set([...vocabulary, ...outsideNames].flatMap((v) => v.split(' ')));
  // Words that name filters and levels are never part of an unknown program's name ("High Relevance").
  for (const w of 'cft eft cf vt proqol stss ichill high medium low moderate best top well supported promising concerning evidence research rating ratings rated online virtual group individual person self guided paced short quick ongoing model program programs training trainings'.split(
    ' ',
  ))
    knownWords.add(w);

  // STS is the whole topic: when another entry matches too ("secondary trauma vs vicarious trauma"), it is the one asked.
  const findGlossary = (text: string) => {
    const hits = glossaryTriggers.filter(({ trigger }) => containsPhrase(text, trigger));
    return hits.find((h) => h.id !== 'sts') ?? hits[0];
  };
  const hasEntry = (id: string) => content.glossary.entries.some((e) => e.id === id);

  /** Words typed in capitals are acronyms: the typo corrector leaves them as typed. */
  const acronymsOf = (question: string): Set<string> =>
    new Set(
      (question.match(/\b[A-Z][A-Z0-9]{1,7}\b/g) ?? [])
        .map((a) => a.toLowerCase())
        .filter((a) => !knownWords.has(a)),
    );

  const resolveFollowUp = (
    text: string,
    positive: string,
    ids: string[],
    recalled: Recalled | undefined,
  ): ParsedQuestion | undefined => {
    if (!recalled || recalled.programs.length === 0) return undefined;
    const words = tokens(positive);
    const aspect = detectAspect(positive);
    const backRef = BACK_REFERENCE.test(positive);
    const followOn = FOLLOW_ON.test(text);
    if (ids.length === 1 && followOn && words.length <= 8) {
      const [id] = ids as [string];
      if (recalled.intent === 'compare')
        return { intent: 'compare', programIds: [...new Set([...recalled.programs, id])] };
      const carried = aspect ?? (recalled.intent === 'detail' ? recalled.aspect : undefined);
      return carried
        ? { intent: 'detail', programId: id, aspect: carried }
        : { intent: 'detail', programId: id };
    }
    if (ids.length > 0) return undefined;
    if (
      recalled.programs.length >= 2 &&
      (COMPARE_CUE.test(positive) || /\bwhich (?:one|is) better\b/.test(positive)) &&
      (backRef || words.length <= 3)
    ) {
      return { intent: 'compare', programIds: recalled.programs.slice(0, 6) };
    }
    // "website?" alone follows the program just discussed; "programs high relevance" is a new list.
    const bare = aspect !== undefined && words.length <= 4 && !LIST_CUE.test(positive);
    if (recalled.programs.length === 1 && (backRef || bare)) {
      const [programId] = recalled.programs as [string];
      if (FULL_PROFILE.test(positive) || /\b(?:tell me more|more)\b/.test(positive))
        return { intent: 'detail', programId, full: true };
      if (aspect) return { intent: 'detail', programId, aspect };
    }
    if (
      recalled.programs.length >= 2 &&
      aspect &&
      backRef &&
      !hasFilters(parseFilters(positive, topicWords))
    ) {
      return { intent: 'compare', programIds: recalled.programs.slice(0, 6) };
    }
    return undefined;
  };

  return (question: string, recalled?: Recalled) => {
    if (question.length > MAX_QUESTION_LENGTH) return { intent: 'unknown', reason: 'too-long' };
    const keep = acronymsOf(question);
    const broken = correct(normalizeWithBreaks(question), keep);
    const text = broken.replace(/ ?\| ?/g, ' ').trim();
    // A message of only emoji ("👍") is a nod, not a question.
    if (text.length === 0 && /\p{Extended_Pictographic}/u.test(question))
      return { intent: 'smalltalk', kind: 'ack', spanish: false };
    if (text.length === 0 || HELP_ONLY.test(text) || HELP_PHRASE.test(text)) return { intent: 'help' };
    const smalltalk = detectSmalltalk(text);
    if (smalltalk) return { intent: 'smalltalk', ...smalltalk };
    if (TIPS_HOW.test(text)) return { intent: 'help', about: 'tips' };

    const { positive, negated } = splitNegation(broken);
    const ids = matchPrograms(positive);
    // Outside names are matched on the words as typed: the typo corrector knows only this topic's words.
    const [outsideId] =
      ids.length === 0 ? matchOutside(splitNegation(normalizeWithBreaks(question)).positive) : [];
    if (outsideId) return { intent: 'notInTopic', outsideId };
    const excludedIds = negated.flatMap((span) => matchPrograms(span));

    const followUp = resolveFollowUp(text, positive, ids, recalled);
    if (followUp) return followUp;

    if (ids.length >= 2) return { intent: 'compare', programIds: ids };
    if (
      ids.length === 0 &&
      excludedIds.length === 0 &&
      COMPARE_WORD.test(text) &&
      (ALL_CUE.test(text) || /\b(?:them|programs|all \d)\b/.test(text))
    ) {
      return { intent: 'compare', programIds: allIds };
    }
    if (ids.length === 1) {
      const [programId] = ids as [string];
      if (FULL_PROFILE.test(positive)) return { intent: 'detail', programId, full: true };
      const aspect =
        detectAspect(positive) ??
        // Word forms only when the words as typed name no aspect ("who makes it" → "who make it").
        detectAspect(lemmatize(positive).lemmas.join(' ')) ??
        (AUDIENCE_GROUPS.some((g) => g.pattern.test(positive)) ? 'audience' : undefined);
      return aspect ? { intent: 'detail', programId, aspect } : { intent: 'detail', programId };
    }

    if (OUT_OF_SCOPE.test(text)) return { intent: 'unknown', reason: 'not-understood' };
    // A typo of a word the bot knows ("availble") is not a name.
    const knownWord = (w: string) => knownWords.has(w) || correct(w) !== w;
    // A name typed as one ("EMDR", "the Sanctuary Model") comes before the words around it ("rating").
    const typedName = excludedIds.length === 0 ? findProgramLikeName(question, knownWord, false) : undefined;
    if (typedName) return { intent: 'notInTopic', name: typedName };
    if (STUDY_DESIGN.test(text) && hasEntry('rct'))
      return { intent: 'explain', topic: { kind: 'glossary', id: 'rct' } };
    if (REVIEW_PROCESS.test(text) && hasEntry('cebc-review'))
      return { intent: 'explain', topic: { kind: 'glossary', id: 'cebc-review' } };
    if (INCLUSION.test(text) && hasEntry('topic'))
      return { intent: 'explain', topic: { kind: 'glossary', id: 'topic' } };
    if (
      (RELEVANCE_EXPLAIN.test(text) ||
        (/\bcws\b/.test(text) && /\b(?:mean|means|stand for|stands for|what is)\b/.test(text))) &&
      !ASKS_FOR_PROGRAMS.test(text)
    ) {
      const level = relevanceLevelIn(text);
      return { intent: 'explain', topic: level ? { kind: 'relevance', level } : { kind: 'relevance' } };
    }
    if ((RATING_EXPLAIN.test(text) || LEVEL_EXPLAIN.test(text)) && !ASKS_FOR_PROGRAMS.test(text)) {
      const level = ratingLevelIn(text);
      return { intent: 'explain', topic: level ? { kind: 'rating', level } : { kind: 'rating' } };
    }

    const glossary = findGlossary(text);
    const glossaryId = glossary?.id;
    // A trigger of three or more words ("how does a program get listed") is a question on its own.
    const questionTrigger = glossary !== undefined && tokens(glossary.trigger).length >= 3;
    const listCue = LIST_CUE.test(text);
    const filters = parseFilters(positive, topicWords);
    const exclusionFilters = negated.map((span) => parseExcluded(span, topicWords)).filter(hasFilters);
    const filtered = hasFilters(filters);
    const excluding = exclusionFilters.length > 0 || excludedIds.length > 0;
    const explainForm = EXPLAIN_FORM.test(text);
    // A message that is only a term ("burnout?", "compassion fatigue") asks what it means.
    if (glossary && !excluding && text === glossary.trigger) {
      return { intent: 'explain', topic: { kind: 'glossary', id: glossary.id } };
    }
    // "what's out there for sts": the whole topic is STS, so a list cue with only "sts" wants the list.
    const topicOnly = glossaryId === 'sts' && listCue;
    if (
      glossaryId &&
      !topicOnly &&
      (explainForm || questionTrigger) &&
      !excluding &&
      !(listCue && filtered && !/\b(?:what is|whats|what are|mean|same)\b/.test(text))
    ) {
      return { intent: 'explain', topic: { kind: 'glossary', id: glossaryId } };
    }

    if (TIP_CUE.test(text) && !(listCue && /\bprograms?\b/.test(text))) {
      const forLeaders = SUPERVISOR_WORDS?.test(text) || TEAM_CARE.test(text);
      return forLeaders ? { intent: 'tip', audience: 'supervisors' } : { intent: 'tip' };
    }

    const unknownName = findProgramLikeName(question, knownWord, !filtered);
    if (unknownName && !excluding) return { intent: 'notInTopic', name: unknownName };

    const rank = detectRank(positive);
    if (rank?.by === 'evidence' && filters.rating) delete filters.rating;
    const within =
      recalled && recalled.programs.length > 1 && WITHIN_LAST.test(text) ? recalled.programs : undefined;
    // "who is my supervisor", "how many cases should a caseworker have": a word for staff is no list.
    const onlyAudience =
      filters.audiences.length > 0 &&
      !hasFilters({ ...filters, audiences: [] }) &&
      !listCue &&
      !excluding &&
      !rank;
    if (onlyAudience && NOT_ABOUT_PROGRAMS.test(text)) return { intent: 'unknown', reason: 'not-understood' };
    if (filtered || listCue || excluding || rank || within) {
      const merged = within && recalled?.filters ? mergeFilters(recalled.filters, filters) : filters;
      return {
        intent: 'list',
        filters: merged,
        ...(excluding ? { exclude: { filters: exclusionFilters, programIds: excludedIds } } : {}),
        ...(within ? { within } : {}),
        ...(rank ? { rank } : {}),
      };
    }
    if (glossaryId && tokens(text).length <= 4)
      return { intent: 'explain', topic: { kind: 'glossary', id: glossaryId } };
    if (COMPARE_CUE.test(text) && /\bprograms?\b/.test(text)) return { intent: 'list', filters };
    return { intent: 'unknown', reason: 'not-understood' };
  };
}
