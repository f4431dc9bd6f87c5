// Browser-test harness: builds the app, serves it with vite preview on a free 127.0.0.1 port and drives the
// system Chromium (never a downloaded one) through playwright-core with a fresh profile. One browser at a time.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = netServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface App {
  url: string;
  context: BrowserContext;
  /** A new tab on the designer with a clean localStorage unless `keepStorage`. */
  open(path?: string): Promise<Page>;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

/** Builds once per process into tests/.tmp (not dist/, which the build script owns). */
function buildOnce(): Promise<string> {
  built ??= (async () => {
    const outDir = join(ROOT, 'tests/.tmp/browser-dist');
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

export async function startApp(): Promise<App> {
  const outDir = await buildOnce();
  const port = await freePort();
  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const url = `http://127.0.0.1:${port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'amq-designer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_ARGS, acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
  });
  return {
    url, context,
    async open(path = '') {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(url + path);
      await page.locator('.react-flow__renderer').waitFor();
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
