import type { Answerer } from '../../src/answer/answer.js';
import type { Link } from '../../src/answer/model.js';

export interface Catalog {
  /** Program id → the short name the core understands ("EFT-HP"), for Details buttons. */
  shortNames: ReadonlyMap<string, string>;
  /** The CEBC topic page, for "More in the full answer". */
  topicLink: Link;
}

/**
 * What the adapter needs to know about the catalog, learned once from the core's own "list all
 * programs" answer so the adapter never reads content files or holds a second copy.
 */
export function readCatalog(answer: Answerer): Catalog {
  const all = answer('list all programs');
  const shortNames = new Map<string, string>();
  let topicLink: Link | undefined;
  for (const block of all.blocks) {
    if (block.type === 'program') shortNames.set(block.program.id, block.program.shortName);
    if (block.type === 'links') topicLink ??= block.links[0];
  }
  if (!topicLink || shortNames.size === 0) {
    throw new Error('the core\'s "list all programs" answer has no programs or no CEBC topic link');
  }
  return { shortNames, topicLink };
}
