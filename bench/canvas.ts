// Canvas bench (issue 3 item 8): frame times while dragging one node, in the designer and in a bare React Flow
// page, with 500 and 1,000 brokers, in the system Chromium. Prints figures only; never asserts.
// Run: npx tsx bench/canvas.ts

import react from '@vitejs/plugin-react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Topology } from '../src/model';
import { encodeNetwork } from '../src/store/shareLink';
import { CHROMIUM_ARGS } from '../tests/browser/harness';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'tests/.tmp/bench-canvas');
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [500, 1000];

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

interface Figures { frames: number; median: number; p95: number; max: number }

/** Drags the node nearest the view's centre by 240 px in 60 mouse moves and records rAF intervals meanwhile. */
async function dragFrames(page: Page): Promise<Figures> {
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
  const frames = await page.evaluate<number[]>('(window.__stop = true, window.__frames.slice(1))');
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: frames.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

async function main(): Promise<void> {
  const appDir = resolve(TMP, 'app');
  const bareSrc = resolve(TMP, 'bare-src');
  const bareDir = resolve(TMP, 'bare');
  writeBarePage(bareSrc);
  await build({ root: ROOT, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
  await build({ root: bareSrc, configFile: false, plugins: [react()], logLevel: 'error', build: { outDir: bareDir, emptyOutDir: true } });
  const app = await preview({ root: ROOT, logLevel: 'error', build: { outDir: appDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const bare = await preview({ root: bareSrc, configFile: false, logLevel: 'error', build: { outDir: bareDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const port = (s: typeof app) => (s.httpServer.address() as { port: number }).port;
  const profile = resolve(TMP, `profile-${process.pid}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 } });
  const fmt = (f: Figures) => `${String(f.frames).padStart(4)} frames  median ${f.median.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  max ${f.max.toFixed(1).padStart(6)} ms`;
  console.log('canvas drag of one node (60 mouse moves), Chromium frame intervals');
  try {
    for (const n of SIZES) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port(bare)}/?n=${n}`);
      console.log(`  bare React Flow  ${String(n).padStart(5)} nodes: ${fmt(await dragFrames(page))}`);
      await page.close();
      const d = await context.newPage();
      await d.goto(`http://127.0.0.1:${port(app)}/${encodeNetwork(network(n))}`);
      console.log(`  designer         ${String(n).padStart(5)} brokers: ${fmt(await dragFrames(d))}`);
      await d.evaluate('localStorage.clear()');
      await d.close();
    }
  } finally {
    await context.close();
    app.httpServer.close();
    bare.httpServer.close();
  }
}

await main();
