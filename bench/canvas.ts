// Canvas bench: first render and frame times while dragging one node, in the designer and in a bare React Flow
// page, at 500, 1,000 and 2,000 brokers, in the system Chromium (first render: median of CANVAS_REPEATS loads; drag:
// their frames pooled). canvasBench() returns the figures (bench/run.ts calls it unless BENCH_CANVAS=0); run
// alone (`npm run bench:canvas`) it prints them. Never asserts.

import react from '@vitejs/plugin-react';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Topology } from '../src/model';
import { encodeNetwork } from '../src/store/shareLink';
import { CHROMIUM_ARGS } from '../tests/browser/chromiumArgs';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'tests/.tmp/bench-canvas');
export const CANVAS_SIZES = [500, 1000, 2000];
export const CANVAS_TARGET = 1.3; // designer / bare React Flow
/** Loads per page and size: first render is their median, drag figures pool their frames (one load is noisy). */
export const CANVAS_REPEATS = Number(process.env.BENCH_CANVAS_REPEATS ?? 3);

/** A NOC per 50 brokers, every broker linked duplex to its NOC, NOCs in a chain: a realistic large network. */
function network(n: number): Topology {
  const brokers: Topology['brokers'] = [];
  const links: Topology['links'] = [];
  const cols = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++) {
    const noc = i % 50 === 0;
    const name = noc ? `noc${i / 50 + 1}` : `broker${i}`;
    brokers.push({ name, role: noc ? 'noc' : 'broker', host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], position: { x: (i % cols) * 220, y: Math.floor(i / cols) * 140 } });
    if (!noc) links.push({ from: `noc${Math.floor(i / 50) + 1}`, to: name, duplex: true });
    else if (i > 0) links.push({ from: `noc${i / 50}`, to: name, duplex: true });
  }
  return { format: 'amq-topology/1', name: `bench-${n}`, settings: { preset: 'mcollective' }, brokers, links };
}

/** The bare page: React Flow with default nodes, useNodesState, nothing else. */
function writeBarePage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'index.html'), '<!doctype html><html><body style="margin:0"><div id="root" style="width:100vw;height:100vh"></div><script type="module" src="./main.tsx"></script></body></html>');
  writeFileSync(resolve(dir, 'main.tsx'), `
import { ReactFlow, useNodesState, useEdgesState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
const n = Number(new URLSearchParams(location.search).get('n') ?? 500);
const cols = Math.ceil(Math.sqrt(n));
const initialNodes = Array.from({ length: n }, (_, i) => ({ id: String(i), position: { x: (i % cols) * 220, y: Math.floor(i / cols) * 140 }, data: { label: 'broker' + i } }));
const initialEdges = Array.from({ length: n }, (_, i) => i % 50 === 0 ? null : ({ id: 'e' + i, source: String(i - (i % 50)), target: String(i) })).filter(Boolean);
function App() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges as any);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} onlyRenderVisibleElements={n > 200} />;
}
createRoot(document.getElementById('root')!).render(<App />);
`);
}

/** slow: the share of frames longer than 20 ms (a vsync missed); frame intervals come in 16.7 ms steps, so p95 jumps. */
export interface Figures { frames: number; median: number; p95: number; max: number; slow: number }
/** firstRenderMs: navigation → first frame with a visible node; firstInDomMs: → first with a node, hidden or not. */
export interface CanvasPage { firstRenderMs: number; firstInDomMs: number; drag: Figures }
export interface CanvasRow { brokers: number; bare: CanvasPage; designer: CanvasPage }

/** Set before any page script: the times (from navigation start) of the first animation frame with a node in the
 *  document (__firstNode) and of the first with a node the user can see (__firstVisible). React Flow keeps a node
 *  `visibility: hidden` until it has measured it, so the first may show nothing: the second is the first render. */
