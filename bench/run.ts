// `npm run bench`: one table of model-versus-baseline figures (validate, export, import, zip) on regional-mesh networks
// of 10 to 5,000 brokers, the first-load JavaScript size, the canvas rows in Chromium (BENCH_CANVAS=0 skips them); writes
// bench/results.json and docs/bench.svg; one file of 10,000 connectors imported (bench/wideImport.ts; BENCH_WIDE=0 skips).
// Prints figures only; it never fails on timing.

import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { bundleLines, firstLoadSize } from './bundleSize';
import { CANVAS_SIZES, CANVAS_TARGET, canvasBench, canvasLines, type CanvasRow } from './canvas';
import { writeChart } from './chart';
import { figures, type Pair, type SizeInfo } from './figures';
import { layoutBench } from './layoutBench';
import { regionalHubCount, regionalMesh } from './networks';
import { legend, table, targets, verdicts } from './report';
import { RESULTS_PATH, writeResults } from './results';
import { collectsBetweenRuns } from './timing';
import { wideImportLines, wideImportRows, type WideRow } from './wideImport';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [10, 100, 1000, 5000];
const RUNS: Record<number, number> = { 10: 25, 100: 15, 1000: 7, 5000: 3 };
const WARMUP: Record<number, number> = { 5000: 1 };

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg();
  console.log(`amq-network-designer bench — Node ${process.version}; median of N timed runs after warm-up (${SIZES.map((s) => `${RUNS[s] ?? 5} at ${s.toLocaleString('en')}`).join(', ')}).`);
  console.log(`Model runs start from a fresh structuredClone of the topology (clone time excluded), so nothing is memoised${collectsBetweenRuns ? ';\nthe heap is collected before every timed run (not timed)' : ''}.`);
  console.log(`Network: regional-mesh = round(1.5·√n) hubs in a full mesh (${SIZES.map((s) => `${regionalHubCount(s)} at ${s}`).join(', ')}), every other broker`);
  console.log('dual-homed to two neighbouring hubs; all links duplex over ssl, mcollective preset. Timings are noisy on a shared machine.\n');
  const pairs: Pair[] = [];
  const infos: SizeInfo[] = [];
  for (const n of SIZES) {
    const { pairs: p, info } = figures(regionalMesh(n), RUNS[n] ?? 5, WARMUP[n] ?? 2);
    pairs.push(...p);
    infos.push(info);
  }
  const ordered = ['validate', 'export', 'import', 'zip'].flatMap((op) => pairs.filter((p) => p.operation === op));
  console.log(table(ordered));
  console.log(legend().join('\n'));
  const invalid = infos.filter((i) => i.diagnostics.error > 0);
  console.log(`\nNetworks: ${infos.map((i) => `${i.brokers} brokers → ${i.files} files, ${i.xmlMiB.toFixed(1)} MiB XML, zip ${i.zipKiB.toFixed(0)} KiB, diagnostics e/w/i ${i.diagnostics.error}/${i.diagnostics.warning}/${i.diagnostics.info}`).join('; ')}.`);
  if (invalid.length) console.log(`NOTE: ${invalid.map((i) => i.brokers).join(', ')} broker network(s) have error diagnostics; the generator needs fixing.`);
  console.log(`\n${verdicts(ordered).join('\n')}`);
  console.log(`\n${targets(ordered).join('\n')}`);
  let wide: WideRow[] | undefined;
  if (process.env.BENCH_WIDE !== '0') {
    wide = wideImportRows();
    console.log(`\n${wideImportLines(wide).join('\n')}`);
  } else console.log('\nWide-import rows skipped (BENCH_WIDE=0).');
  console.log('');
  const layout = process.env.BENCH_LAYOUT === '0' ? undefined : await layoutBench(1000);
  const keepBuild = process.env.BENCH_CANVAS !== '0';
  const bundle = await firstLoadSize(undefined, keepBuild);
  console.log(`\n${bundleLines(bundle).join('\n')}`);
  let canvas: CanvasRow[] | undefined;
  if (keepBuild) {
    console.log(`\nCanvas (Chromium): first render = navigation → first frame with a visible node (React Flow hides a node until measured); drag = one node, 60 mouse moves, frame intervals.`);
    canvas = await canvasBench(CANVAS_SIZES, bundle.outDir, (l) => console.log(l));
    rmSync(bundle.outDir, { recursive: true, force: true });
    console.log(`designer / bare React Flow (target ≤ ${CANVAS_TARGET}×):\n${canvasLines(canvas).join('\n')}`);
  } else console.log('\nCanvas rows skipped (BENCH_CANVAS=0); without it they run in Chromium at 500/1,000/2,000 brokers, a few minutes.');
  const { outDir: _, ...bundleFigures } = bundle;
  writeResults({ pairs: ordered, sizes: infos, wide, bundle: bundleFigures, canvas, layout, runs: Object.fromEntries(SIZES.map((n) => [n, RUNS[n] ?? 5])), collectsBetweenRuns, loadAtStart });
  writeChart(ordered, `regional mesh; Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}; ${new Date().toISOString().slice(0, 10)}; shared machine, noisy`);
  console.log(`\nWrote ${RESULTS_PATH} and docs/bench.svg. bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
