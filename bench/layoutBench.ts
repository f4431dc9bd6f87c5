// Layout rows: the designer's auto-layout (graph building, ELK, row wrapping, snapping) against the bare ELK engine
// laying out the same ELK graph, at 1,000 brokers. `npm run bench:layout` runs only these rows. Figures, never
// assertions. (ELK runs here in Node, on the main thread; in the browser it runs in a worker.)

import ELK from 'elkjs/lib/elk.bundled.js';
import { performance } from 'node:perf_hooks';
import type { Topology } from '../src/model';
import { layeredGraph, type LayoutKind, locationGraph, radialGraph } from '../src/store/layout/graphs';
import { layoutWith } from '../src/store/layout/layout';
import { hubAndSpoke, regionalMesh } from './networks';
import { ms } from './timing';

/** elkOptions: the root graph's ELK options that decide the cost (spacing and direction left out), as given to ELK. */
export interface LayoutRow { network: string; brokers: number; kind: LayoutKind; designerMs: number; bareMs: number; elkOptions: Record<string, string> }

const GRAPH = { layered: layeredGraph, location: locationGraph, radial: radialGraph } as const;

const LOOKS_ONLY = /spacing|direction|padding|aspectRatio|separateConnectedComponents/;

function costOptions(kind: LayoutKind, net: Topology): Record<string, string> {
  const all = GRAPH[kind](net, { aspect: 1.2 }).layoutOptions ?? {};
  return Object.fromEntries(Object.entries(all).filter(([k]) => !LOOKS_ONLY.test(k)));
}

/** `algorithm=layered layering.strategy=LONGEST_PATH_SOURCE …`: option names without the elk. / elk.layered. prefix. */
export function optionWords(options: Record<string, string>): string {
  return Object.entries(options).map(([k, v]) => `${k.replace(/^elk\.(layered\.)?/, '')}=${v}`).join(' ');
}

async function median(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export async function layoutBench(n = 1000, runs = 5, log: (line: string) => void = console.log): Promise<LayoutRow[]> {
  const elk = new ELK();
  const networks: [string, Topology][] = [['hub-and-spoke', hubAndSpoke(n)], ['regional-mesh', regionalMesh(n)]];
  const rows: LayoutRow[] = [];
  log(`Layout at ${n.toLocaleString('en')} brokers (median of ${runs} after 1 warm-up; designer = graph + ELK + wrapping; bare = ELK on the same graph):`);
  for (const [name, net] of networks) {
    for (const kind of ['layered', 'location', 'radial'] as const) {
      const designerMs = await median(() => layoutWith(elk, net, kind, { aspect: 1.2 }), runs, 1);
      const bareMs = await median(() => elk.layout(GRAPH[kind](net, { aspect: 1.2 })), runs, 1);
      const elkOptions = costOptions(kind, net);
      rows.push({ network: name, brokers: n, kind, designerMs, bareMs, elkOptions });
      log(`  ${name.padEnd(14)} ${kind.padEnd(9)} designer ${ms(designerMs).padStart(6)} ms   bare ELK ${ms(bareMs).padStart(6)} ms   ${(designerMs / bareMs).toFixed(2)}×${kind === 'layered' ? `   (target < 1,000 ms: ${designerMs < 1000 ? 'met' : 'NOT met'})` : ''}   ELK: ${optionWords(elkOptions)}`);
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('layoutBench.ts')) await layoutBench(Number(process.env.BENCH_LAYOUT_SIZE ?? 1000));
