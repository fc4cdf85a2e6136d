/**
 * Danger now, read as concepts that meet in one sentence rather than as fixed phrases: a weapon
 * with a time or within reach, something swallowed with its effects, a high place with someone on
 * it. Phrasings vary without end ("loaded the 9mm. this weekend", "heart racing from what i took");
 * the concepts do not. Reads the plain text (tense kept) one sentence at a time.
 */

/** Means that exist to hurt: with a time set or within reach, they are danger now. */
const WEAPON =
  /\b(?:noose|belt|cord|guns|pistol|revolver|rifle|shotgun|firearm|handgun|glock|9mm|38|45|ar|ar15|strap|rope|noose|blade|blades|razor|razors|box cutter|knife|hose)\b/;

/** What people swallow or take to overdose, brand and street names included. */
const SUBSTANCE =
  /\b(?:pills?|meds|medication|medications|tablets|capsules|bars|xans|xannies|xanax|oxys?|oxycodone|norcos?|percs?|percocet|fentanyl|heroin|meth|tylenol|advil|ibuprofen|aspirin|zoloft|prozac|lexapro|gabapentin|melatonin|nyquil|benadryl|klonopin|ativan|valium|ambien|trazodone|seroquel|lithium|insulin|morphine|antidepressants|sleeping pills|poison|rat poison|bleach|antifreeze|whiskey|vodka|tequila|wine|alcohol|everything|something|what i took)\b/;

const INGESTED =
  /\b(?:took|taken|swallowed|had|threw back|finished|mixed|mixing|used|injected|drank|popped|downed|ate|chugged|taking|swallowing)\b/;

/** What an overdose feels like, said while it happens. */
const EFFECTS =
  /\b(?:racing|pounding|passing out|pass out|passed out|nodding off|nodding|throwing up|vomiting|vision|doubling|double|fuzzy|blurry|spinning|numb|on fire|cant feel|can not feel|sleepy|drowsy|slow|dizzy|cant breathe|hard to breathe|cant stay awake|foaming|shaking)\b/;

/** A time set for it. */
const WHEN =
  /\b(?:tonight|tonite|tomorrow|today|now|right now|rn|this weekend|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|\d{1,2} ?(?:am|pm)|at \d{1,2}|in an hour|in \d+ (?:minutes|mins|hours)|after (?:the|my)|before (?:my|the)|when (?:the|my|everyone|everybody|the kids|my husband|my wife)|on my way|once (?:the|my)|as i type)\b/;

/** Within reach: in a hand, a bag, a car, out of its safe, loaded, tied. */
const AT_HAND =
  /\b(?:counted out|lined up|right here|is hung|hung|to the (?:closet )?rod|in his hand|in her hand|in their hand|in my (?:hand|hands|lap|bag|pocket|purse|trunk|car|truck|desk|drawer|desk drawer)|on the (?:passenger seat|seat|bed|table|counter|nightstand|desk)|under my desk|next to me|in front of me|out of the (?:safe|case|closet)|from (?:my|his|her)\b.{0,20}\b(?:closet|safe)|loaded|cocked|around (?:my neck|the (?:closet )?rod|the beam)|hooked|tied|is open|s open|are open|sharpening|holding|in the (?:tub|bathtub|bathroom|shed|basement|garage))\b/;

/** Places to fall or be struck from. */
const HIGH_PLACE =
  /\b(?:bridge|overpass|roof|rooftop|ledge|balcony|parking (?:structure|garage|deck)|tracks|train crossing|crossing|reservoir|lake|ocean|river|quarry|cliff|freeway|highway|traffic|semi|water tower)\b/;

/** Being there or going there, in the first person or with no subject. */
const THERE =
  /\b(?:on the|at the|standing|sitting|parked|walking (?:toward|into|to)|going (?:up )?to the|leaning|edge of|top of|waiting for the|pulled over|i am on|i am at|water is at|waters at|going in|going over)\b/;

/** Saying goodbye next to a means, an act or a time is danger now, not only a warning sign. */
const FAREWELL =
  /\b(?:goodbye|goodbyes|bye|sorry for everything|im sorry|i am sorry|sorry|love you (?:all|guys|both)|love you|tell my (?:kids|babies|baby|children|family)|take care of (?:my|the) (?:baby|kids|dog|cat)|thank you for everything|thanks for everything|last message|dont try to stop me|do not try to stop me|dont call anyone|nobody can stop)\b/;

const ORDINARY =
  /\b(?:traffic jam|stuck in|commute|for a (?:home )?visit|meeting|lunch|training|class|court date|view)\b/;

/** Questions about a program, a training or policy are not danger now. */
const TOPIC = /\b(?:training|policy|protocol|program|programs|safety plan|prevention|workshop|handout)\b/;

export interface DangerNow {
  act: boolean;
  means: boolean;
  place: boolean;
}

/** Reads one sentence at a time; `ownSentence` says whether a sentence is the writer's own. */
export function readDangerNow(plain: string, ownSentence: (sentence: string) => boolean): DangerNow {
  const found: DangerNow = { act: false, means: false, place: false };
  const sentences = plain.split(' . ');
  sentences.forEach((sentence, i) => {
    if (!ownSentence(sentence) || TOPIC.test(sentence)) return;
    const around = `${sentence} ${sentences[i + 1] ?? ''}`;
    if (INGESTED.test(sentence) && SUBSTANCE.test(sentence) && EFFECTS.test(around)) found.act = true;
    if (WEAPON.test(sentence) && (AT_HAND.test(sentence) || WHEN.test(around))) found.means = true;
    if (SUBSTANCE.test(sentence) && AT_HAND.test(sentence) && WHEN.test(around)) found.means = true;
    if (HIGH_PLACE.test(sentence) && THERE.test(sentence) && !ORDINARY.test(sentence)) found.place = true;
    const nearby = `${sentences[i - 1] ?? ''} ${around}`;
    if (
      FAREWELL.test(nearby) &&
      (WEAPON.test(sentence) ||
        (INGESTED.test(sentence) && SUBSTANCE.test(sentence)) ||
        HIGH_PLACE.test(sentence))
    ) {
      found.act = true;
    }
  });
  return found;
}
