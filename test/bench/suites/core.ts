import { createAnswerer } from '../../../src/answer/answer.js';
import { type Content, loadContent } from '../../../src/content/loadContent.js';
import type { Program } from '../../../src/content/schema.js';
import { loadEvaluationSet } from '../../eval/runEvaluation.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

const WORDS = [
  'river',
  'lantern',
  'meadow',
  'harbor',
  'summit',
  'cedar',
  'orbit',
  'willow',
  'quartz',
  'falcon',
];

/** A catalog of `size` programs made from the real ones with new names, aliases and topics. */
function generatedCatalog(content: Content, size: number): Content {
  const programs: Program[] = [];
  for (let i = 0; i < size; i += 1) {
    const base = content.programs[i % content.programs.length] as Program;
    const a = WORDS[i % WORDS.length] ?? 'x';
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length] ?? 'y';
    const name = `${a} ${b} program ${i}`;
    programs.push({
      ...base,
      id: `gen-${i}`,
      name: `${name[0]?.toUpperCase()}${name.slice(1)}`,
      shortName: `GP${i}`,
      aliases: [`GP${i}`, `${a}${b}${i}`],
      topics: [...base.topics, `${a} ${b} ${i}`],
    });
  }
  return { ...content, programs };
}

function measure(
  suite: string,
  name: string,
  content: Content,
  questions: string[],
  rounds: number,
): BenchResult {
  const answer = createAnswerer(content, { random: Math.random });
  for (const q of questions) answer(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      const t = nowMs();
      answer(q);
      samples.push(nowMs() - t);
    }
  }
  return { suite, case: name, samples: samples.length, ...summarize(samples) };
}

export default async function coreBench(): Promise<BenchResult[]> {
  const content = loadContent();
  const questions = loadEvaluationSet().map((i) => i.q);
  const real = measure('core', 'answer(), real catalog (5 programs)', content, questions, 50);
  const big = measure(
    'core',
    'answer(), generated catalog (1,000 programs)',
    generatedCatalog(content, 1000),
    questions,
    5,
  );
  return [
    { ...real, target: 'p99 < 1 ms' },
    { ...big, target: 'p99 < 5 ms' },
  ];
}
