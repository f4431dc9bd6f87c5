// Building a network without a mouse, in real Chromium: the palette's items are buttons (Enter adds a broker where
// the view has room), "Connect to…" (C) links the selected broker to one picked from a filtered list, and every
// broker and link is named from the model for assistive technology. The keyboard-only build drives page.keyboard
// alone and counts, in the page, every pointer event that reached it. Screenshots (palette focused, the Connect to…
// dialog, a focused link, resized panels; 1440×900 and 1280×720, light and dark) go to tests/.tmp/shots, and
// docs/keyboard-connect.png with UPDATE_SCREENSHOT=1.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const EMPTY: Topology = { format: 'amq-topology/1', name: 'empty', settings: { preset: 'mcollective' }, brokers: [], links: [] };

type Rect = { x: number; y: number; width: number; height: number };
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Presses Tab until `selector` has the focus (the way a keyboard user gets there), at most `max` times. */
async function tabTo(page: Page, selector: string, max = 60): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  throw new Error(`${selector} not reached in ${max} Tab presses`);
}

/** Counts, from now on, every pointer, mouse, wheel and touch event the page receives. */
async function countPointerEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'touchstart', 'dragstart']) {
      addEventListener(type, () => { w.pointerEvents++; }, true);
    }
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

async function nodeBoxes(d: DesignerPage): Promise<Record<string, Rect>> {
  const names = await d.brokerNames();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await d.node(n).boundingBox())!] as const)));
}

/** The brokers' boxes once the view has stopped moving (the first fit is animated). */
async function settledBoxes(d: DesignerPage): Promise<Record<string, Rect>> {
  let last = '';
  await expect.poll(async () => { const now = JSON.stringify(await nodeBoxes(d)); const same = now === last; last = now; return same; }).toBe(true);
  return JSON.parse(last) as Record<string, Rect>;
}

/** Selects a broker the keyboard's way: Find broker (Ctrl+F), its name, Enter; Escape leaves the box. */
async function findBroker(d: DesignerPage, name: string): Promise<void> {
  await d.page.keyboard.press('Control+f');
  await d.page.keyboard.type(name);
  await d.page.keyboard.press('Enter');
  await d.page.keyboard.press('Escape');
  await expect.poll(() => d.page.locator('input[name="broker-name"]').inputValue()).toBe(name);
}

describe('the palette by keyboard', () => {
  it('is a row of buttons reached by Tab; Enter adds a broker in view, clear of the others, selected and announced', async () => {
    const d = await freshExample(app);
    const before = await settledBoxes(d);
    await tabTo(d.page, '[data-palette="broker"]');
    await expect(d.page.getByRole('button', { name: 'Add a broker' }).evaluate((el) => el.tagName)).resolves.toBe('BUTTON');
    await d.page.keyboard.press('Enter');
    await d.node('broker1').waitFor();
    await d.page.keyboard.press('Enter');
    await d.node('broker2').waitFor();
    await expect.poll(() => d.page.locator('input[name="broker-name"]').inputValue()).toBe('broker2');
    await expect.poll(() => d.node('broker2').locator('.broker-node.selected').count()).toBe(1);
    await expect.poll(() => d.page.getByTestId('announcer').textContent()).toContain('Added broker broker2, selected');
    // Both are on screen without panning, and neither covers another broker or the other new one.
    const view = (await d.page.locator('.react-flow').boundingBox())!;
    const after = await nodeBoxes(d);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'broker1', 'broker2'].sort());
    for (const name of ['broker1', 'broker2']) {
      expect(inside(after[name], view), `${name} inside the view`).toBe(true);
      for (const [other, box] of Object.entries(after)) if (other !== name) expect(overlap(after[name], box), `${name} over ${other}`).toBe(false);
    }
    // The view did not move: the brokers that were there are where they were.
    for (const [name, box] of Object.entries(before)) expect(after[name]).toEqual(box);
    // Focus stays on the palette item, so each Enter adds one more.
    await expect(d.page.evaluate(() => document.activeElement?.getAttribute('data-palette'))).resolves.toBe('broker');
    await d.page.close();
  });

  it('still drags onto the canvas', async () => {
    const d = await freshExample(app);
    await d.dropFromPalette('noc', 120, 500);
    await d.node('noc1').waitFor();
    // One broker, where it was dropped (a drag is not also a press of the button).
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'noc1', 'uk', 'us']);
    const pane = (await d.page.locator('.react-flow__pane').boundingBox())!;
    const box = (await d.node('noc1').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (pane.x + 120))).toBeLessThan(box.width / 2);
    expect(Math.abs(box.y + box.height / 2 - (pane.y + 500))).toBeLessThan(box.height);
    await d.page.close();
  });
});

