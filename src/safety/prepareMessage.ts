import { createWordCorrector } from '../language/createWordCorrector.js';
import { RISK_WORDS } from './riskWords.js';

/** Safety reads at most this much of a message: long ones still get read, past the question limit. */
const SAFETY_READ_LIMIT = 20_000;

/** A message in the forms the safety patterns read; both keep sentence marks as " . " and commas. */
export interface PreparedMessage {
  /** Lower case, no apostrophes, emoji named, slang spelled out, misspelt risk words corrected. */
  plain: string;
  /** Lower case without accents and without corrections, for the Spanish patterns. */
  spanish: string;
  /** The message asks something ("…?"): a question about grief is not a heavy day told. */
  asks: boolean;
}

/** Emoji that stand for means or for crying; a laughing skull (💀) is left out on purpose. */
const EMOJI: [RegExp, string][] = [
  [/🔫/gu, ' gun '],
  [/💊/gu, ' pills '],
  [/🔪|🗡️?/gu, ' knife '],
  [/🪢/gu, ' rope '],
  [/⚰️?|🪦|☠️?/gu, ' death '],
  [/🩸/gu, ' blood '],
  [/🌉/gu, ' bridge '],
  [/😢|😿/gu, ' crying '],
];

/** Shorthand and slang, matched on whole words of the normalized text. */
const SLANG: [RegExp, string][] = [
  [/\bk ?m ?s+(?:ing|in)?\b/g, 'kill myself'],
  [/\bmy self\b/g, 'myself'],
  [/\bkmsl\b/g, 'laughing'],
  [/\bunaliv(?:e|ed|ing) (myself|me)\b/g, 'kill myself'],
  [/\bunaliv(?:e|ed|ing) (himself|herself|themselves|themself)\b/g, 'kill $1'],
  [/\b(am|is|was|were|be|being) unalive\b/g, '$1 dead'],
  [/\bunaliv(?:e|ed|ing)\b/g, 'die'],
  [/\byeet(?:ing)? myself\b/g, 'throw myself'],
  [
    /\bsewer ?(?:slide|side|cide)\b|\bsooicide\b|\bsuey ?cide\b|\bsu1c1de\b|\bsuic1de\b|\bs u i c i d e\b/g,
    'suicide',
  ],
  [/\bself ?delet(?:e|ed|ing)\b|\bdelete myself\b/g, 'kill myself'],
  [/\b(?:kys|killmyself|kilmyself|killmyslef)\b/g, 'kill myself'],
  [/\b(?:offing|neck|necking|rope|roping) myself\b/g, 'kill myself'],
  [/\b(?:going to|gonna|want to|wanna|finna) rope\b/g, 'going to kill myself'],
  [/\bunalived\b/g, 'dead'],
  [/\bsuisid/g, 'suicid'],
  [/\brazer\b/g, 'razor'],
  [/\b(it|that|they|you|she|he)ll\b/g, '$1 will'],
  [/\beveryones\b/g, 'everyone is'],
  [/\b(?:bout|abt)\b/g, 'about'],
  [/\bsui\b/g, 'suicide'],
  [/\b(?:commit sudoku|sudoku myself|the s word)\b/g, 'suicide'],
  [/\bdespawn(?:ing)?\b/g, 'die'],
  [/\b(?:hit(?:ting)? the )?uninstall(?: button)? on myself\b/g, 'kill myself'],
  [/\bun alive\b/g, 'unalive'],
  [
    /\b(?:brain|head|voice|thoughts?)(?: \w+){0,2} (?:saying|telling me|says|tells me|say) (?:to )?(?:kill|unalive|kys|end|off) (?:urself|yourself|it)\b/g,
    'i want to kill myself',
  ],
  [/\b(?:knife|blood)(?: blood| knife)? urges\b/g, 'self harm urges'],
  [/\bhrm\b/g, 'harm'],
  [/\bd+i+e+\b/g, 'die'],
  [/\bk+i+l+\b/g, 'kill'],
  [/\boverdoes on\b/g, 'overdosed on'],
  [/\bmy s ?h\b/g, 'my selfharm'],
  [/\bs ?h era\b/g, 'self harm era'],
  [/\bctb\b/g, 'kill myself'],
  [/\b(?:log|logging) off (?:for good|permanently|forever)\b/g, 'kill myself'],
  [/\bdirt ?nap\b/g, 'death'],
  [
    /\b(urges?|urge to|relapsed on|relapsing on|want to|wanna|been|started|going to|gonna) s ?h\b/g,
    '$1 self harm',
  ],
  [/\bs ?h (urges?|again|relapse)\b/g, 'self harm $1'],
  [/\bsh ?ing\b/g, 'self harming'],
  [/\bod(?:ed|ing)?\b/g, 'overdose'],
  [/\brn\b/g, 'right now'],
  [/\btn\b/g, 'tonight'],
  [/\bal\b/g, 'all'],
  [/\bwhats\b/g, 'what is'],
  [/\bthats\b/g, 'that is'],
  [/\b(she|he|it)s\b/g, '$1 is'],
  [/\btheyre\b/g, 'they are'],
  [/\bwasnt\b/g, 'was not'],
  [/\bwerent\b/g, 'were not'],
  [/\bisnt\b/g, 'is not'],
  [/\b(?:2nite|2night|tonite|tnite|toniht|tonigth)\b/g, 'tonight'],
  [/\b(?:tmrw|tmr|tmrow|2moro|2morrow)\b/g, 'tomorrow'],
  [/\b(?:wanna|wana|wnna)\b/g, 'want to'],
  [/\b(?:gonna|gona|finna|fixing to|fixin to)\b/g, 'going to'],
  [/\b(?:imma|ima)\b/g, 'i am going to'],
  [/\bim\b/g, 'i am'],
  [/\bid\b(?= (?:rather|be|just|never|kill|end|die|love))/g, 'i would'],
  [/\bill\b(?= (?:just|really|probably|never|kill|end|do|take|jump|be|go|die|finally|make))/g, 'i will'],
  [/\bwont\b/g, 'will not'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(?:cuz|bc|coz)\b/g, 'because'],
  [/\b(?:pils|pillz)\b/g, 'pills'],
  [/\b(?:ded)\b/g, 'dead'],
  [/\b(?:kil|kll|kiil)\b/g, 'kill'],
  [/\b(?:myslf|mysef|meself)\b/g, 'myself'],
  [/\b(?:anymre|nymore)\b/g, 'anymore'],
];

