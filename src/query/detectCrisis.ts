import { normalize } from './normalize.js';

/**
 * Crisis language, checked before anything else. Patterns run on normalized text (apostrophes dropped,
 * so "can't" is "cant"). They lean towards showing help: a false alarm costs a few lines, a miss
 * could cost far more. Patterns about other people ("my client wants to die") are left out on purpose.
 */
const ME =
  '(?:i|im|i am|ive|i have|i ve|i just|i really|i honestly|i kinda|i kind of|i sometimes|i keep|i still)';

const CRISIS_PATTERNS: RegExp[] = [
  // Explicit intent or thoughts.
  /\b(?:kill|killing|hang|hanging|shoot|shooting|off|offing|hurt|hurting|harm|harming|cut|cutting) (?:my ?self)\b/,
  /\b(?:end|ending|take|taking) (?:my (?:own )?life|it all)\b/,
  /\bsuicid(?:e|al)\b/,
  /\bself ?harm(?:ing)?\b/,
  /\boverdos(?:e|ing)\b/,
  new RegExp(
    `\\b${ME} (?:\\w+ )?(?:want|wanna|wanted|wish|going|gonna|plan|planning|thinking about|thought about) (?:to )?(?:die|be dead|not wake up|not be alive|disappear forever)\\b`,
  ),
  /\bwish i (?:was|were|could be) dead\b/,
  /\b(?:rather|better off) (?:be )?dead\b/,
  /\bwant (?:to|it to) (?:all )?end (?:it|my life|everything)\b/,
  // Indirect: hopelessness, burden, wanting not to exist.
  /\b(?:no|not any|nothing|no more) (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|be alive)\b/,
  /\bnothing (?:left )?to live for\b/,
  /\bwhats the point (?:of|in) (?:living|life|going on|anything|being alive|it all)\b/,
  /\b(?:dont|do not|didnt) want to (?:live|be alive|exist|wake up|be here anymore|be here any more|go on)\b/,
  /\bcant (?:go on|keep going|do this|take (?:it|this)|live like this)(?: any ?more| like this)?\b/,
  /\b(?:everyone|everybody|they|my family|my kids|the world) (?:would|will|d) be better off without me\b/,
  /\bbetter off without me\b/,
  /\bno way out\b/,
  // Asking for help now, or for the crisis lines themselves: the answer is the same.
  /\b(?:im|i am) in (?:a )?crisis\b/,
  /\bi need (?:help|someone|to talk to someone) (?:right )?now\b/,
  /\b(?:crisis|suicide|emergency) (?:line|lines|hotline|hotlines|number|numbers|resources|support|text line)\b/,
  /\bcrisis text\b|\b988\b/,
  /\b(?:dont|do not|cant|no longer) see (?:the|any) point (?:in|of) (?:living|life|going on|anything|being alive|being here)\b/,
  /\b(?:go to sleep|fall asleep|sleep) and (?:not|never) wake up\b/,
  /\b(?:saving|stockpiling|hoarding|collecting) (?:up )?(?:my |the |all my )?(?:pills|meds|medication|medications)\b/,
  /\bgive up on (?:life|living|everything)\b/,
  /\bwant (?:to|it to) (?:all )?(?:stop|end) for good\b/,
];

const GLOBAL_PATTERNS = CRISIS_PATTERNS.map((p) => new RegExp(p.source, 'g'));

/** "I'm not suicidal", "never hurt myself": a negation right before the phrase. */
const NEGATED =
  /\b(?:not|never|no|nor|isnt|arent|wasnt|dont|wont|wouldnt|not going to|not gonna)(?: \w+){0,2} $/;

/** Phrases that are themselves negative ("don't want to live") must not be cancelled by their own "don't". */
const SELF_NEGATIVE = /^(?:dont|do not|didnt|cant|no|not any|nothing|no more)\b/;

/** Idioms that look like crisis words but are not ("the client's overdose history", "suicide prevention"). */
const TOPICAL =
  /\b(?:suicide prevention|suicide awareness|suicide risk assessment|suicide screening|safe messaging)\b/;

export function detectCrisis(text: string): boolean {
  const norm = normalize(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (norm.length === 0) return false;
  const withoutTopical = norm.replace(TOPICAL, ' ');
  for (const pattern of GLOBAL_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of withoutTopical.matchAll(pattern)) {
      const before = withoutTopical.slice(0, match.index);
      if (!SELF_NEGATIVE.test(match[0]) && NEGATED.test(before)) continue;
      if (
        /\b(?:client|clients|kid|kids|child|children|youth|parent|mom|dad|she|he|they|someone|somebody)\b/.test(
          before.slice(-25),
        ) &&
        !/\b(?:i|me|my|im)\b/.test(before.slice(-12))
      ) {
        // "the client said she wanted to die": about someone else, not the person asking.
        if (/^(?:want|wanna|wanted|suicid|kill|end|overdos)/.test(match[0])) continue;
      }
      return true;
    }
  }
  return false;
}
