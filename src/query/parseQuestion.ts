import type { Content } from '../content/loadContent.js';
import type { RatingLevelT, RelevanceLevelT } from '../content/schema.js';
import { COMMON_WORDS, CORE_WORDS, createTypoCorrector } from './correctTypos.js';
import { createProgramMatcher } from './matchPrograms.js';
import { containsPhrase, normalize, tokens } from './normalize.js';
import { type Filters, hasFilters, parseFilters, topicVocabulary } from './parseFilters.js';
import { ALL_CUE, LIST_CUE, ratingFromWord } from './vocabulary.js';

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
  | { intent: 'help'; thanks?: true }
  | { intent: 'tip' }
  | { intent: 'unknown'; reason: 'too-long' | 'not-understood' }
  | { intent: 'detail'; programId: string; aspect?: Aspect }
  | { intent: 'compare'; programIds: string[] }
  | { intent: 'explain'; topic: ExplainTopic }
  | { intent: 'list'; filters: Filters };

const ASPECT_PATTERNS: { aspect: Aspect; pattern: RegExp }[] = [
  {
    aspect: 'length',
    pattern:
      /\b(?:how long|length|duration|how many (?:hours|days|weeks|sessions)|time commitment|take to complete|last)\b/,
  },
  { aspect: 'cost', pattern: /\b(?:cost|costs|price|pricing|free|pay|fee|fees|how much)\b/ },
  { aspect: 'languages', pattern: /\b(?:languages?|spanish|english|translated|translation)\b/ },
  {
    aspect: 'website',
    pattern:
      /\b(?:website|web site|site|link|url|sign up|signup|enroll|register|contact|where can i (?:find|get|learn))\b/,
  },
  {
    aspect: 'deliveredBy',
    pattern:
      /\b(?:who (?:delivers|teaches|leads|facilitates|runs the (?:class|sessions|course))|facilitators?|trainers?|teachers of|certif\w*|deliver it|become a)\b/,
  },
  {
    aspect: 'developer',
    pattern:
      /\b(?:who (?:made|created|developed|designed|owns|runs|is behind)|developers?|developed by|created by|organi[sz]ation|founder)\b/,
  },
  {
    aspect: 'research',
    pattern:
      /\b(?:research|evidence|studies|study|proof|does it work|effective|outcomes|results|rct|trial)\b/,
  },
  { aspect: 'measures', pattern: /\b(?:measures?|measured|scales?|proqol|stss|instruments?|assessments?)\b/ },
  {
    aspect: 'components',
    pattern:
      /\b(?:skills|components|what do (?:you|they|i|we) learn|what does it (?:teach|include|involve)|includes?|content|modules|steps|how does it work)\b/,
  },
  { aspect: 'rating', pattern: /\b(?:rating|rated|score|scientific)\b/ },
  { aspect: 'relevance', pattern: /\b(?:relevance|relevant)\b/ },
  {
    aspect: 'audience',
    pattern:
      /\b(?:who is it for|who its for|for who|for whom|who can|audience|eligible|target|meant for|designed for|appropriate for|good for)\b/,
  },
  {
    aspect: 'format',
    pattern:
      /\b(?:online|in person|virtual|format|group|individual|self guided|self paced|zoom|remote|how is it delivered|delivered)\b/,
  },
];

const HELP_ONLY =
  /^(?:help|help me|helps|\?+|h|menu|commands?|usage|start|hi|hello|hey|hiya|howdy|yo|info|about|options|help pls|help please|pls help|hello there|hi there)$/;
const HELP_PHRASE =
  /\b(?:what can you do|what do you do|what can i ask|how do i use|how does this (?:bot )?work|what are you|who are you|what is this bot|how to use|what (?:kind of )?(?:questions|things) can|what are your commands|list (?:of )?commands|example questions)\b/;

const THANKS =
  /^(?:thanks?|thank you|thank u|thx|ty|cheers|great thanks|ok thanks|okay thanks|thanks so much|thank you so much|appreciate it)(?: (?:so much|a lot|very much|again|bot))?$/;

const TIP_CUE =
  /\b(?:tip|tips|tipp|self ?care (?:idea|ideas|tip|tips|suggestion|suggestions)|decompress|destress|de stress|unwind|recharge|wind down|(?:idea|need|want|how) to reset|reset (?:myself|after)|calm down|coping (?:idea|skill|strategy)|quick idea|something to help me|help me (?:relax|cope|breathe|calm)|i need a break|grounding exercise|breathing exercise)\b/;

const COMPARE_CUE =
  /\b(?:comapre|compair|compre|compare|comparison|compared|vs|versus|difference|differences|differ|better|or|and|between)\b/;

const EXPLAIN_FORM =
  /\b(?:what is|whats|what are|what does|what do|define|definition|meaning|mean|means|explain|difference|differences|differ|vs|versus|signs|symptoms|how do i know|tell me about|describe|what it is|what (?:\w+ ){1,3}is|is it|is (?:that|this) )\b/;