/** Idioms that look like risk words but are not, blanked before any pattern runs. */
const IDIOMS: RegExp[] = [
  /\b(?:i would|id|would|i d) rather (?:die|be dead|kill myself) than (?:sit|go|do|attend|listen|watch|read|fill|write|be in|work|deal|hear|talk)\b/g,
  /\b(?:is|was|be|are|its|a total|such a|an absolute) (?:a )?nightmare (?:to|of a|with)\b/g,
  /\bshoot(?:ing)? myself (?:a|an|another|the) (?:\w+ )?(?:email|e mail|text|note|reminder|message|dm|invite|memo|calendar|link|copy)\w*/g,
  /\bcut(?:ting)? myself (?:a little |some |more )?(?:slack|a break|off|short|a slice|a piece|in)\b/g,
  /\bkill(?:ing|ed)? myself (?:laughing|over|to (?:get|make|finish|meet|keep|hit)|with (?:work|this)|on this|working|trying)\b/g,
  /\bkill(?:ing|ed)? it\b/g,
  /\b(?:die|dying|died|dead) (?:to (?:know|see|try|hear|get)|of (?:embarrassment|boredom|laughter|shame|cringe)|laughing|for (?:a |some )?(?:coffee|drink|nap|beer|burger|snack|vacation|day off|weekend|break))\b/g,
  /\bdead (?:tired|on my feet|serious|last|center|end|set|battery|weight)\b|\bdeadline\w*\b|\bdrop dead\b/g,
  /\b(?:phone|battery|laptop|computer|car|printer|copier|wifi|internet|zoom|teams|slack) (?:is |was |just |finally |totally )?(?:dead|died|dying)\b/g,
  /\b(?:bored|scared|worried|sick|tickled|loved) to death\b/g,
  /\b(?:could|would) (?:murder|kill for) (?:a|an|some)\b/g,
  /\bover my dead body\b/g,
  /\b(?:so )?(?:boring|bored|long|awkward|embarrassing|cringe)(?: \S+){0,4}? i (?:wanted|want|was going) to die\b/g,
  /\b(?:if i have to|one more)(?: \S+){0,6}? (?:i am |im )?(?:going to|gonna) die\b/g,
  /\b(?:before )?it dies\b/g,
  /\b(?:laptop|computer|phone|printer|car|wifi|internet|server|system|excel|spreadsheet|file|app|database|router|pc) (?:\w+ ){0,3}?(?:suicidal|dying|dead|took the l|unalived|committing \w+)\b/g,
  /\b(?:sewerslide|sewer slide|suicide) material\b/g,
  /\b(?:career|political|social|professional) suicide\b|\bsuicide (?:squad|mission|run|doors?|drills?|sprints?)\b/g,
  /\b(?:this|the|my) (?:job|caseload|case load|commute|traffic|paperwork|week|day|heat|meeting|court|supervisor|boss|report) (?:is |are )?(?:killing|kills|gonna kill|going to kill) me\b/g,
  /\bend(?:ing)? (?:the|this|our) (?:call|meeting|session|day|shift|week|visit|conversation)\b/g,
  /\boverdos\w* on (?:sugar|coffee|caffeine|candy|cake|chocolate|cookies|donuts|netflix|work|meetings|zoom|paperwork|memes|carbs|pizza|snacks|tea)\b/g,
];

