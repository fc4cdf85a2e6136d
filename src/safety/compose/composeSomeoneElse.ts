import type { Answer, Block } from '../../answer/model.js';
import type { CrisisTexts } from '../../content/schema.js';
import { LINE_911, LINE_988, resourceItems } from './resourceItems.js';

/** Worry about someone else: how to help (the five #BeThe1To steps), 988 for them, 911 if now. */
export function composeSomeoneElse(texts: CrisisTexts, urgent: boolean, eapText?: string): Answer {
  const { someoneElse } = texts;
  const [source = ''] = someoneElse.sources;
  const blocks: Block[] = [];
  if (urgent) blocks.push({ type: 'paragraph', text: someoneElse.urgent });
  blocks.push(
    {
      type: 'facts',
      heading: someoneElse.intro,
      facts: someoneElse.steps.map((s) => ({ text: `${s.name}: ${s.text}`, source, unconfirmed: false })),
    },
    { type: 'resources', heading: texts.heading, items: resourceItems(texts, [LINE_988, LINE_911]) },
    { type: 'paragraph', text: someoneElse.protocol },
  );
  if (!urgent) blocks.push({ type: 'paragraph', text: someoneElse.urgent });
  blocks.push({ type: 'paragraph', text: someoneElse.selfCare });
  if (eapText) blocks.push({ type: 'paragraph', text: `${texts.eapLabel}: ${eapText}` });
  blocks.push({ type: 'note', text: texts.botNotice });
  return {
    intent: 'support',
    safety: 'someone-else',
    title: someoneElse.title,
    blocks,
    programs: [],
    private: true,
  };
}
