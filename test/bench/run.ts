import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './stats.js';

/** Runs every suite in ./suites (each default-exports `() => Promise<BenchResult[]>`), prints a table, saves JSON. */
async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('./suites/', import.meta.url));
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && (!only || f.includes(only)))
    .sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    const mod: { default: () => Promise<BenchResult[]> } = await import(pathToFileURL(join(dir, file)).href);
    results.push(...(await mod.default()));
  }
  const fmt = (v: number | undefined, digits = 3) => (v === undefined ? '' : v.toFixed(digits));
  console.table(
    results.map((r) => ({
      suite: r.suite,
      case: r.case,
      n: r.samples,
      'p50 ms': fmt(r.p50Ms),
      'p99 ms': fmt(r.p99Ms),
      'per s': fmt(r.perSecond, 0),
      'total ms': fmt(r.totalMs, 0),
      'peak RSS MB': fmt(r.peakRssMb, 0),
      target: r.target ?? '',
      note: r.note ?? '',
    })),
  );
  mkdirSync('bench-results', { recursive: true });
  const out = join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const payload = { node: process.version, date: new Date().toISOString(), results };
  writeFileSync(out, JSON.stringify(payload, null, 2));
  writeFileSync(join('bench-results', 'latest.json'), JSON.stringify(payload, null, 2));
  console.log(`saved ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
