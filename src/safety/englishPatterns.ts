/**
 * English risk language, as alternatives over wink-nlp lemmas (so "took", "taking" and "takes" are
 * all "take", and "better off" is "good off") or over the plain text where tense matters ("took 30
 * pills" is an act, "take my pills" is not). Sources for the signs: NIMH's warning signs and the
 * phrasings prevention pages quote (shared/research/wellbeing.md, sections 1b and 1f).
 */

/** Words that name someone other than the writer as the subject: "my client", "she", "a youth". */
export const OTHER_PERSON =
  '(?:he|she|they|him|her|them|his|their|hers|client|clients|youth|youths|kid|kids|child|children|teen|teens|teenager|adolescent|minor|boy|girl|son|daughter|stepson|stepdaughter|mom|mother|dad|father|parent|parents|husband|wife|spouse|partner|boyfriend|girlfriend|bf|gf|ex|brother|sister|sibling|friend|bestie|coworker|coworkers|colleague|caseworker|worker|sup|supe|sw|cw|mgr|sis|bro|supervisor|supervisee|boss|manager|someone|somebody|anyone|person|student|patient|resident|neighbor|neighbour|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|roommate|peer|intern|mentee|teammate|caregiver|foster|placement|baby|infant|toddler|guy|lady|woman|man|family member|bio mom|bio dad)';

/** The writer as subject. "my" is left out on purpose: "my client" is someone else. */
export const SELF_SUBJECT = '(?:i|me|myself)';

/** Group subjects ("my team is burnt out"): not the writer's own heavy day. */
export const GROUP_SUBJECT = '(?:we|us|team|unit|staff|workers|everyone|everybody|people|folks)';

/** Acts against oneself, first person by construction ("kill myself", "end my life"). */
export const SELF_ACTS = [
  '(?:kill|hang|shoot|stab|drown|poison|starve|burn|off|end|hurt|harm|cut|overdose|suffocate|strangle|choke|electrocute) myself',
  '(?:end|take) my (?:own )?life',
  'commit suicide',
  '(?:kill|end) it all',
  '(?:want to|go to|plan to|plan on|think about|think of|ready to|about to|will|should|might|could just|decide to|try to) (?:just )?end it\\b',
  'jump (?:off|from) (?:a|the|my|this|that) (?:bridge|roof|rooftop|building|overpass|cliff|balcony|parking garage|ledge)',
  '(?:jump|step|walk|throw myself) in front of (?:a|the) (?:train|bus|car|truck)',
  'walk into traffic',
  '(?:drive|crash|steer) (?:my car |the car )?(?:off|into) (?:a|the) (?:bridge|cliff|tree|wall|pole|river|oncoming|traffic|guardrail)',
  '(?:slit|slice|cut) my (?:wrist|wrists|throat|arm|arms)',
  'blow my (?:brain|brains|head) out',
  'put a (?:gun|bullet) (?:to|in) my (?:head|mouth)',
];