describe('Connect to…', () => {
  it('links the selected broker to the one picked from the filtered list, as a drawn link does', async () => {
    const d = await freshExample(app);
    await findBroker(d, 'de');
    await d.page.keyboard.press('c');
    const dialog = d.page.getByRole('dialog', { name: 'Connect de to…' });
    await dialog.waitFor();
    await d.page.keyboard.type('u'); // uk and us start with it; de itself is never offered
    await expect.poll(() => dialog.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^uk/), expect.stringMatching(/^us/)]);
    await d.page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('option', { selected: true }).textContent()).resolves.toMatch(/^us/);
    await d.page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => d.inspectedLink()).toBe('de dials us');
    await expect.poll(() => d.edge('de-us').locator('.link-path.selected').count()).toBe(1);
    // The same defaults as a link drawn with the mouse: a bridge user both ends know.
    await expect.poll(() => d.page.locator('input[name="link-user"]').inputValue()).toBe('amq');
    await expect.poll(() => d.page.getByTestId('announcer').textContent()).toContain('Link de dials us added and selected');

    // Escape closes it without a link; the inspector's button opens it too.
    await findBroker(d, 'fr');
    await d.page.getByTestId('connect-to').focus();
    await d.page.keyboard.press('Enter');
    await d.page.getByRole('dialog', { name: 'Connect fr to…' }).waitFor();
    await d.page.keyboard.press('Escape');
    await expect.poll(() => d.page.getByRole('dialog').count()).toBe(0);
    await expect(d.page.locator('.react-flow__edge').count()).resolves.toBe(5);
    await d.page.close();
  });

  it('builds a network from an empty canvas with the keyboard alone: 3 brokers and 2 links, no pointer event', async () => {
    const page = await app.open(encodeNetwork(EMPTY));
    const d = new DesignerPage(page);
    await page.getByTestId('empty-hint').waitFor();
    const pointerEvents = await countPointerEvents(page);
    await tabTo(page, '[data-palette="broker"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the NOC broker: added and selected
    await expect.poll(() => d.brokerNames()).toEqual(['broker1', 'broker2', 'noc1']);
    await expect.poll(() => page.locator('input[name="broker-name"]').inputValue()).toBe('noc1');
    await page.keyboard.press('c');
    await page.getByRole('dialog', { name: 'Connect noc1 to…' }).waitFor();
    await page.keyboard.type('broker1');
    await page.keyboard.press('Enter');
    await expect.poll(() => d.inspectedLink()).toBe('noc1 dials broker1');
    await findBroker(d, 'broker2');
    await page.keyboard.press('c');
    await page.getByRole('dialog', { name: 'Connect broker2 to…' }).waitFor();
    await page.keyboard.type('noc');
    await page.keyboard.press('Enter');
    await expect.poll(() => d.inspectedLink()).toBe('broker2 dials noc1');
    await expect.poll(() => page.locator('[data-link-path]').evaluateAll((els) => els.map((e) => e.getAttribute('data-link-path')).sort()))
      .toEqual(['broker2-noc1', 'noc1-broker1']);
    const view = (await page.locator('.react-flow').boundingBox())!;
    const boxes = Object.values(await nodeBoxes(d));
    for (const box of boxes) expect(inside(box, view)).toBe(true);
    expect(boxes.some((a, i) => boxes.some((b, j) => i < j && overlap(a, b)))).toBe(false);
    expect(await pointerEvents()).toBe(0);
    await page.close();
  });
});

const NAMED: Topology = {
  format: 'amq-topology/1', name: 'named', settings: { preset: 'mcollective' },
  brokers: [
    { name: 'noc', role: 'noc', host: 'noc.example.net', location: 'Paris', position: { x: 200, y: 0 }, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'ssl', uri: 'ssl://0.0.0.0:61617' }] },
    { name: 'de', role: 'broker', host: 'de.example.net', location: 'Germany', position: { x: 0, y: 250 }, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
    { name: 'fr', role: 'broker', host: 'fr.example.net', location: 'France', position: { x: 400, y: 250 }, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
  ],
  links: [{ from: 'de', to: 'noc', duplex: true, transport: 'ssl' }, { from: 'fr', to: 'de' }],
};

