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
      .map(
        (l) =>
          JSON.parse(l) as {
            question: string;
            intent: string;
            safety: string;
            private: boolean;
            programs: string[];
          },
      );
    expect(lines.map((l) => [l.question, l.intent, l.safety, l.private, l.programs])).toEqual([
      ['what is STS?', 'explain', 'none', false, []],
      ['', 'help', 'none', false, []],
      ['i want to end my life', 'crisis', 'crisis', true, []],
      ['crm vs cft', 'compare', 'none', false, ['crm', 'cft-sts']],
    ]);
  });

  it('starts an answer to pills already taken with 911', () => {
    const { code, out } = ask(['i just took a bunch of pills']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Call 911 now');
    expect(out.slice(0, 300)).toContain('911');
  });

  it('tells a worried coworker how to help and that 988 takes calls about someone else', () => {
    const { out } = ask(['my coworker said she wants to kill herself, what do i do']);
    expect(out.split('\n')[0]).toBe('How to help someone who may be at risk');
    expect(out).toMatch(/Ask:.*Be there:.*Keep them safe:.*Help them connect:.*Follow up:/s);
    expect(out).toContain('it takes calls about someone else');
  });

  it('answers a heavy day kindly, with a person to talk to and 988', () => {
    const { out } = ask(['i feel numb after every home visit']);
    expect(out).toContain('common for people who do this work');
    expect(out).toContain('your supervisor, a peer you trust, or your employee assistance program');
    expect(out).toContain('988');
    expect(out).not.toContain('numb after every home visit');
  });

  it('shows the EAP line from EAP_TEXT in a crisis answer', () => {
    const run = spawnSync(tsx, ['src/cli/ask.ts', 'i want to die'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, EAP_TEXT: 'County EAP 1-800-555-0100' },
    });
    expect(run.stdout).toContain('Your employee assistance program: County EAP 1-800-555-0100');
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