/** Wishing to be dead or not to go on: the subject decides whose risk it is. */
export const WISH_DEATH = [
  'want to (?:die|be dead|not exist|not be alive|not wake up|disappear|stop exist|cease to exist|not be here|be go forever|sleep forever)',
  'wish (?:to die|i be dead|i be never bear|i could die|i would die|i could disappear|i could just disappear|i could sleep forever|i could not wake up|i do not wake up|i would not wake up)',
  'wish i (?:be|could be|would be) (?:dead|go|never bear)',
  '(?:good|well|rather be|rather) (?:off )?dead',
  'rather (?:be )?(?:dead|die)',
  '(?:hope|pray) (?:i|that i) (?:do not|not|never|will not) wake up',
  '(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up',
  'do not want to (?:live|be alive|exist|be here|wake up|go on|keep go|keep live|be around|do life|be alive anymore)',
  'no longer want to (?:live|be alive|exist|be here|go on)',
  'want (?:it all|everything|my life|the pain|all of it|it) to (?:end|stop|be over)',
  'want out of (?:life|this life|everything)',
  'tired of (?:live|life|be alive|exist|fight|be here|try)',
  'done with (?:life|live|everything|it all|be alive|exist)',
  'can not (?:go on|keep go|live like this|take it anymore|take this anymore|take it any more|do this anymore|do this any more|do it anymore|handle this anymore|handle it anymore|bear it anymore|keep do this|do life)',
  'can not (?:do|take|handle) (?:this|it) (?:anymore|any more|much longer|like this)',
  '(?:no|not) (?:go on|keep go) (?:anymore|any more|like this)',
  'think about (?:death|die|be dead|suicide|kill myself|end it|end my life) (?:a lot|all the time|constantly|every day|everyday|more|lately|again|nonstop)',
  '(?:suicidal|suicide) (?:thought|thoughts|ideation|feeling|feelings|urge|urges|plan)',
  '(?:thought|thoughts|idea|ideas|urge|urges) (?:of|about) (?:suicide|kill myself|die|end my life|end it|not be here|self harm)',
  'feel suicidal',
  '(?:suicide|suicidal|die|death|dark|kill myself|self harm|unalive|grave|overdose|sui) (?:thought|thoughts|urge|urges|ideation|feeling|feelings)',
  'suicidal ideation',
  '(?:over|sick of|tired of|done) (?:be )?(?:alive|live|life|exist)',
  'sleep forever|never wake up|not wake up again',
  '(?:die|dying|death|be dead|not be here|not exist) (?:sound|seem|feel|look) (?:really |so |pretty )?(?:good|nice|peaceful|better|like relief|like a relief)',
  '(?:one|some) of (?:them|those people)',
  'think (?:about|of|abt) (?:overdose|overdosing|swallow|jump|hang|shoot|cut|drive|crash|step|walk) (?:\\S+ ){0,3}?(?:pill|myself|bridge|off|into|in front|traffic|wrist|all)?',
  'only one way out|one way out',
  'would not mind if i (?:die|crash|do not wake|get hit|be go)|if i (?:crash|die|get hit|do not wake up)(?: \\S+){0,10}? (?:would not|wouldnt) mind',
  '(?:would|will) (?:anyone|anybody|someone) (?:even )?(?:notice|care|miss me)',
  '(?:stop|stopped) exist',
  'do not care what happen to me',
  'rather not be (?:here|alive|on this earth|around)',
  'not to exist|to not exist',
  'do not want to come up',
  'deserve (?:good|better|someone better) than me|deserve someone good',
  '(?:be|feel) worthless',
  '(?:relieved|relief) if i (?:be go|die|be dead|disappear)',
  'i be (?:done|do)(?: \\.| ,)? (?:with (?:all of it|it all|everything)|for good)',
  '(?:have )?had enough(?= \\.|$)',
  'go end it|be end it|be end (?:it all|thing|everything)',
  '(?:talk|talking|joke|joking) about (?:end it|die|suicide|kill (?:herself|himself|themselves|myself)|not be here|end (?:her|his|their|my) life|overdose)',
  'threaten(?:ing|s|ed)? to (?:jump|kill|end|shoot|hang|overdose|cut)',
  'im done for good|done for good',
  'can not anymore|cant anymore',
  '(?:made|make) my decision|i have decide',
  'imagine my (?:own )?funeral|my own funeral',
  'who care if i (?:be|die)',
  'want out(?: \\.| ,)? (?:out of everything|of everything)',
  'wish (?:she|he|they) (?:be|were|was|could be) dead',
  '(?:think|thinking|thought) about (?:die|suicide|kill myself|kill herself|kill himself|end it|end my life|end thing|end everything|not be here|never wake up|not wake up|not exist)',
  '(?:and|to) never wake up',
  '(?:be|so|just|totally|completely|really|i be) (?:done|do) with (?:life|live|it all|be alive|exist|everything)',
  'want out (?:\\. )?(?:for good|forever|of this life|of here for good)',
  'want to (?:catch the bus|yeet myself)',
  '(?:throw|yeet|launch|fling) myself (?:into|off|in front)',
  'on purpose',
  'i be end (?:it|it all|thing|everything)',
  'when i end it',
  'do not (?:think|know if|know whether|feel like|know how much longer) i (?:want to|can) (?:live|be here|go on|keep go|do this|survive|be alive|keep live|hold on)',
  'i be (?:so |really |kind of |kinda |honestly |actually |pretty |very )?suicidal',
];

