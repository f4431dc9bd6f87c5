// The canvas's smaller findings of issue 13, in real Chromium: pasted copies clearly beside the originals with
// hosts of their own and their links; Shift-click adds to the selection; Find matches name, host and location;
// ArrowRight moves along one axis only; an empty canvas shows the first step; counts are plural only when they
// should be; the page loads with no failed request (the app's icon is served).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const broker = (name: string, x: number, y: number, location?: string) => ({
  name, role: 'broker' as const, host: `${name}.example.net`, position: { x, y }, ...(location ? { location } : {}),
  transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }],
});
/** Two brokers off the 20 px grid (the arrow-key case), in two locations, one link. */
const TWO: Topology = {
  format: 'amq-topology/1', name: 'two', settings: { preset: 'mcollective' },
  brokers: [broker('alpha', 13, 27, 'Frankfurt'), broker('beta', 413, 227, 'Paris')], links: [{ from: 'alpha', to: 'beta', duplex: true }],
};

const translate = (transform: string) => {
  const m = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no translate in ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
};

describe('smaller canvas findings', () => {
  it('Shift-click adds to the selection; pasted copies sit clear of the originals, with own hosts and their link', async () => {
    const d = await freshExample(app);
    const { page } = d;
    await d.selectBroker('noc');
    await d.node('fr').locator('.broker-name').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(2);
    await expect.poll(() => page.locator('.inspector').textContent()).toContain('2 brokers and 0 links selected.');
    const edges = await page.locator('.react-flow__edge').count();
    await d.focusCanvas();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await d.node('fr2').waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(edges + 1); // the noc–fr link, copied
    for (const [copy, original] of [['fr2', 'fr'], ['noc2', 'noc']]) {
      const [a, b] = [(await d.node(copy).boundingBox())!, (await d.node(original).boundingBox())!];
      const overlapping = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlapping, `${copy} over ${original}`).toBe(false);
    }
    await expect(d.node('fr2').locator('.broker-host').textContent()).resolves.toContain('fr2.example.net');
    await d.waitForDiagnostic('port-conflict', false);
    expect(await d.diagnosticCodes()).not.toContain('port-conflict');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('finds a broker by name, host or location', async () => {
    const page = await app.open(encodeNetwork(TWO));
    await new DesignerPage(page).node('alpha').waitFor();
    const find = page.locator('#find-broker');
    for (const [query, expected] of [['beta', 'beta'], ['alpha.example', 'alpha'], ['paris', 'beta'], ['Frankfurt', 'alpha']]) {
      await find.fill(query);
      await find.press('Enter');
      await expect.poll(() => page.locator('input[name="broker-name"]').inputValue(), { message: query }).toBe(expected);
    }
    await find.fill('nowhere');
    await find.press('Enter');
    await expect(page.locator('.find-missing').textContent()).resolves.toBe('No broker matches');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('moves a selected broker along one axis with the arrow keys, even off the grid', async () => {
    const page = await app.open(encodeNetwork(TWO));
    const d = new DesignerPage(page);
    await d.selectBroker('alpha');
    const start = translate(await d.placement('alpha'));
    expect(start).toEqual({ x: 13, y: 27 });
    await d.node('alpha').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => translate(await d.placement('alpha')).x).toBeGreaterThan(start.x);
    expect(translate(await d.placement('alpha')).y).toBe(start.y);
    const afterRight = translate(await d.placement('alpha'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => translate(await d.placement('alpha')).y).toBeGreaterThan(start.y);
    expect(translate(await d.placement('alpha')).x).toBe(afterRight.x);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('shows the first step on an empty canvas, and counts in the singular and plural', async () => {
    const page = await app.open(encodeNetwork(TWO));
    const d = new DesignerPage(page);
    await expect.poll(() => page.locator('[data-inspector="network"]').textContent()).toContain('2 brokers, 1 link.');
    await d.command('new');
    await expect.poll(() => page.getByTestId('empty-hint').textContent()).toContain('drag a Broker or NOC broker from Add');
    await expect(page.getByTestId('diag-empty').textContent()).resolves.toBe('Nothing to check yet: the network has no brokers.');
    await expect(page.locator('.diag-clean').count()).resolves.toBe(0);
    await d.dropFromPalette('broker', 300, 200);
    await d.node('broker1').waitFor();
    await expect.poll(() => page.getByTestId('empty-hint').count()).toBe(0);
    await d.focusCanvas();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-inspector="network"]').textContent()).toContain('1 broker, 0 links.');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('loads with no failed request: the icon the page names is served', async () => {
    const page = await app.context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`); });
    await page.goto(app.url);
    await page.locator('.react-flow__node').first().waitFor();
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe('/favicon.svg');
    const res = await page.request.get(app.url.replace(/\/$/, '') + icon);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(/^<svg /);
    // The browser's own favicon request comes after load; wait for the network to settle before looking.
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    await page.close();
  });
});
