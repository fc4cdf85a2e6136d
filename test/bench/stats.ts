export interface BenchResult {
  suite: string;
  case: string;
  samples: number;
  p50Ms?: number;
  p99Ms?: number;
  perSecond?: number;
  totalMs?: number;
  peakRssMb?: number;
  target?: string;
  note?: string;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] as number;
}

export function summarize(samplesMs: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
