import type { Answer } from '../../answer/model.js';
import type { CrisisTexts } from '../../content/schema.js';
import { LINE_988, LINE_TEXT, resourceItems } from './resourceItems.js';

/** Danger now: 911 is the title and the first line, before anything else is said. */
export function composeImminent(texts: CrisisTexts): Answer {
  const { imminent } = texts;
  return {
    intent: 'crisis',
    safety: 'imminent',
    title: imminent.title,
    blocks: [
      { type: 'paragraph', text: imminent.first },
      { type: 'resources', heading: texts.heading, items: resourceItems(texts, [LINE_988, LINE_TEXT]) },
      { type: 'paragraph', text: imminent.stay },
      { type: 'note', text: texts.botNotice },
    ],
    programs: [],
    private: true,
  };
}
