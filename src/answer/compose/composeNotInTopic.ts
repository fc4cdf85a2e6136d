import type { Content } from '../../content/loadContent.js';
import type { Fact } from '../../content/schema.js';
import type { Answer, Block, Link } from '../model.js';
import { factLines } from '../summarizeProgram.js';

/** A program people ask about that is not among this topic's rated programs, with what our sources say. */
export interface OutsideProgramView {
  name: string;
  facts: Fact[];
  links: Link[];
}

function ratedList(content: Content): string {
  return content.programs.map((p) => p.shortName).join(', ');
}

/**
 * "Is X on the CEBC?" for a program outside this topic's rated five: a plain no first, then what is
 * known and where to search. An unknown name gets the same honesty; it is shown back only sanitized
 * (letters, digits, spaces, hyphens), and renderers escape it, so it can never ping or inject markup.
 */
export function composeNotInTopic(
  content: Content,
  asked: { outside: OutsideProgramView } | { name: string },
  search: Link,
): Answer {
  const blocks: Block[] = [];
  let title: string;
  if ('outside' in asked) {
    const { outside } = asked;
    title = `${outside.name}: not in this topic's rated programs`;
    blocks.push({
      type: 'paragraph',
      text: `${outside.name} is not among the ${content.programs.length} rated programs in the CEBC's STS topic (${ratedList(content)}).`,
    });
    if (outside.facts.length > 0)
      blocks.push({ type: 'facts', heading: 'What our sources say', facts: factLines(outside.facts) });
    blocks.push({ type: 'links', links: [...outside.links, search] });
  } else {
    title = 'Not a program I know';
    blocks.push({
      type: 'paragraph',
      text: `I don't know a program by that name in this topic${asked.name ? ` (${asked.name})` : ''}. The CEBC's STS topic rates ${content.programs.length} programs: ${ratedList(content)}.`,
    });
    blocks.push({ type: 'paragraph', text: 'The CEBC search covers every program it has reviewed.' });
    blocks.push({ type: 'links', links: [search] });
  }
  return { intent: 'notInTopic', title, blocks, programs: [], private: false };
}