const FIRST_NODE_SCRIPT = `(() => {
  const poll = () => {
    if (!window.__firstNode && document.querySelector('.react-flow__node')) window.__firstNode = performance.now();
    if (document.querySelector('.react-flow__node:not([style*="hidden"])')) window.__firstVisible = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

/** One load of `url` in a new page: the first render, and the frame intervals of one drag. */
async function measureLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstVisible?: number }).__firstVisible, undefined, { timeout: 120_000 });
    const [firstRenderMs, firstInDomMs] = await page.evaluate<number[]>('[window.__firstVisible, window.__firstNode]');
    const frames = await dragFrames(page);
    await page.evaluate('localStorage.clear()');
    return { firstRenderMs, firstInDomMs, frames };
  } finally {
    await page.close();
  }
}

type Load = { firstRenderMs: number; firstInDomMs: number; frames: number[] };

/** The median first render of the loads, and the drag figures of all their frames pooled. */
function summarise(loads: Load[]): CanvasPage {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    firstRenderMs: median(loads.map((l) => l.firstRenderMs)), firstInDomMs: median(loads.map((l) => l.firstInDomMs)),
    drag: figures(loads.flatMap((l) => l.frames)),
  };
}

function figures(frames: number[]): Figures {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: frames.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN, slow: frames.filter((f) => f > 20).length / (frames.length || 1) };
}

/** Drags the node nearest the view's centre by 240 px in 60 mouse moves and records rAF intervals meanwhile. */
async function dragFrames(page: Page): Promise<number[]> {
  await page.locator('.react-flow__node').first().waitFor();
  await page.waitForTimeout(500);
  // Page scripts are strings: tsx would wrap named functions in a helper the page does not have.
  const target = await page.evaluate<{ x: number; y: number }>(`(() => {
    const cx = innerWidth / 2, cy = innerHeight / 2;
    let best;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2, y = r.y + r.height / 2, d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  })()`);
  await page.evaluate(`(() => {
    window.__frames = []; window.__stop = false;
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(target.x + i * 4, target.y + i * 2);
  await page.mouse.up();
  return page.evaluate<number[]>('(window.__stop = true, window.__frames.slice(1))');
}

/** Builds the designer (unless `appDir` holds a build already) and the bare page, and measures both per size. */
export async function canvasBench(sizes = CANVAS_SIZES, appDir?: string, log: (line: string) => void = () => {}): Promise<CanvasRow[]> {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('The canvas bench needs Debian\'s chromium: run `bash scripts/ensure-system-deps.sh` as root (or BENCH_CANVAS=0 to skip it).');
  }
  const bareSrc = resolve(TMP, 'bare-src');
  const bareDir = resolve(TMP, 'bare');
  const app = appDir ?? resolve(TMP, 'app');
  writeBarePage(bareSrc);
  if (!appDir) await build({ root: ROOT, logLevel: 'error', build: { outDir: app, emptyOutDir: true } });
  await build({ root: bareSrc, configFile: false, plugins: [react()], logLevel: 'error', build: { outDir: bareDir, emptyOutDir: true } });
  const appServer = await preview({ root: ROOT, logLevel: 'error', build: { outDir: app }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const bareServer = await preview({ root: bareSrc, configFile: false, logLevel: 'error', build: { outDir: bareDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const port = (s: typeof appServer) => (s.httpServer.address() as { port: number }).port;
  const profile = resolve(TMP, `profile-${process.pid}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 } });
  await context.addInitScript(FIRST_NODE_SCRIPT);
  const rows: CanvasRow[] = [];
  try {
    for (const n of sizes) {
      // Loads alternate between the two pages, so that a busy moment of the machine falls on both.
      const bareLoads = [], designerLoads = [];
      for (let r = 0; r < CANVAS_REPEATS; r++) {
        bareLoads.push(await measureLoad(context, `http://127.0.0.1:${port(bareServer)}/?n=${n}`));
        designerLoads.push(await measureLoad(context, `http://127.0.0.1:${port(appServer)}/${encodeNetwork(network(n))}`));
      }
      const bare = summarise(bareLoads), designer = summarise(designerLoads);
      log(`  bare React Flow  ${String(n).padStart(5)} nodes:   first render ${bare.firstRenderMs.toFixed(0).padStart(5)} ms (node in DOM ${bare.firstInDomMs.toFixed(0).padStart(4)}), drag ${fmt(bare.drag)}`);
      log(`  designer         ${String(n).padStart(5)} brokers: first render ${designer.firstRenderMs.toFixed(0).padStart(5)} ms (node in DOM ${designer.firstInDomMs.toFixed(0).padStart(4)}), drag ${fmt(designer.drag)}`);
      rows.push({ brokers: n, bare, designer });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    appServer.httpServer.close();
    bareServer.httpServer.close();
  }
  return rows;
}

export function fmt(f: Figures): string {
  return `${String(f.frames).padStart(4)} frames  median ${f.median.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  max ${f.max.toFixed(1).padStart(6)} ms  slow ${(100 * f.slow).toFixed(0).padStart(3)}%`;
}

/** designer / bare per size: first render, and the drag's median and p95 frame interval, against the 1.3× target. */
export function canvasLines(rows: CanvasRow[]): string[] {
  const r = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const ok = (x: number) => (x <= CANVAS_TARGET ? 'met' : 'MISSED');
  return rows.map(({ brokers, bare, designer }) => {
    const first = designer.firstRenderMs / bare.firstRenderMs, drag = designer.drag.median / bare.drag.median;
    return `  ${String(brokers).padStart(5)} brokers: first render ${designer.firstRenderMs.toFixed(0)} vs ${bare.firstRenderMs.toFixed(0)} ms = ${r(designer.firstRenderMs, bare.firstRenderMs)} (${ok(first)}; `
      + `first node in the DOM, hidden until measured: ${r(designer.firstInDomMs, bare.firstInDomMs)}); `
      + `drag median frame ${designer.drag.median.toFixed(1)} vs ${bare.drag.median.toFixed(1)} ms = ${r(designer.drag.median, bare.drag.median)} (${ok(drag)}), p95 ${r(designer.drag.p95, bare.drag.p95)}, `
      + `frames over 20 ms ${(100 * designer.drag.slow).toFixed(0)}% vs ${(100 * bare.drag.slow).toFixed(0)}%`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : CANVAS_SIZES;
  console.log('canvas: first render (navigation → first frame with a visible node) and drag of one node (60 mouse moves), Chromium frame intervals');
  const rows = await canvasBench(sizes, undefined, (l) => console.log(l));
  console.log(`designer / bare React Flow (target ≤ ${CANVAS_TARGET}×):\n${canvasLines(rows).join('\n')}`);
}
