import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function ask(args: string[], input?: string) {
  const run = spawnSync(tsx, ['src/cli/ask.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run ask', { timeout: 60_000 }, () => {
  it('prints the plain-text answer', () => {
    const { code, out } = ask(['programs', 'high', 'relevance']);
    expect(code).toBe(0);
    expect(out).toContain('Emotion-Focused Training for Helping Professionals (EFT-HP)');
    expect(out).toContain('Mockingbird Family');
    expect(out).toContain('Rating: 3 (Promising Research Evidence) · CWS relevance: High');
    expect(out).not.toContain('Community Resiliency Model');
  });

  it('prints the answer as JSON with --json', () => {
    const { code, out } = ask(['--json', 'compare crm and schc']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      question: 'compare crm and schc',
      intent: 'compare',
      programs: ['crm', 'schc'],
    });
    expect(typeof parsed.text).toBe('string');
  });

  it('answers one JSON object per stdin line with --jsonl, empty lines included, in order', () => {
    const { code, out } = ask(['--jsonl'], 'what is STS?\n\ni want to end my life\ncrm vs cft\n');
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { question: string; intent: string; programs: string[] });
    expect(lines.map((l) => [l.question, l.intent, l.programs])).toEqual([
      ['what is STS?', 'explain', []],
      ['', 'help', []],
      ['i want to end my life', 'crisis', []],
      ['crm vs cft', 'compare', ['crm', 'cft-sts']],
    ]);
  });

  it('rejects an unknown option with usage', () => {
    const { code, err } = ask(['--yaml', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('Unknown option --yaml');
  });

  it('stops with the file and field when content is broken', () => {
    const run = spawnSync(tsx, ['src/cli/ask.ts', 'x'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '/nonexistent' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/nonexistent/programs: folder not found');
  });
});