const RATING_EXPLAIN =
  /\b(?:rating scale|scientific rating|ratings|rating|rated|rate|score|scores|levels?)\b.*\b(?:mean|means|meaning|scale|explain|work|works|system|what is|whats|levels|how)\b|\b(?:what is|whats|what does|explain|meaning of|define)\b.*\b(?:rating|well supported|supported|promising|concerning|not able to be rated|nr|fails to demonstrate)\b/;

const RELEVANCE_EXPLAIN =
  /\brelevan\w*\b.*\b(?:mean|means|meaning|explain|what is|whats|levels|how|definition|work)\b|\b(?:what is|whats|what does|explain|meaning of|define)\b.*\brelevan\w*/;

function detectAspect(text: string): Aspect | undefined {
  return ASPECT_PATTERNS.find(({ pattern }) => pattern.test(text))?.aspect;
}

function ratingLevelIn(text: string): RatingLevelT | undefined {
  const number = text.match(/\b(1|2|3|4|5|one|two|three|four|five|nr)\b/);
  if (number) return ratingFromWord(number[1] ?? '');
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

export type QuestionParser = (question: string) => ParsedQuestion;

/** Builds the parser once per catalog: the alias index and topic vocabulary come from content/. */
export function createQuestionParser(content: Content): QuestionParser {
  const matchPrograms = createProgramMatcher(content.programs);
  const topicWords = topicVocabulary(content.programs);
  const allIds = content.programs.map((p) => p.id);
  const glossaryTriggers = content.glossary.entries
    .flatMap((entry) => entry.triggers.map((t) => ({ id: entry.id, trigger: normalize(t) })))
    .sort((a, b) => b.trigger.length - a.trigger.length);

  const correct = createTypoCorrector([
    ...CORE_WORDS,
    COMMON_WORDS,
    ...topicWords.words,
    ...glossaryTriggers.map((g) => g.trigger),
    ...content.programs.flatMap((p) => [p.name, p.shortName, ...p.aliases].map(normalize)),
  ]);

  const findGlossary = (text: string) =>
    glossaryTriggers.find(({ trigger }) => containsPhrase(text, trigger))?.id;

  return (question: string) => {
    if (question.length > MAX_QUESTION_LENGTH) return { intent: 'unknown', reason: 'too-long' };
    const text = correct(normalize(question));
    if (text.length === 0 || HELP_ONLY.test(text) || HELP_PHRASE.test(text)) return { intent: 'help' };
    if (THANKS.test(text)) return { intent: 'help', thanks: true };

    const ids = matchPrograms(text);
    const listCue = LIST_CUE.test(text);

    if (ids.length >= 2) return { intent: 'compare', programIds: ids };
    if (
      ids.length === 0 &&
      /\b(?:compare|comapre|compair|compre|comparison|vs|versus|side by side)\b/.test(text) &&
      (ALL_CUE.test(text) || /\b(?:them|programs|all \d)\b/.test(text))
    ) {
      return { intent: 'compare', programIds: allIds };
    }
    if (ids.length === 1) {
      const [programId] = ids as [string];
      const aspect = detectAspect(text);
      return aspect ? { intent: 'detail', programId, aspect } : { intent: 'detail', programId };
    }

    if (RELEVANCE_EXPLAIN.test(text) && !/\bprograms?\b/.test(text)) {
      const level = relevanceLevelIn(text);
      return { intent: 'explain', topic: level ? { kind: 'relevance', level } : { kind: 'relevance' } };
    }
    if (RATING_EXPLAIN.test(text) && !/\bprograms?\b/.test(text)) {
      const level = ratingLevelIn(text);
      return { intent: 'explain', topic: level ? { kind: 'rating', level } : { kind: 'rating' } };
    }

    const glossaryId = findGlossary(text);
    const filters = parseFilters(text, topicWords);
    const filtered = hasFilters(filters);
    const explainForm = EXPLAIN_FORM.test(text);
    if (
      glossaryId &&
      explainForm &&
      !(listCue && filtered && !/\b(?:what is|whats|what are|mean)\b/.test(text))
    ) {
      return { intent: 'explain', topic: { kind: 'glossary', id: glossaryId } };
    }

    if (TIP_CUE.test(text) && !(listCue && /\bprograms?\b/.test(text))) return { intent: 'tip' };
    if (filtered || listCue) return { intent: 'list', filters };
    if (glossaryId && tokens(text).length <= 4)
      return { intent: 'explain', topic: { kind: 'glossary', id: glossaryId } };
    if (COMPARE_CUE.test(text) && /\bprograms?\b/.test(text)) return { intent: 'list', filters };
    return { intent: 'unknown', reason: 'not-understood' };
  };
}
