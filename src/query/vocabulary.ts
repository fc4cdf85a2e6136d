import type { FormatTagT, RatingLevelT, RelevanceLevelT } from '../content/schema.js';

/**
 * The words staff use, mapped to the tags and levels in content/. Patterns run on normalized text
 * (lower case, punctuation as spaces, apostrophes dropped).
 */

export const RELEVANCE_PATTERNS: { level: RelevanceLevelT; pattern: RegExp }[] = [
  {
    level: 'High',
    pattern:
      /\b(?:high(?:ly)?|hi|most|very|top) (?:(?:on|for|in|of|a|the|its|cws|cw|child|welfare) ){0,4}relevan(?:ce|t|cy)\b|\brelevan(?:ce|cy)(?: level)?(?: is| of| =| rating)? high\b|\brelevan(?:ce|cy)(?: level)? h\b/,
  },
  {
    level: 'Medium',
    pattern:
      /\b(?:medium|med|moderate(?:ly)?|mid) (?:(?:on|for|in|of|a|the|its|cws|cw|child|welfare) ){0,4}relevan(?:ce|t|cy)\b|\brelevan(?:ce|cy)(?: level)?(?: is| of| =| rating)? (?:medium|med|moderate)\b/,
  },
  {
    level: 'Low',
    pattern:
      /\blow (?:(?:on|for|in|of|a|the|its|cws|cw|child|welfare) ){0,4}relevan(?:ce|t|cy)\b|\brelevan(?:ce|cy)(?: level)?(?: is| of| =| rating)? low\b/,
  },
];

const NUMBER_WORDS: Record<string, RatingLevelT> = {
  '1': '1',
  one: '1',
  '2': '2',
  two: '2',
  '3': '3',
  three: '3',
  '4': '4',
  four: '4',
  '5': '5',
  five: '5',
  nr: 'NR',
};

export function ratingFromWord(word: string): RatingLevelT | undefined {
  return NUMBER_WORDS[word];
}

export const RATING_NUMBER =
  /\b(?:rated|rating|ratings|rating of|rated at|scientific rating|score|scored|level)(?: of| at| a| is| =)? (1|2|3|4|5|one|two|three|four|five|nr)\b(?: (or (?:better|higher|above|more)))?/;

export const RATING_WORDS: { level: RatingLevelT; pattern: RegExp }[] = [
  { level: '1', pattern: /\bwell supported\b/ },
  {
    level: '2',
    pattern:
      /\b(?:(?:rated|are|is|as|just) supported|supported by (?:research|evidence)|supported programs?)\b/,
  },
  { level: '3', pattern: /\bpromising\b/ },
  { level: '4', pattern: /\b(?:fails? to demonstrate(?: effect)?|fail to show|no effect)\b/ },
  { level: '5', pattern: /\bconcerning(?: practice)?\b/ },
  {
    level: 'NR',
    pattern:
      /\b(?:not rated|unrated|not able to be rated|cant be rated|nr rated|(?:are|is|as|rated) nr|nr programs?)\b/,
  },
];

/** "best rated", "most evidence": the best level present in the catalog. */
export const RATING_BEST =
  /\b(?:best|highest|top|strongest|most) (?:rated|rating|evidence|research|evidence based|supported)\b|\bevidence based\b/;

export const FORMAT_PATTERNS: { tag: FormatTagT; pattern: RegExp }[] = [
  {
    tag: 'online',
    pattern:
      /\b(?:online|on line|virtual(?:ly)?|remote(?:ly)?|zoom|web based|internet|e learning|elearning)\b/,
  },
  { tag: 'in-person', pattern: /\b(?:in person|inperson|face to face|f2f|on site|onsite|in the office)\b/ },
  { tag: 'group', pattern: /\b(?:group|groups|group based|cohort|workshop|workshops)\b/ },
  {
    tag: 'individual',
    pattern: /\b(?:individual|individually|one on one|1 on 1|1 1|solo|alone|by myself)\b/,
  },
  {
    tag: 'self-guided',
    pattern:
      /\b(?:self guided|self paced|self help|self directed|own pace|on my own|on your own|asynchronous|async)\b/,
  },
];

export interface AudienceGroup {
  label: string;
  pattern: RegExp;
  /** A program is for this group when its content audience tags include one of these. */
  tags: string[];
}

