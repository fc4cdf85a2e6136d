import type { Answer, Block } from '../../answer/model.js';
import type { CrisisTexts } from '../../content/schema.js';
import { LINE_988, resourceItems } from './resourceItems.js';

/**
 * A heavy day: a kind word that this is common in the work (no diagnosis), one grounding step, the
 * STS signs, a person to talk to, 988 for emotional distress, and an offer of programs or a tip.
 */
export function composeDistress(texts: CrisisTexts, eapText?: string): Answer {
  const { distress } = texts;
  const people = eapText ? `${distress.people} ${texts.eapLabel}: ${eapText}` : distress.people;
  const blocks: Block[] = [
    { type: 'paragraph', text: distress.acknowledgement },
    { type: 'paragraph', text: distress.groundingStep },
    { type: 'paragraph', text: people },
    { type: 'resources', heading: distress.lines, items: resourceItems(texts, [LINE_988]) },
    { type: 'links', links: [distress.signs] },
    { type: 'paragraph', text: distress.offer },
  ];
  return {
    intent: 'support',
    safety: 'distress',
    title: distress.title,
    blocks,
    programs: [],
    private: true,
  };
}
