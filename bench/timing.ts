// Timing helpers for the benchmark: median milliseconds of a function over fresh inputs, after warm-up runs.

import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

/**
 * Runs `fn(prepare())` `warmup` times untimed, then `runs` times timed; `prepare` (e.g. a structuredClone, so that
 * memoised derivations are recomputed) is never part of the timing.
 */
export function measure<T>(prepare: () => T, fn: (input: T) => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { median, min: times[0], runs };
}

export function ms(t: number): string {
  return t < 10 ? t.toFixed(2) : t < 100 ? t.toFixed(1) : t.toFixed(0);
}
