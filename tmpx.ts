import { loadContent } from './src/content/loadContent.js';
import { createQuestionParser } from './src/query/parseQuestion.js';

const p = createQuestionParser(loadContent());
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(p(q)));
