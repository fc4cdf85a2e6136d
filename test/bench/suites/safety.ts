import { classifySafety } from '../../../src/safety/classifySafety.js';
import { loadEvaluationSet } from '../../eval/runEvaluation.js';
import { loadSafetySet } from '../../safety/scoreSafety.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

/** What the safety layer adds to every message: classifySafety alone, on questions and on disclosures. */
function measure(name: string, messages: string[], rounds: number): BenchResult {
  for (const m of messages) classifySafety(m);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const m of messages) {
      const t = nowMs();
      classifySafety(m);
      samples.push(nowMs() - t);
    }
  }
  return {
    suite: 'safety',
    case: name,
    samples: samples.length,
    ...summarize(samples),
    target: 'p99 < 0.2 ms',
  };
}

export default async function safetyBench(): Promise<BenchResult[]> {
  const questions = loadEvaluationSet().map((i) => i.q);
  const disclosures = (['heldout', 'dev', 'dev2'] as const).flatMap((n) =>
    loadSafetySet(n).map((i) => i.text),
  );
  return [
    measure('classifySafety(), the 140 evaluation questions', questions, 50),
    measure('classifySafety(), 1,177 safety-set messages', disclosures, 10),
  ];
}