/** The published indirect warning signs, in first-person phrasings people use. */
export const INDIRECT_SIGNS = [
  '(?:be|feel like|feel|become|call myself|call herself|call himself|call themselves) (?:a|such a|nothing but a|just a|the) burden',
  '(?:hopeless|pointless|meaningless)',
  'what be the point',
  'give away (?:her|his|their) (?:thing|stuff|plant|plants|possession|belonging|pet|dog|cat)',
  '(?:her|his|their) affair in order',
  'nobody would miss (?:him|her|them)',
  '(?:at peace now|weirdly calm|suddenly calm|suddenly feel calm)',
  '(?:stockpile|stockpiling|save up|saving up|hoard|hoarding|collect|collecting|stash|stashing) (?:her|his|their|my|all my|up) ?(?:pill|pills|med|meds|medication)',
  'burden (?:to|on|for) (?:everyone|everybody|my family|them|people|my kid|my kids|my husband|my wife|my partner)',
  '(?:good|well|easy|happy|fine|okay|ok) (?:off )?without (?:me|him|her|them)',
  '(?:good|well|easy|happy|fine|okay|ok) if i (?:be not|be not here|be go|be dead|die|disappear|be not around|be never bear)',
  '(?:everyone|everybody|world|family|kid|kids|they|people) (?:would |will )?(?:be )?(?:good|well|happy|easy) (?:off )?(?:without me|if i (?:be go|die|be not here|disappear|be dead))',
  '(?:nobody|no one|noone) (?:would|will|be go to) (?:miss|notice|care) (?:me|if i)',
  'who (?:would|will) (?:even )?(?:care|miss me|notice) if i',
  '(?:thing|things|everything|life) (?:would|will) be (?:good|easy) (?:when|if|once) i (?:be go|leave|die|disappear|be not here|be dead)',
  'hopeless',
  'tie up loose end',
  'i know what i be go to do',
  '(?:since|now that|once) i (?:have )?decide',
  '(?:do not|can not) see (?:a|any) (?:future|way out|way through|way thru|way forward)',
  '(?:see|have) no future',
  'no future for me',
  'no point (?:anymore|any more|in anything|to anything|to any of this|in any of this|in try|in go on)',
  'can not (?:take|do|handle|face|survive|make it through) (?:one more|another) (?:day|minute|night|week|hour)',
  'will not (?:need|be need) (?:them|it|this|my|anything|any of)',
  'this be (?:my |the )?last (?:night|day|time|week|message|goodbye)',
  'pick (?:a|the) (?:date|day)',
  '(?:tell|wish) (?:\\S+ ){0,2}goodbye',
  'thank you for (?:everything|be kind|always)(?: \\S+){0,4}? goodbye',
  '(?:lose|lost) all (?:hope|will)',
  'no hope (?:left|for me|anymore)',
  'no (?:will|desire|reason) to (?:live|go on|keep go)',
  '(?:nothing|it|thing|things) (?:will|be go to) (?:ever )?(?:get|be) good',
  'never (?:get|be) good',
  '(?:feel|be) (?:so |completely |totally |really )?trap',
  'no way out',
  'no escape',
  'out of option',
  'no (?:other )?option left',
  '(?:pain|it|this) (?:be|feel) (?:unbearable|too much to bear|too much to handle)',
  'so much pain',
  'pain (?:and it )?(?:will not|never) (?:stop|end|go away)',
  'unbearable',
  'can not (?:take|stand|bear) (?:the|this) pain',
  '(?:make|want) (?:the|this) pain (?:to )?stop',
  'pain (?:will )?never (?:stop|end|go away)',
  'no (?:reason|point|purpose) (?:to|in|of) (?:live|life|go on|be here|keep go|be alive|continue|anything|try|wake up|exist|any of it)',
  'nothing (?:left )?to live for',
  'what be (?:even )?the point (?:of|in) (?:me )?(?:live|life|anything|go on|be alive|it all|any of it|try|be here|wake up|exist)',
  '(?:life|it) (?:be )?(?:not|no longer) worth (?:live|it anymore)',
  'not worth live',
  'life be (?:pointless|meaningless)',
  '(?:do not|can not) see the point (?:in|of) (?:live|life|go on|anything|be here|try|any of it)',
  'why (?:even )?(?:bother|keep) (?:live|go on|be alive|try)',
  '(?:say|write|leave) (?:my |a )?(?:goodbye|goodbyes)',
  'this be (?:my )?goodbye',
  'goodbye (?:forever|everyone|everybody|world|for good|cruel world)',
  '(?:final|last) (?:goodbye|message|letter|note|word|words)',
  'suicide note',
  '(?:write|leave) (?:a )?(?:letter|note|letters|notes) (?:to|for) (?:my )?(?:kid|kids|child|children|family|husband|wife|partner|mom|dad|parent|parents|everyone|son|daughter)',
  'give (?:away )?(?:all )?(?:of )?my (?:thing|stuff|possession|belonging|cat|dog|pet|jewelry|stuff) away',
  'give away (?:all )?(?:of )?my (?:thing|stuff|possession|belonging|cat|dog|pet|jewelry)',
  'give away (?:all|everything)',
  'give (?:away )?(?:\\S+ ){0,4}?my (?:\\S+ )?(?:plant|plants|coat|guitar|book|books|clothes|watch|ring|record|records|collection|cat|dog|pet|jewelry)',
  'who (?:will|can|could|would) take (?:care of )?my (?:cat|dog|pet|kid|kids|child|plant|plants)',
  'do not think i (?:will|would) (?:be here|be around|make it|last|survive)',
  '(?:will not|not|never) be (?:around|here) (?:for (?:the|long|much|next|that|anything|christmas|the holidays)|much longer|for long|long|anymore|any more|next week|next month|tomorrow|after|soon|to see|much more)',
  '(?:when|after|once) i be (?:go|dead|not here|not around)',
  '(?:will not|not) have to (?:deal|worry|put up) with me (?:much longer|anymore|any more|for long|soon)',
  '(?:will|be) (?:go|not here) (?:soon|for good|forever)',
  '(?:want to|wish i could|like to|need to) (?:just )?(?:disappear|vanish|cease to exist|stop exist|fade away)',
  'disappear (?:forever|for good|permanently)',
  '(?:put|get|have|sort|settle) (?:my|all my) (?:affair|affairs|thing|stuff|life) in order',
  '(?:make|write|finish|finalize|update) (?:a|my) will',
  'plan my (?:own )?funeral',
  '(?:look|search|google|research|read) (?:up )?(?:how|way|ways|method|methods) to (?:die|kill myself|overdose|end it|end my life|hang)',
  '(?:look|looking|search|google|research|researching|read|reading) (?:up |about )?(?:how many|which|what|the) (?:\\S+ ){0,6}?(?:would take|it would take|to take|highest|easiest to buy|easy to buy|easy to get|lethal|overdose amount|overdose amounts|dose)',
  '(?:overdose|lethal) (?:amount|amounts|dose|doses)',
  '(?:life insurance|insurance papers|my will|the will)(?: \\S+){0,6}? (?:where|who get|who gets|papers)',
  'who (?:get|gets|will get|take|takes) my (?:cat|dog|pet|kids|stuff|thing)',
  '(?:write|wrote|leave|left) (?:\\S+ ){0,2}(?:letter|letters|note|notes) (?:to|for) (?:each of )?(?:my|his|her|their)',
  'no point plan|will not be here for|wont be here for',
  'nothing matter',
  'deserve better than (?:me|him|her|them)',
  'how many (?:\\S+ ){0,3}(?:to|would|will|do it) (?:die|kill|overdose|be lethal|be enough)',
  'lethal (?:dose|amount)',
  '(?:stockpile|save up|hoard|collect|stash|save) (?:my |all my |up |some )?(?:pill|med|medication|sleeping pill)',
  'have a plan (?:to|for) (?:die|end it|kill myself|do it|end my life)',
  '(?:i have|i have get|i get) a plan(?= \\.| ,| and|$)',
  'i be in crisis',
  'i need (?:help|someone|somebody|to talk to someone) (?:right now|now|asap|immediately)',
  'i need (?:the |a )?(?:crisis|suicide|988) (?:line|number|hotline|text line)',
];