export const AUDIENCE_GROUPS: AudienceGroup[] = [
  {
    label: 'caseworkers',
    pattern:
      /\b(?:case ?workers?|case managers?|social workers?|child welfare (?:staff|workers?|professionals?)|(?:cw|cws|cps|dcfs|dss|child protective services) (?:staff|workers?)|front ?line (?:staff|workers?)|frontline|line staff|investigators?|(?:ongoing|intake|hotline|permanency|adoption|family support|placement) (?:staff|workers?)|hotline)\b/,
    tags: ['caseworkers', 'social workers', 'child welfare staff'],
  },
  {
    label: 'supervisors and managers',
    pattern:
      /\b(?:supervisors?|supervisory|managers?|(?<!case )management|leadership|leaders?|administrators?|admins?|directors?|execs?|executives?)\b/,
    tags: ['supervisors', 'managers', 'administrators', 'directors', 'leadership'],
  },
  {
    label: 'healthcare staff',
    pattern:
      /\b(?:health ?care(?: (?:staff|workers?|professionals?|teams?))?|nurses?|nursing|doctors?|physicians?|hospitals?|medical (?:staff|teams?)|health workers?)\b/,
    tags: ['healthcare staff', 'nurses'],
  },
  {
    label: 'clinicians',
    pattern:
      /\b(?:clinicians?|clinical staff|therapists?|counsell?ors?|mental health (?:staff|workers?|professionals?|clinicians?))\b/,
    tags: ['clinicians', 'therapists', 'mental health staff'],
  },
  {
    label: 'foster families',
    pattern:
      /\b(?:foster (?:famil(?:y|ies)|parents?|carers?|caregivers?|homes?)|resource (?:famil(?:y|ies)|parents?)|kinship(?: caregivers?| carers?| famil(?:y|ies))?|caregivers?)\b/,
    tags: ['foster families', 'foster parents', 'resource parents', 'kinship caregivers', 'caregivers'],
  },
  {
    label: 'teachers',
    pattern: /\b(?:teachers?|educators?|school staff)\b/,
    tags: ['teachers'],
  },
  {
    label: 'first responders',
    pattern: /\b(?:first responders?|paramedics?|emts?|firefighters?|police)\b/,
    tags: ['first responders'],
  },
];

export const LENGTH_SHORT =
  /\b(?:short|shortest|quick|quickest|brief|not too long|doesnt take long|fast|low time commitment)\b/;
export const LENGTH_ONGOING = /\b(?:ongoing|on going|long term|longer term|continuous|indefinite)\b/;

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
};

export const LENGTH_DURATION =
  /\b(?:(under|less than|within|at most|max|no more than|shorter than|up to) )?(\d{1,3}|a|an|one|single|half an?|two|couple|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)(?: of)? (hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|sessions?)\b/;

export function countFromWord(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNT_WORDS[word];
}

/**
 * Everyday words for topics the catalog names otherwise: "staff retention" is what CRM's "turnover"
 * means. Each maps to a topic word that is in content; the parser rewrites them before reading filters.
 */
export const TOPIC_SYNONYMS: { pattern: RegExp; topic: string }[] = [
  { pattern: /\b(?:staff )?retention\b|\bpeople leaving\b|\bstaff leaving\b/g, topic: 'turnover' },
  { pattern: /\bteam ?(?:building|work|cohesion)\b/g, topic: 'teamwork' },
  { pattern: /\bmeditation\b|\bmeditate\b/g, topic: 'mindfulness' },
  {
    pattern:
      /\b(?:being kind(?:er)? to (?:yourself|myself|ourselves)|self ?kindness|kindness to (?:yourself|myself))\b/g,
    topic: 'self compassion',
  },
  {
    pattern: /\b(?:self ?blame|self ?judg(?:e)?ment|(?:hard|harsh) on (?:yourself|myself|ourselves))\b/g,
    topic: 'self criticism',
  },
  { pattern: /\bplacement (?:disruptions?|breakdowns?)\b/g, topic: 'placement stability' },
  { pattern: /\bself ?critical\b|\bself ?critic\b/g, topic: 'self criticism' },
];

/** Words that make a question a request for a list of programs. */
export const LIST_CUE =
  /\b(?:programs?|progams?|programmes?|interventions?|options?|list|which|anything|any thing|recommend|suggest|available|resources|whats out there|what is out there|show me|all of them|everything|what helps|what can help|something for|ones?)\b/;

export const ALL_CUE = /\b(?:all|every|everything|all of them|full list|whole list|each)\b/;