describe('names and focus on the canvas', () => {
  it('names each broker and link from the model, and shows where the keyboard focus is', async () => {
    const page = await app.open(encodeNetwork(NAMED));
    const d = new DesignerPage(page);
    await d.node('fr').waitFor();
    await expect(page.getByRole('group', { name: 'Broker de, location Germany, 2 links' }).count()).resolves.toBe(1);
    await expect(page.getByRole('group', { name: 'NOC broker noc, location Paris, 1 link' }).count()).resolves.toBe(1);
    await expect(page.getByRole('group', { name: 'Link de dials noc, duplex, SSL' }).count()).resolves.toBe(1);
    await expect(page.getByRole('group', { name: 'Link fr dials de, one-way' }).count()).resolves.toBe(1);
    await expect(page.locator('.react-flow__nodes').ariaSnapshot()).resolves.toContain('group "Broker fr, location France, 1 link');

    // Tab from one broker to the next: the focused one has a ring.
    await d.node('noc').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('.react-flow__node:focus-visible');
    await expect(focused.getAttribute('aria-label')).resolves.toMatch(/^Broker de/);
    await expect(focused.evaluate((el) => { const s = getComputedStyle(el); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })).resolves.toEqual(['solid', 3]);
    // Enter selects the focused broker (the inspector shows it): C would now connect it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('input[name="broker-name"]').inputValue()).toBe('de');
    // Links are reached by Tab too: the focused one turns the accent colour inside a translucent band (its ring).
    const accent = await page.evaluate(() => { const el = document.createElement('i'); el.style.color = 'var(--accent)'; document.body.append(el); const c = getComputedStyle(el).color; el.remove(); return c; });
    const look = () => d.edge('fr-de').evaluate((g) => [getComputedStyle(g.querySelector('path.link-path')!).stroke, getComputedStyle(g.querySelector('path.react-flow__edge-interaction')!).strokeOpacity]);
    expect(await look()).not.toEqual([accent, expect.anything()]);
    await d.edge('de-noc').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.react-flow__edge:focus-visible').getAttribute('aria-label')).resolves.toBe('Link fr dials de, one-way');
    const [stroke, band] = await look();
    expect(stroke).toBe(accent);
    expect(Number(band)).toBeGreaterThan(0.2);
    await page.close();
  });
});

const shotDir = resolve(import.meta.dirname, '../.tmp/shots');

describe('screenshots', () => {
  it('shows the focused palette, the Connect to… dialog, a focused link and resized panels, light and dark', async () => {
    mkdirSync(shotDir, { recursive: true });
    for (const [width, height] of [[1440, 900], [1280, 720]]) {
      for (const theme of ['light', 'dark']) {
        // A new tab per round: the previous tab is closed first, because its unload flushes a pending autosave
        // (with broker1 in it) which a reload would then restore, naming the next new broker broker2.
        const d = await freshExample(app);
        const page = d.page;
        await page.evaluate((t) => { localStorage.clear(); localStorage.setItem('amq-designer:theme', t); }, theme);
        await page.setViewportSize({ width, height });
        await page.reload();
        await d.node('noc').waitFor();
        const shot = async (what: string) => {
          const png = await page.screenshot();
          expect([PNG.sync.read(png).width, PNG.sync.read(png).height]).toEqual([width, height]);
          writeFileSync(resolve(shotDir, `keyboard-${what}-${width}-${theme}.png`), png);
          return png;
        };
        await tabTo(page, '[data-palette="broker"]');
        await shot('palette');
        await page.keyboard.press('Enter');
        await d.node('broker1').waitFor();
        await expect.poll(() => page.locator('input[name="broker-name"]').inputValue()).toBe('broker1');
        await page.keyboard.press('c');
        await page.keyboard.type('u');
        await page.getByRole('option', { name: /^us/ }).waitFor();
        await page.keyboard.press('ArrowDown');
        const dialog = await shot('connect');
        if (process.env.UPDATE_SCREENSHOT && width === 1280 && theme === 'light') writeFileSync(resolve(import.meta.dirname, '../../docs/keyboard-connect.png'), dialog);
        await page.keyboard.press('Enter');
        await d.edge('broker1-us').waitFor();
        await d.edge('noc-de').focus();
        await page.keyboard.press('Tab');
        await shot('link-focus');
        await page.getByTestId('separator-right').focus();
        for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
        await page.getByTestId('separator-split').focus();
        await page.keyboard.press('ArrowUp');
        await shot('panels');
        await page.close();
      }
    }
  });
});