/** Words that mean risk on their own; they count only when not a professional topic. */
export const RISK_TERMS =
  '(?:suicide|suicidal|suicidality|self harm|selfharm|self harming|self injury|self injure|overdose|overdosing)';

/** Around a risk term, these make it a topic of work, not a disclosure ("suicide prevention training"). */
export const TOPICAL =
  '(?:prevention|prevent|awareness|rate|rates|statistic|statistics|stats|data|risk|assessment|assessments|assess|screen|screening|screener|training|trainings|train|protocol|protocols|policy|policies|procedure|guideline|guidelines|messaging|postvention|research|study|studies|hotline|lifeline|line|lines|scale|tool|tools|cssrs|columbia|intervention|interventions|response|resources|resource|among|program|programs|curriculum|webinar|workshop|course|certification|handout|brochure|poster|toolkit|evidence|literature|qpr|asist|first aid|ceu|ceus|module|best practice|practice|article|book|reading|question|questions|topic|policy|loss|survivor|survivors|bereavement|history|risk factor|factor|factors|warning sign|warning signs|sign|signs|net|nets|contract|talk about|talking about|ask about|asking about|disclosure|disclosures|document|documentation|chart|case file|report|reporting|postvention|definition|mean|means|newsletter|handout|flyer)';

/** A sentence with these words is about the work ("postvention for a unit after a client suicide"). */
export const TOPICAL_SENTENCE =
  '(?:postvention|prevention|protocol|protocols|policy|policies|training|trainings|assessment|assessments|screening|screener|statistic|statistics|stats|rate|rates|research|curriculum|guideline|guidelines|webinar|workshop|ceu|ceus|document|documentation|procedure|procedures|best practice|best practices|safe messaging)';

