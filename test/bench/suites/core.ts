import { renderSlackBlocks } from '../../../adapters/slack/renderSlackBlocks.js';
import { createAnswerer } from '../../../src/answer/answer.js';
import type { Answer } from '../../../src/answer/model.js';
import { type Content, loadContent } from '../../../src/content/loadContent.js';
import type { Program } from '../../../src/content/schema.js';
import { renderPlainText } from '../../../src/render/renderPlainText.js';
import { loadEvaluationSet } from '../../eval/runEvaluation.js';
import { type BenchResult, nowMs, percentile, summarize } from '../stats.js';

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

const words = (answer: Answer) => renderPlainText(answer).split(/\s+/).filter(Boolean).length;

/**
 * How long answers are, per intent: words of the plain text and Slack blocks, median and p90, over
 * every evaluation question. Short answers are a goal (a detail at most 120 words), so they are measured.
 */
function answerLengths(content: Content, questions: string[]): BenchResult[] {
  const answer = createAnswerer(content, { random: () => 0 });
  const moreLink = { label: 'CEBC STS topic page', url: content.topic.url };
  const byIntent = new Map<string, { words: number[]; blocks: number[] }>();
  for (const q of questions) {
    const a = answer(q);
    const entry = byIntent.get(a.intent) ?? { words: [], blocks: [] };
    entry.words.push(words(a));
    entry.blocks.push(renderSlackBlocks(a, { moreLink, details: true, shareQuestion: q }).length);
    byIntent.set(a.intent, entry);
  }
  return [...byIntent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, { words: w, blocks: b }]) => {
      const sw = [...w].sort((x, y) => x - y);
      const sb = [...b].sort((x, y) => x - y);
      return {
        suite: 'core',
        case: `answer length: ${intent}`,
        samples: w.length,
        note: `words p50 ${percentile(sw, 50)} p90 ${percentile(sw, 90)}; Slack blocks p50 ${percentile(sb, 50)} p90 ${percentile(sb, 90)}`,
        ...(intent === 'detail' ? { target: 'detail ≤ 120 words, footer included' } : {}),
      };
    });
}

export default async function coreBench(): Promise<BenchResult[]> {
  const content = loadContent();
  const questions = ['questions.json', 'fresh-dev.json', 'fresh-heldout.json', 'tuning.json'].flatMap(
    (file) => loadEvaluationSet(file).map((i) => i.q),
  );
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
    ...answerLengths(content, questions),
  ];
}
