// Browser-test harness: builds the app, serves it with vite preview on a free 127.0.0.1 port and drives the
// system Chromium (never a downloaded one) through playwright-core with a fresh profile. One browser at a time,
// except for a test that needs a second, storage-free profile (freshContext). An uncaught error in any page fails
// the test that was running, unless the test declared it with allowPageErrors.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterEach } from 'vitest';
import { CHROMIUM_ARGS } from './chromiumArgs';

const ROOT = resolve(import.meta.dirname, '../..');

export { CHROMIUM_ARGS } from './chromiumArgs';

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

const pageErrors: string[] = [];
let allowed: RegExp[] = [];

/** Records the uncaught errors of `page` (and of every later page of its context) for the running test. */
export function watchPageErrors(target: Page | BrowserContext): void {
  const watch = (page: Page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.stack ?? e.message}`));
  if ('pages' in target) {
    target.pages().forEach(watch);
    target.on('page', watch);
  } else watch(target);
}

/** Declares the uncaught page errors the running test provokes on purpose; any other one still fails it. */
export function allowPageErrors(...patterns: RegExp[]): void {
  allowed.push(...patterns);
}

// Registered on the suite of every test file that imports the harness (each file gets its own module instance).
afterEach(() => {
  const unexpected = pageErrors.splice(0).filter((m) => !allowed.some((re) => re.test(m)));
  allowed = [];
  if (unexpected.length) throw new Error(`uncaught error in the page:\n${unexpected.join('\n')}`);
});

export interface App {
  url: string;
  context: BrowserContext;
  /** A new tab on the designer with a clean localStorage unless `keepStorage`. */
  open(path?: string): Promise<Page>;
  /** A second browser profile with nothing stored (no autosave, no cookies); the caller closes it. */
  freshContext(): Promise<BrowserContext>;
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
  const profiles: string[] = [];
  const launch = async () => {
    const profile = mkdtempSync(join(tmpdir(), 'amq-designer-chromium-'));
    profiles.push(profile);
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_ARGS, acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
    });
    watchPageErrors(ctx);
    return ctx;
  };
  const context = await launch();
  return {
    url, context,
    freshContext: launch,
    async open(path = '') {
      const page = await context.newPage();
      await page.goto(url + path);
      await page.locator('.react-flow__renderer').waitFor();
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    },
  };
}