/** Acts against someone else's self, third person by construction ("kill herself"). */
export const OTHER_ACTS = [
  '(?:kill|hang|shoot|stab|drown|poison|starve|burn|off|end|hurt|harm|cut|overdose|suffocate|strangle) (?:himself|herself|themselves|themself|hisself)',
  '(?:end|take) (?:his|her|their) (?:own )?life',
];

/** Cutting as self-harm, in the plain text; "cutting back" and "cutting corners" are not. */
export const CUTTING =
  '(?:is|are|was|were|been|keeps|keep|started|starts|start|be|am|still|again|caught (?:her|him|them)) cutting(?! (?:back|down|corners|out|off|it|the|hair|class|classes|school|ties|costs|budget|in|up|carbs|sugar|me|paper|through|a|my|our)\\b)';

/** Acts already taken, in the plain text (tense kept): first or third person, decided by subject. */
export const ACTS_TAKEN = [
  '(?:took|taken|swallowed|downed|popped|ate|chugged|drank|taking|swallowing)(?: \\S+){0,5}? (?:pills|pill|tablets|meds|medication|medications|capsules|xanax|tylenol|advil|ambien|benadryl|oxy|oxys|percocet|fentanyl|lithium|seroquel|klonopin|ativan|trazodone|bleach|antifreeze|sleeping pills|insulin|ibuprofen|aspirin|acetaminophen|antidepressants|painkillers|opioids|bars|percs|oxy|xans|vicodin|norco|the bottle|bottle|whole bottle|everything in the cabinet)',
  'finished (?:off )?(?:the|my|a|her|his) (?:\\S+ )?(?:bottle|pills|meds|prescription)',
  'took (?:way |much |a lot )?more than (?:my|the|her|his) (?:prescription|dose|prescribed)',
  '(?:in|inside) (?:her|his|their|my|the) garage with the (?:car|engine) running|car running in (?:the|her|his|my) garage',
  '(?:took|swallowed|popped|took all|drank) (?:everything|it all|them all|all of them|all|a bunch|a lot|like \\d+|\\d+|a fifth|a handful)',
  'how many i took|the pills are kicking in|pills (?:are )?kicking in|everything is spinning',
  'overdosed|overdosing|just overdose|overdose (?:on my|on her|on his|an hour|last|earlier|a few)',
  '(?:cut|slit|sliced) (?:myself|my wrists?|my arm|my arms|herself|himself|her wrists?|his wrists?)(?: \\S+){0,6}? (?:bleeding|blood|deep|stitches|wont stop|will not stop)',
  '(?:bleeding|blood) (?:a lot|everywhere|bad|badly|will not stop|wont stop|wont stop)',
  'cut too deep|its not stopping|will not stop bleeding|wont stop bleeding',
  'car is running in the (?:closed )?garage|running in the closed garage',
  '(?:noose|rope) (?:is |be )?(?:ready|tied|up|set up|around my neck)',
  '(?:tied|made|have|got) (?:a|the) (?:noose|rope)',
  '(?:already|just) (?:did it|tried|started)',
  '(?:already|just) (?:took|swallowed|downed|ate) (?:the|my|those|them|it)',
  'engine (?:is )?running(?: \\S+){0,4}? garage|garage(?: \\S+){0,4}? engine (?:is )?running',
];