/** Sentence marks become " . ", commas " , ", everything else but letters and digits a space. */
function punctuate(text: string): string {
  return text
    .replace(/[.!?;:\n\r]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/[^\p{L}\p{N} .,]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lowerCase(text: string): string {
  // "SI" in capitals is clinical shorthand for suicidal ideation; lower-case "si" is Spanish "yes".
  let out = text
    .normalize('NFKC')
    .replace(/\bS\/?I\b/g, ' suicidal ideation ')
    .replace(/\bSH\b/g, ' self harm ')
    .replace(/🔫 ?(?=myself|me\b)/gu, ' shoot ');
  for (const [pattern, word] of EMOJI) out = out.replace(pattern, word);
  return out.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

const correct = createWordCorrector(RISK_WORDS);
const SPELLED_OUT = new Set<string>([...RISK_WORDS, 'kms', 'die', 'kill', 'dead']);

/** "s u i c i d a l", "k m s": letters typed one by one, joined when they spell a risk word. */
function joinSpelledOut(text: string): string {
  return text.replace(/\b(?:\p{L} ){2,}\p{L}\b/gu, (run) => {
    const word = run.replace(/ /g, '');
    return SPELLED_OUT.has(word) ? word : run;
  });
}

export function prepareMessage(text: string): PreparedMessage {
  const lower = lowerCase(text.length > SAFETY_READ_LIMIT ? text.slice(0, SAFETY_READ_LIMIT) : text);
  const spanish = punctuate(
    lower
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/'/g, ''),
  )
    .replace(/\bk(?=i|e)/g, 'qu')
    .replace(/suisid/g, 'suicid')
    .replace(/\bmatr(me|se)\b/g, 'mata$1');

  let plain = lower
    .replace(/\bo\.?d\.?'?(?:d|ed)\b/g, 'overdosed')
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .replace(/\bs\/i\b/g, ' suicidal ideation ')
    .replace(/'/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/(?<=\p{L})\*+(?=\p{L})/gu, '')
    .replace(/(?<=\p{L})11(?=\b|\p{L})/gu, 'll')
    .replace(/\b\S*\p{L}\d+\p{L}\S*/gu, (w) =>
      w
        .replace(/1/g, 'i')
        .replace(/0/g, 'o')
        .replace(/3/g, 'e')
        .replace(/4/g, 'a')
        .replace(/5/g, 's')
        .replace(/7/g, 't'),
    )
    .replace(/(?<=\p{L})[!1|](?=\p{L})/gu, 'i')
    .replace(/(?<=\p{L})0(?=\p{L})/gu, 'o')
    .replace(/(?<=\p{L})3(?=\p{L})/gu, 'e')
    .replace(/(?<=\p{L})[@4](?=\p{L})/gu, 'a')
    .replace(/(?<=\p{L})\$(?=\p{L})/gu, 's');
  plain = joinSpelledOut(punctuate(plain));
  // Slang first, so contractions are not "corrected" ("wasnt" is not a typo for "want"); then again
  // after correction for misspelt slang ("unalive myslef").
  for (const [pattern, replacement] of SLANG) plain = plain.replace(pattern, replacement);
  plain = plain.replace(/\p{L}+/gu, (word) => correct(word));
  for (const [pattern, replacement] of SLANG) plain = plain.replace(pattern, replacement);
  for (const idiom of IDIOMS) plain = plain.replace(idiom, ' ');
  plain = plain.replace(/\s+/g, ' ').trim();

  return { plain, spanish, asks: text.includes('?') };
}
