// bench/results.json: the figures of the last run with a description of the machine that produced them.

import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { resolve } from 'node:path';
import type { BundleSize } from './bundleSize';
import type { CanvasRow } from './canvas';
import type { LayoutRow } from './layoutBench';
import { DESCRIPTIONS, type Pair, type SizeInfo } from './figures';
import { growth, ratio, TARGETS, WITHIN } from './report';
import type { WideRow } from './wideImport';

export const RESULTS_PATH = resolve(import.meta.dirname, 'results.json');

export function machine(loadAtStart: number[]): Record<string, unknown> {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()}`,
    cpuModel: cpu[0]?.model ?? 'unknown',
    cpuCount: cpu.length,
    totalMemoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage1mAtStart: Number(loadAtStart[0].toFixed(2)),
    loadAverage1mAtEnd: Number(loadavg()[0].toFixed(2)),
    note: process.env.BENCH_NOTE ?? 'Timings are medians on whatever else the machine was running; see the load averages.',
  };
}

export interface Results {
  pairs: Pair[];
  sizes: SizeInfo[];
  bundle: BundleSize;
  canvas?: CanvasRow[];
  /** One file of 10,000 connectors (bench/wideImport.ts); absent when BENCH_WIDE=0. */
  wide?: WideRow[];
  layout?: LayoutRow[];
  runs: Record<number, number>;
  collectsBetweenRuns: boolean;
  loadAtStart: number[];
}

const round = (x: number) => Number(x.toPrecision(4));

export function writeResults(r: Results): void {
  const json = {
    machine: machine(r.loadAtStart),
    method: {
      network: 'regional-mesh (bench/networks.ts)',
      timing: `median of N timed runs after warm-up; N per size ${JSON.stringify(r.runs)}; fresh structuredClone per run (excluded)${r.collectsBetweenRuns ? '; heap collected before each timed run (excluded)' : ''}`,
      operations: DESCRIPTIONS,
      within: WITHIN,
    },
    rows: r.pairs.map((p) => ({
      operation: p.operation, brokers: p.brokers, links: p.links,
      modelMs: round(p.model.median), modelMinMs: round(p.model.min), baselineMs: round(p.baseline.median), baselineMinMs: round(p.baseline.min),
      ratio: round(ratio(p)), runs: p.model.runs,
    })),
    growth: growth(r.pairs).map((g) => ({ ...g, model: round(g.model), baseline: round(g.baseline) })),
    networks: r.sizes,
    targets: { at1000BrokersMs: TARGETS, firstLoadGzipKB: 250, canvasRatio: 1.3 },
    firstLoad: r.bundle,
    canvas: r.canvas ?? 'not run (BENCH_CANVAS=0)',
    wideImport: r.wide?.map((w) => ({ shape: w.shape, connectors: w.connectors, mib: round(w.mib), links: w.links, modelMs: round(w.model.median), modelMinMs: round(w.model.min), baselineMs: round(w.baseline.median), runs: w.model.runs })) ?? 'not run (BENCH_WIDE=0)',
    layout: r.layout?.map((l) => ({ ...l, designerMs: round(l.designerMs), bareMs: round(l.bareMs) })) ?? 'not run (BENCH_LAYOUT=0)',
  };
  writeFileSync(RESULTS_PATH, `${JSON.stringify(json, null, 2)}\n`);
}
