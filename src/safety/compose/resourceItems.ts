import type { Block } from '../../answer/model.js';
import type { CrisisTexts } from '../../content/schema.js';

type ResourceItem = Extract<Block, { type: 'resources' }>['items'][number];

/** The crisis lines as answer items; `which` picks them by position (988, Crisis Text Line, 911). */
export function resourceItems(texts: CrisisTexts, which: number[]): ResourceItem[] {
  return which.flatMap((i) => {
    const r = texts.resources[i];
    if (!r) return [];
    return [{ name: r.name, how: r.how, detail: r.detail, ...(r.url ? { url: r.url } : {}) }];
  });
}

export const LINE_988 = 0;
export const LINE_TEXT = 1;
export const LINE_911 = 2;
