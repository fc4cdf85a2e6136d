import type { Answer, Block } from '../../answer/model.js';
import type { CrisisTexts } from '../../content/schema.js';
import { LINE_911, LINE_988, LINE_TEXT, resourceItems } from './resourceItems.js';

/**
 * Thoughts of suicide or self-harm: the lines first and actionable, then one warm sentence, that
 * this is a bot, one grounding step, the agency's assistance line if there is one, and what else
 * the bot can do. Never repeats the person's words.
 */
export function composeCrisis(texts: CrisisTexts, eapText?: string): Answer {
  const blocks: Block[] = [
    {
      type: 'resources',
      heading: texts.heading,
      items: resourceItems(texts, [LINE_988, LINE_TEXT, LINE_911]),
    },
    { type: 'paragraph', text: texts.intro },
    { type: 'note', text: texts.botNotice },
    { type: 'paragraph', text: texts.groundingStep },
  ];
  if (eapText) blocks.push({ type: 'paragraph', text: `${texts.eapLabel}: ${eapText}` });
  blocks.push({ type: 'paragraph', text: texts.moreHelp });
  return { intent: 'crisis', safety: 'crisis', title: texts.heading, blocks, programs: [], private: true };
}
