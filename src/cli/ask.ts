import { createInterface } from 'node:readline';
import { createAnswerer } from '../answer/answer.js';
import type { Answer } from '../answer/model.js';
import { ContentError, loadContent } from '../content/loadContent.js';
import { renderPlainText } from '../render/renderPlainText.js';

const USAGE = `Usage:
  npm run ask -- "programs high relevance"     plain-text answer
  npm run ask -- --json "tell me about CRM"    the Answer as JSON
  npm run ask -- --jsonl < questions.txt       one JSON object per input line`;

function toJson(question: string, answer: Answer): string {
  return JSON.stringify({
    question,
    intent: answer.intent,
    safety: answer.safety ?? 'none',
    private: answer.private,
    programs: answer.programs,
    text: renderPlainText(answer),
    answer,
  });
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknownFlag = [...flags].find((f) => !['--json', '--jsonl', '--help'].includes(f));
  if (unknownFlag || flags.has('--help')) {
    process.stderr.write(`${unknownFlag ? `Unknown option ${unknownFlag}\n` : ''}${USAGE}\n`);
    return unknownFlag ? 2 : 0;
  }
  const eapText = process.env.EAP_TEXT?.trim();
  const answer = createAnswerer(loadContent(process.env.CONTENT_DIR || undefined), {
    random: Math.random,
    ...(eapText ? { eapText } : {}),
  });

  if (flags.has('--jsonl')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) process.stdout.write(`${toJson(line, answer(line))}\n`);
    return 0;
  }
  const question = words.join(' ');
  const result = answer(question);
  process.stdout.write(
    flags.has('--json') ? `${toJson(question, result)}\n` : `${renderPlainText(result)}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof ContentError ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