/** Pills counted or "all of them": taking medicine is only an act when it is too much. */
export const OVER_QUANTITY =
  '(?:more than|\\b\\d{2,}\\b|\\ball\\b|bunch|\\blot\\b|handful|whole|entire|\\brest\\b|too many|every|full|bottle|box|pack|several|dozen|double|extra|months worth|weeks worth|overdose)';

/** Means within reach, said in the first person (plain text). */
export const MEANS_AT_HAND = [
  '(?:i have|i got|ive got|i bought|i am holding|holding|i grabbed|i took out|i loaded|i put|i keep|got out)(?: \\S+){0,5}? (?:gun|pistol|rifle|shotgun|firearm|handgun|glock|revolver|rope|noose|knife|blade|razor|razors|pills|pill bottle|bottle|meds|belt|cord|bullets|ammo|strap)',
  'i am (?:\\S+ ){0,5}?with (?:a|the|my|all my|all the) (?:blade|razor|knife|gun|pistol|rope|noose|pills|bottle|rifle)',
  '(?:sitting|standing|here|in my car|in the car) (?:here )?with (?:it|the (?:gun|pistol|rifle|knife|rope|pills)|a (?:gun|pistol|rifle|knife|rope))',
  '(?:its|it is|gun is|pistol is) loaded',
  '(?:blade|knife|razor|gun|pistol|rifle|rope|noose) is out',
  '(?:got|have) the (?:strap|piece|gun|blade) on me',
  'i have a (?:knife|gun|pistol|blade|razor|rope)(?: and| ,| \\.)',
  '(?:gun|pistol|rifle|shotgun|firearm|handgun|glock|revolver|rope|noose|knife|blade|razor|pills|meds|bottle)(?: \\S+){0,4}? (?:in my hand|in my lap|in the car|in my car|in the glovebox|in my glovebox|in the glove box|in the truck|in my truck|in my bag|in my purse|in my pocket|in my drawer|in the drawer|on the nightstand|next to me|in front of me|beside me|right here|loaded|counted out|lined up|on the table|on my desk|on the counter)',
];

/** Means said to be with someone else (plain text). */
export const OTHER_MEANS = [
  '(?:with|holding|grabbed|has|had) (?:a|the|his|her|their) (?:\\S+ )?(?:gun|pistol|rifle|knife|rope|pills|razor|blade|noose)',
  '(?:he|she|they|client|youth|kid|teen|son|daughter|friend|coworker) (?:has|have|had|got|is holding|was holding|bought|grabbed)(?: \\S+){0,4}? (?:gun|pistol|rifle|shotgun|firearm|handgun|rope|noose|knife|blade|razor|pills|bottle of pills|meds)',
];

/** Means or a note found with someone else: a sign they are at risk (plain text). */
export const FOUND_WITH_OTHER = [
  'found (?:\\S+ ){0,2}(?:razor|razors|blade|blades|pills|rope|noose|gun|a note|suicide note|goodbye note|cuts|scars)',
];

