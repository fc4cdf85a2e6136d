import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

describe('architecture boundaries', () => {
  it('keeps the core free of platform SDKs, servers and adapters', () => {
    const forbidden = /^(?:@slack\/|botbuilder|botframework|@microsoft\/|express|pino)|\/adapters\//;
    const offenders = sourceFiles(join(root, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec) || spec.includes('../adapters'))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps botbuilder inside adapters/teams and Bolt inside adapters/slack', () => {
    const offenders = sourceFiles(join(root, 'adapters')).flatMap((file) => {
      const rel = relative(root, file);
      return importsOf(file)
        .filter(
          (spec) =>
            (/^(?:botbuilder|botframework)/.test(spec) && !rel.startsWith('adapters/teams/')) ||
            (/^@slack\//.test(spec) && !rel.startsWith('adapters/slack/')),
        )
        .map((spec) => `${rel} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps query logic out of the adapters', () => {
    const offenders = sourceFiles(join(root, 'adapters')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /src\/query\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
