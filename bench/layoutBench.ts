// Layout rows: the designer's auto-layout (graph building, ELK, row wrapping, snapping) against the bare ELK engine
// laying out the same ELK graph, at 1,000 brokers. The radial layout needs no ELK (src/store/layout/radial.ts): its
// row sets it against ELK's radial algorithm, which it replaced, run once (it takes seconds), with both extents. `npm run bench:layout` runs only these rows. Figures, never
// assertions. (ELK runs here in Node, on the main thread; in the browser it runs in a worker.)

import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { performance } from 'node:perf_hooks';
import type { Topology } from '../src/model';
import { layeredGraph, type LayoutKind, LAYOUT_NODE, locationGraph } from '../src/store/layout/graphs';
import { layoutWith } from '../src/store/layout/layout';
import { elkRadialGraph } from './elkRadialGraph';
import { hubAndSpoke, regionalMesh } from './networks';
import { ms } from './timing';

/** elkOptions: the root graph's ELK options that decide the cost (spacing and direction left out), as given to ELK. */
export interface LayoutRow { network: string; brokers: number; kind: LayoutKind; designerMs: number; bareMs: number; elkOptions: Record<string, string> }

const GRAPH = { layered: layeredGraph, location: locationGraph, radial: elkRadialGraph } as const;

const LOOKS_ONLY = /spacing|direction|padding|aspectRatio|separateConnectedComponents/;

function costOptions(kind: LayoutKind, net: Topology): Record<string, string> {
  const all = GRAPH[kind](net, { aspect: 1.2 }).layoutOptions ?? {};
  return Object.fromEntries(Object.entries(all).filter(([k]) => !LOOKS_ONLY.test(k)));
}

/** `algorithm=layered layering.strategy=LONGEST_PATH_SOURCE …`: option names without the elk. / elk.layered. prefix. */
export function optionWords(options: Record<string, string>): string {
  return Object.entries(options).map(([k, v]) => `${k.replace(/^elk\.(layered\.)?/, '')}=${v}`).join(' ');
}

const size = (e: { width: number; height: number }) => `${Math.round(e.width).toLocaleString('en')} × ${Math.round(e.height).toLocaleString('en')}`;

function extent(positions: { x: number; y: number }[]): { width: number; height: number } {
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  return { width: Math.max(...xs) - Math.min(...xs) + LAYOUT_NODE.width, height: Math.max(...ys) - Math.min(...ys) + LAYOUT_NODE.height };
}

/** ELK's radial layout, run once (it takes seconds at 1,000 brokers): its time and the extent it covers. */
async function elkOnce(elk: InstanceType<typeof ELK>, graph: ElkNode): Promise<{ ms: number; extent: string }> {
  const t0 = performance.now();
  const result = await elk.layout(graph);
  const took = performance.now() - t0;
  return { ms: took, extent: size(extent((result.children ?? []).map((c) => ({ x: c.x ?? 0, y: c.y ?? 0 })))) };
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
      const designerMs = await median(() => layoutWith(async () => elk, net, kind, { aspect: 1.2 }), runs, 1);
      const radial = kind === 'radial';
      const bare = radial ? await elkOnce(elk, elkRadialGraph(net)) : { ms: await median(() => elk.layout(GRAPH[kind](net, { aspect: 1.2 })), runs, 1), extent: '' };
      const bareMs = bare.ms;
      const elkOptions = costOptions(kind, net);
      const extents = radial ? `   extent ${size(extent(await layoutWith(async () => elk, net, kind)))} px, ELK's ${bare.extent} px` : '';
      rows.push({ network: name, brokers: n, kind, designerMs, bareMs, elkOptions });
      log(`  ${name.padEnd(14)} ${kind.padEnd(9)} designer ${ms(designerMs).padStart(6)} ms   ${radial ? 'ELK radial' : 'bare ELK'} ${ms(bareMs).padStart(6)} ms   ${radial ? `(${Math.round(bareMs / designerMs).toLocaleString('en')}× faster)` : `${(designerMs / bareMs).toFixed(2)}×`}   (target < 1,000 ms: ${designerMs < 1000 ? 'met' : 'NOT met'})   ELK: ${optionWords(elkOptions)}${extents}`);
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('layoutBench.ts')) await layoutBench(Number(process.env.BENCH_LAYOUT_SIZE ?? 1000));
