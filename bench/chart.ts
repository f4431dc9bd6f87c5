// docs/bench.svg: time against network size from the bench's figures, hand-written SVG (no chart library):
// log-scale brokers across, log-scale milliseconds up, one colour per operation, model solid, baseline dashed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OPERATIONS, type Pair } from './figures';

export const CHART_PATH = resolve(import.meta.dirname, '..', 'docs', 'bench.svg');

const COLOURS: Record<string, string> = { validate: '#1f77b4', export: '#e67e22', import: '#2ca02c', zip: '#c0392b' };
const W = 820, H = 500, LEFT = 70, RIGHT = 190, TOP = 60, BOTTOM = 60;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (x: number) => x.toFixed(1);

export function chartSvg(pairs: Pair[], caption: string): string {
  const sizes = [...new Set(pairs.map((p) => p.brokers))].sort((a, b) => a - b);
  const times = pairs.flatMap((p) => [p.model.median, p.baseline.median]).filter((t) => t > 0);
  const yLo = Math.floor(Math.log10(Math.min(...times))), yHi = Math.ceil(Math.log10(Math.max(...times)));
  const xLo = Math.log10(sizes[0]) - 0.15, xHi = Math.log10(sizes[sizes.length - 1]) + 0.15;
  const x = (brokers: number) => LEFT + ((Math.log10(brokers) - xLo) / (xHi - xLo)) * (W - LEFT - RIGHT);
  const y = (ms: number) => H - BOTTOM - ((Math.log10(Math.max(ms, 10 ** yLo)) - yLo) / (yHi - yLo)) * (H - TOP - BOTTOM);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${LEFT}" y="24" font-size="16" font-weight="bold">amq-network-designer: time per operation against network size</text>`,
    `<text x="${LEFT}" y="42" fill="#555">${esc(caption)}</text>`,
  ];
  for (let e = yLo; e <= yHi; e++) {
    const label = 10 ** e >= 1 ? String(10 ** e) : (10 ** e).toFixed(-e);
    out.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${num(y(10 ** e))}" y2="${num(y(10 ** e))}" stroke="#ddd"/>`,
      `<text x="${LEFT - 8}" y="${num(y(10 ** e) + 4)}" text-anchor="end">${label}</text>`);
  }
  for (const s of sizes) {
    out.push(`<line x1="${num(x(s))}" x2="${num(x(s))}" y1="${TOP}" y2="${H - BOTTOM}" stroke="#eee"/>`,
      `<text x="${num(x(s))}" y="${H - BOTTOM + 18}" text-anchor="middle">${s.toLocaleString('en')}</text>`);
  }
  out.push(`<rect x="${LEFT}" y="${TOP}" width="${W - LEFT - RIGHT}" height="${H - TOP - BOTTOM}" fill="none" stroke="#888"/>`,
    `<text x="${(LEFT + W - RIGHT) / 2}" y="${H - 18}" text-anchor="middle">brokers (log scale; regional mesh, ~3 links per broker)</text>`,
    `<text transform="translate(18 ${(TOP + H - BOTTOM) / 2}) rotate(-90)" text-anchor="middle">milliseconds, median (log scale)</text>`);
  OPERATIONS.forEach((op, i) => {
    const rows = pairs.filter((p) => p.operation === op).sort((a, b) => a.brokers - b.brokers);
    const colour = COLOURS[op];
    for (const [which, dash] of [['model', ''], ['baseline', ' stroke-dasharray="6 4"']] as const) {
      const pts = rows.map((p) => `${num(x(p.brokers))},${num(y(p[which].median))}`).join(' ');
      out.push(`<polyline points="${pts}" fill="none" stroke="${colour}" stroke-width="${which === 'model' ? 2.5 : 1.5}"${dash}/>`);
      for (const p of rows) out.push(`<circle cx="${num(x(p.brokers))}" cy="${num(y(p[which].median))}" r="${which === 'model' ? 3.5 : 2.5}" fill="${which === 'model' ? colour : '#fff'}" stroke="${colour}"><title>${op} ${which}, ${p.brokers} brokers: ${p[which].median.toFixed(2)} ms</title></circle>`);
    }
    const ly = TOP + 10 + i * 22, lx = W - RIGHT + 16;
    out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2.5"/>`,
      `<text x="${lx + 32}" y="${ly + 4}">${op}</text>`);
  });
  const ly = TOP + 10 + OPERATIONS.length * 22 + 10, lx = W - RIGHT + 16;
  out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="#333" stroke-width="2.5"/><text x="${lx + 32}" y="${ly + 4}">model (ours)</text>`,
    `<line x1="${lx}" x2="${lx + 26}" y1="${ly + 20}" y2="${ly + 20}" stroke="#333" stroke-width="1.5" stroke-dasharray="6 4"/><text x="${lx + 32}" y="${ly + 24}">baseline</text>`,
    `<text x="${lx}" y="${ly + 50}" fill="#555" font-size="11">baselines: adjacency pass,</text>`,
    `<text x="${lx}" y="${ly + 64}" fill="#555" font-size="11">XMLBuilder, XMLParser,</text>`,
    `<text x="${lx}" y="${ly + 78}" fill="#555" font-size="11">fflate zipSync (bench/)</text>`,
    '</svg>', '');
  return out.join('\n');
}

export function writeChart(pairs: Pair[], caption: string): void {
  mkdirSync(dirname(CHART_PATH), { recursive: true });
  writeFileSync(CHART_PATH, chartSvg(pairs, caption));
}