/** Being somewhere to jump from (plain text). */
export const PLACES = [
  '(?:on|at|standing on|sitting on|on top of|at the top of|at the edge of|edge of|parked at|parked on|up on|at the top|top of) (?:the |a |this |my )?(?:bridge|roof|rooftop|ledge|overpass|tracks|railroad|train tracks|cliff|balcony|parking garage|parking structure|top floor|overlook|stairwell|\\d+(?:th|st|nd|rd) floor)',
  '(?:drove|drive|walked|walk|went|go|going|headed|heading) (?:straight |over |out )?to the (?:train tracks|tracks|railroad|bridge|roof|overpass|cliff)',
];

/** A time set for it, or intent to use the means now (plain text). */
export const TIME_SET = [
  'tonight|tonite|right now|doing it after|doing it tonight|doing it when|this is the night|after (?:my|the) kids go to bed|after my last visit|leaving work early to|this is the last night|this is my last night|last day alive|sitting here now|today is the day|its today|it is today|this weekend|before (?:morning|tomorrow|the sun)|by (?:tonight|morning|the end of (?:the|today))|this is it|it is time|its time|after (?:my shift|work|everyone goes to sleep|the kids go to bed)|when (?:everyone|the kids|my wife|my husband|my partner|my family) (?:is|are|go|goes) (?:asleep|to sleep|to bed|out)',
  '(?:going to|about to|ready to|will|gonna|plan to|planning to|go to|in \\d+ (?:minutes|mins|min|hours)) (?:use it|use them|do it|end it|take them|take them all|swallow them|pull the trigger|jump|cut deep|drive into|drive off)',
  'in \\d+ (?:minutes|mins|min) i am going to do it|thats tonights plan|that is tonights plan|tonights plan',
  '(?:i am|she is|he is|they are) (?:doing it|taking them|taking all of them|going over)(?= \\.| ,| now| right| tonight|$)',
  '(?:got|have) everything ready|everything is ready',
];

/** Past deaths of someone else: grief, a heavy day, not a risk to the writer (plain text). */
export const DEATH_OF_OTHER = [
  '(?:died|passed away|passed|passed from|died from|was killed|got killed|was murdered|didnt make it|did not make it|killed himself|killed herself|killed themselves|took his own life|took her own life|took their own life|took his life|took her life|committed suicide|completed suicide|died by suicide|died of an overdose|overdosed and died|fatally overdosed)(?: (?:from|of|by) (?:an? )?(?:overdose|suicide|gunshot))?',
  '(?:child|client) (?:fatality|death|deaths)|fatality review|death review|lost (?:a|my|one of my|another) (?:client|kid|youth|child|baby|teen|boy|girl)',
];

