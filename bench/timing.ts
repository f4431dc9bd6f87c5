// Timing helpers for the benchmark: median milliseconds of a function over fresh inputs, after warm-up runs, each
// timed run starting from a collected heap (so one run does not pay for the garbage of the one before).

import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

// `gc` without --expose-gc on the command line (npm run bench is plain tsx): set the flag, then take gc from a fresh
// context, which sees it. If that ever stops working, runs simply are not preceded by a collection.
setFlagsFromString('--expose-gc');
const gc: unknown = (() => {
  try {
    return runInNewContext('gc');
  } catch {
    return undefined;
  }
})();
export const collectsBetweenRuns = typeof gc === 'function';
const collect = collectsBetweenRuns ? (gc as () => void) : () => {};

/**
 * Runs `fn(prepare())` `warmup` times untimed, then `runs` times timed; `prepare` (e.g. a structuredClone, so that
 * memoised derivations are recomputed) and the collection before each run are never part of the timing.
 */
export function measure<T>(prepare: () => T, fn: (input: T) => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    collect();
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
