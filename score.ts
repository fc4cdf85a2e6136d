import {
  formatScores,
  loadEvaluationSet,
  scoreByCategory,
  scoreEvaluation,
} from './test/eval/runEvaluation.js';
import { answer } from './test/helpers/core.js';

const items = loadEvaluationSet(process.argv[2] ?? 'tuning.json');
const { accuracy, failures } = scoreEvaluation(answer, items);
console.log(
  `${(accuracy * 100).toFixed(1)}% of ${items.length}\n${formatScores(scoreByCategory(items, failures))}`,
);
for (const f of failures)
  console.log(
    `  miss: ${JSON.stringify(f.item.q)} want ${f.item.intent} [${f.item.programs}]${f.item.aspect ? ` ${f.item.aspect}` : ''} got ${f.gotIntent} [${f.gotPrograms}]${f.gotLead ? ` lead ${f.gotLead}` : ''}`,
  );