/** STS signs and heavy days, over lemmas; attributed to the writer by subject. */
export const DISTRESS = [
  'numb|numbness|dead inside|on autopilot',
  'feel (?:empty|hollow|nothing|detach|disconnect|broken|shatter|wreck|gut|sick|awful|terrible|horrible|heavy|raw|fragile|hopeless|lose|lost|alone|so alone|crush|devastate|worthless)',
  'can not stop (?:think|cry|shake|picture|see|replay|hear)',
  '(?:keep|still) (?:think|thinking|picture|picturing|see|seeing|replay|replaying|hear|hearing|dream|dreaming)(?: \\S+){0,2}? (?:the|that|this|her|his|their|those|a|about|of)',
  'nightmare|flashback|intrusive|trigger|haunt|traumatize|traumatise|shake up|rattle|shook|in my (?:dream|dreams|sleep)|running on (?:fumes|empty)|guilty|guilt',
  '(?:can not|do not|barely|not) (?:sleep|eat|focus|concentrate|breathe|function|get out of bed)',
  'insomnia|no sleep',
  'dread',
  'cry|sob|bawl|tear up|break down|breakdown|fall apart',
  '(?:panic|anxiety) attack',
  '(?:heavy|rough|hard|awful|terrible|brutal|horrible|bad|shitty|crappy|tough|difficult|sad|dark|exhausting|draining|gut wrenching|heartbreaking|devastating) (?:day|week|night|shift|visit|removal|month|year|call|case|court)',
  '(?:need|want) (?:someone|somebody|a person|a human|anyone) to (?:talk|vent) to',
  'need to (?:talk to someone|vent|talk to somebody)',
  '(?:not|n t) (?:ok|okay|alright|do well|do good|do great)',
  'barely (?:hold|keep|function|get|make|surviving|survive|cope)',
  '(?:so|really|very|super|completely|totally|beyond|just so|incredibly) (?:sad|down|low|depress|anxious|stress|overwhelm|drain|exhaust|burn out|burnt out|tired|empty|numb|lonely|alone|broken)',
  'overwhelm|drain|deplete|hollow out|shell of',
  'grief|grieve|mourn|heartbroken|devastate',
  '(?:secondary|vicarious) trauma|compassion fatigue|i have sts|i think i have sts|have secondary traumatic stress',
  '(?:hate|dread) (?:my job|go to work|work)',
  'jumpy|on edge|hypervigilant|snap at|irritable|short fuse|cut off from',
  '(?:chest|heart) (?:hurt|ache|race|pound)',
  'sick to my stomach|throw up|throw up after',
  'do not feel safe|feel unsafe|everything feel dangerous|check (?:my|the) lock|see every (?:\\S+ ){0,2}as',
  'jump every time|jump when|flinch',
  '(?:feel like i be|i be) fail|failing every|not cope|not coping|struggle|struggling|need support|need some support',
  'avoid (?:my|the|go|answering|calls|visits|inbox|office)|call in sick|called in sick|can not face',
  '(?:so|always|really) angry|angry all the time|rage',
  '(?:chest|stomach|throat) (?:get|gets|be|feel) tight|knot in my stomach|tight chest',
  'watch my life from outside|outside my body|not real|detach|dissociate|zone out|space out|fog|foggy',
  'dream about (?:my|your|the) (?:client|clients|kid|kids|case|cases|family|families)',
  'off since|not the same since|never be the same',
  'hate who i (?:have )?become|cynical|jaded|bitter',
  'do not trust anyone|can not trust anyone|trust no one',
  'freeze up|freeze when|shut down',
  'stuck in my head|in my head still|still in my head|can not stop smell|smell of',
  'flat|empty|hollow',
  'absorb (?:everyone|every|all)|nothing left (?:for|to give)',
  'ashamed|shame|embarrassed that i',
  'miss (?:her|him|them) so much|can not get (?:\\S+ ){0,5}?out of my head',
  'get to me|getting to me|take a toll|take its toll|weigh on me|stay with me|stick with me|follow me home|carry (?:\\S+ ){0,3}home',
  'on a loop|on repeat|replay|keep play|play over and over',
  'can not (?:shake|stop see|unsee|forget|fall asleep|stay asleep|switch off|turn off|stop replay)',
  'feel (?:so )?(?:unsafe|cold|fry|fried|wipe|wiped|heavy|heavier|cut off|numb|nothing)',
  'everything (?:feel|be) (?:heavy|heavier|hard|dark|gray|grey|pointless)',
  'do not (?:react|feel anything|feel much|care anymore)',
  'do not affect me anymore|not affect me anymore',
  'scare me|terrify me|freak me out',
  'change me|changing me|not the same person|not myself',
  'shake|shook|shaking|tremble',
  'startle|jump at',
  'tired all the time|always tired|exhausted all the time',
  'can i vent|let me vent|just need to vent|need to get this out|get this off my chest|just need a (?:sec|second|minute|moment)',
  'yell at my (?:kid|kids|partner|husband|wife|family)',
  'can not face (?:it|them|him|her|the|another|go|work)|threaten me|wake up (?:at \\S+|again|in the middle|scream|sweat|shake)|dream where|bad dream',
  '(?:stomach|head|chest|body) (?:hurt|ache|knot|clench)|sunday scary|sunday scaries',
  '(?:today|this week|tonight|yesterday|court|the visit|the removal|the hearing) (?:be|was) (?:so )?(?:brutal|awful|terrible|horrible|rough|hard|heavy|a lot|too much)',
];
