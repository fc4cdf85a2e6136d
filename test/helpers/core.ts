import { createAnswerer } from '../../src/answer/answer.js';
import { type Content, loadContent } from '../../src/content/loadContent.js';

/** The real catalog, loaded once per test file. */
export const content: Content = loadContent();

/** An answerer with a fixed "random" so tip answers are repeatable. */
export const answer = createAnswerer(content, { random: () => 0 });
