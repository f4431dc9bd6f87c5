// Nothing leaves the browser: every request the page makes while a person loads a template, edits security settings,
// reads the XML preview, downloads the zip (with the keystore script) and makes a share link goes to the page's own
// origin, or is a data:/blob: URL; the Content-Security-Policy is in force and nothing breaks it, built or in dev.

import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, parseTopology, validate } from '../../src/model';
import { DesignerPage } from './designerPage';
import { type App, CHROMIUM_ARGS, startApp } from './harness';

let app: App;
const requests: string[] = [];

// Recorded from the start: CSP violations (the event fires even where the console is not watched).
const RECORD_CSP = () => {
  (window as unknown as { cspViolations: string[] }).cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

beforeAll(async () => {
  app = await startApp();
  app.context.on('request', (r) => requests.push(r.url()));
  await app.context.addInitScript(RECORD_CSP);
});
afterAll(async () => { await app?.close(); });

const foreign = (urls: string[], origin: string) => urls.filter((u) => !(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')));

describe('privacy', () => {
  it('makes no request outside its own origin through a whole session, and keeps its CSP', async () => {
    const page = await app.open();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const d = new DesignerPage(page);
    await d.node('noc').waitFor();

    await page.getByRole('combobox', { name: 'Templates' }).selectOption('clustering-2009');
    await d.node('dc1-broker').waitFor();
    await d.selectBroker('dc1-broker');
    await d.typeInField('broker-location', 'Frankfurt');
    await page.locator('[data-section="ssl"] button', { hasText: 'Add SSL context' }).click();
    await page.locator('[data-section="users"] [data-action="generate-password"]').nth(1).click();

    // The preview masks passwords until asked; the download still has them.
    const code = page.getByTestId('xml-code');
    await expect(code.textContent()).resolves.toContain('password="••••••"');
    await expect(code.textContent()).resolves.not.toContain('bridge-Xu7#qLw2-amq');
    await page.locator('input[name="show-passwords"]').check();
    await expect(code.textContent()).resolves.toContain('password="bridge-Xu7#qLw2-amq"');

    await page.locator('input[name="zip-keytool"]').check();
    const [download] = await Promise.all([page.waitForEvent('download'), d.command('zip')]);
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files)).toContain('make-keystores.sh');
    expect(strFromU8(files['dc1-broker/activemq.xml'])).toContain('password="bridge-Xu7#qLw2-amq"');
    const topology = parseTopology(strFromU8(files['clustering-2009.amq.json']));
    expect(topology.brokers[1].location).toBe('Frankfurt');
    // Unticked, the download is again exactly the CLI's zip.
    await page.locator('input[name="zip-keytool"]').uncheck();
    const [plain] = await Promise.all([page.waitForEvent('download'), d.command('zip')]);
    expect(Buffer.from(readFileSync((await plain.path())!)).equals(Buffer.from(buildZip(topology, { diagnostics: validate(topology) })))).toBe(true);
    // Independently of buildZip: the edits made above are in the downloaded files themselves.
    const dc1 = strFromU8(files['dc1-broker/activemq.xml']);
    expect(dc1).toMatch(/<sslContext>/);
    const generated = topology.brokers[1].users![1].password;
    expect(generated).toMatch(/^[A-Za-z0-9\-_.!#%+=:@~^*]{20}$/);
    expect(dc1).toContain(`password="${generated}"`);
    expect(strFromU8(files['make-keystores.sh'])).toMatch(/keytool/);

    await d.command('share');
    await expect(page.locator('input.share-url').inputValue()).resolves.toMatch(/#net=/);

    const origin = new URL(app.url).origin;
    expect(requests.some((u) => u.startsWith(origin) && u.endsWith('.js'))).toBe(true); // the recorder sees requests
    expect(foreign(requests, origin)).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self';/);
    await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
    // The policy is live: a script from elsewhere is refused.
    await page.evaluate(() => { const s = document.createElement('script'); s.src = 'https://example.com/x.js'; document.head.append(s); });
    await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('dev server', () => {
  let server: Awaited<ReturnType<typeof createServer>> | undefined;
  beforeAll(async () => {
    // One browser at a time: the built app's browser is closed before the dev server's opens.
    await app.close();
    app = undefined as unknown as App;
  });
  afterAll(async () => { await server?.close(); });

  it('renders under the dev-mode policy with no violation and no foreign request', async () => {
    const port = await new Promise<number>((ok) => { const s = netServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => ok(p)); }); });
    server = await createServer({ root: resolve(import.meta.dirname, '../..'), logLevel: 'error', server: { host: '127.0.0.1', port, strictPort: true } });
    await server.listen();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const seen: string[] = [];
      page.on('request', (r) => seen.push(r.url()));
      await page.addInitScript(RECORD_CSP);
      await page.goto(`http://127.0.0.1:${port}/`);
      await new DesignerPage(page).node('noc').waitFor({ timeout: 90_000 });
      expect(foreign(seen, `http://127.0.0.1:${port}`).filter((u) => !u.startsWith(`ws://127.0.0.1:${port}`))).toEqual([]);
      await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
      // Only the dev server loosens the policy (vite.config.ts), for React Refresh's inline preamble and HMR styles.
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toMatch(/script-src 'self' 'unsafe-inline'/);
    } finally {
      await browser.close();
    }
  });
});
