// First-load JavaScript size: a production `vite build` into a temporary folder, then the gzip size (node:zlib,
// default level) of the script chunks index.html loads up front — the entry and its modulepreloads, not the lazily
// imported chunks (the ELK auto-layout, the importer) — against the 250 kB target.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const TARGET_KB = 250; // kB = 1,000 bytes, as vite prints them

export interface BundleSize {
  chunks: { file: string; bytes: number; gzipBytes: number }[];
  gzipKB: number;
  /** Every .js the build wrote, to show what stays out of the first load. */
  lazy: { file: string; gzipBytes: number }[];
}

const ROOT = resolve(import.meta.dirname, '..');

/** Builds the app into `outDir` (a fresh temporary folder unless given; removed afterwards unless `keep`). */
export async function firstLoadSize(outDir?: string, keep = false): Promise<BundleSize & { outDir: string }> {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'amq-bench-build-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const sizeOf = (file: string) => { const bytes = readFileSync(join(dir, file)); return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length }; };
  const chunks = [...new Set(entries)].map(sizeOf);
  const all = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const lazy = all.filter((f) => !entries.includes(f)).map((f) => ({ file: f, gzipBytes: sizeOf(f).gzipBytes }));
  if (!keep && !outDir) rmSync(dir, { recursive: true, force: true });
  return { chunks, gzipKB: chunks.reduce((n, c) => n + c.gzipBytes, 0) / 1000, lazy, outDir: dir };
}

export function bundleLines(b: BundleSize): string[] {
  const kb = (n: number) => (n / 1000).toFixed(1);
  return [
    `First-load JavaScript (vite build; the scripts index.html loads, gzip by node:zlib): ${b.gzipKB.toFixed(1)} kB — target < ${TARGET_KB} kB: ${b.gzipKB < TARGET_KB ? 'met' : 'MISSED'}`,
    ...b.chunks.map((c) => `  ${c.file}  ${kb(c.bytes)} kB raw, ${kb(c.gzipBytes)} kB gzip`),
    `  lazily loaded, not counted: ${b.lazy.map((c) => `${c.file} ${kb(c.gzipBytes)} kB gzip`).join(', ') || 'none'}`,
  ];
}
