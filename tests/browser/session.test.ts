// Designer behaviour around one session: a node drag is one undo step, a broken autosave is kept aside and
// reported, the theme toggles, the help dialog lists the shortcuts, and the screenshot of the example network.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './designerPage';
import { freshExample as openFreshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const freshExample = () => openFreshExample(app);

describe('designer session', () => {
  it('opens on the NOC-and-countries example with no problems when nothing is saved', async () => {
    const d = await freshExample();
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(4);
    await d.page.locator('.diag-clean').waitFor();
    await d.page.close();
  });

  it('loads a template as one undoable step', async () => {
    const d = await freshExample();
    await d.page.getByRole('combobox', { name: 'Templates' }).selectOption('mesh-of-three');
    await d.node('broker3').waitFor();
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'broker3']);
    await expect(d.page.locator('.react-flow__node').nth(2).isVisible()).resolves.toBe(true);
    await d.command('undo');
    await d.node('noc').waitFor();
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);
    await d.page.close();
  });

  it('records a node drag as one undo step', async () => {
    const d = await freshExample();
    const box = (await d.node('de').boundingBox())!;
    const before = await d.placement('de');
    await d.page.mouse.move(box.x + box.width / 2, box.y + 30);
    await d.page.mouse.down();
    for (let i = 1; i <= 10; i++) await d.page.mouse.move(box.x + box.width / 2 + i * 12, box.y + 30 + i * 8);
    await d.page.mouse.up();
    const after = await d.placement('de');
    expect(after).not.toBe(before);
    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await expect.poll(() => d.placement('de')).toBe(before);
    await d.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => d.placement('de')).toBe(after);
    await d.page.close();
  });

  it('keeps an unreadable autosave under a backup key and tells the user', async () => {
    const page = await app.open();
    await page.evaluate(() => localStorage.setItem('amq-designer:network', '{"format": "amq-topology/1", "brokers": [ oops'));
    await page.reload();
    const message = page.locator('[data-testid="error-message"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('amq-designer:network-unreadable');
    expect(await page.evaluate(() => localStorage.getItem('amq-designer:network-unreadable'))).toContain('oops');
    await new DesignerPage(page).node('noc').waitFor();
    await page.close();
  });

  it('says so when the browser\'s storage is full: once while editing, and at the next start', async () => {
    const d = await freshExample();
    const { page } = d;
    await page.getByRole('combobox', { name: 'Templates' }).selectOption('mesh-of-three');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('amq-designer:network')?.includes('broker3') ?? false)).toBe(true);
    // Fill Chromium's real localStorage until fewer than ~100 characters are left.
    await page.evaluate(() => {
      let lo = 0, hi = 8_000_000;
      while (hi - lo > 16) {
        const mid = (lo + hi) >> 1;
        try { localStorage.setItem('filler', 'x'.repeat(mid)); lo = mid; } catch { hi = mid; }
      }
      localStorage.setItem('filler', 'x'.repeat(lo - 80));
    });
    await d.dropFromPalette('broker', 700, 650); // the network grows by far more than 100 characters
    const message = page.locator('[data-testid="error-message"]');
    await message.waitFor();
    await expect(page.getByRole('dialog').getByRole('heading').textContent()).resolves.toBe('Autosave failed');
    await expect(message.textContent()).resolves.toContain('use Save to keep the network as a file');
    await expect(d.brokerNames()).resolves.toHaveLength(4); // the edit itself is kept

    await page.reload();
    await message.waitFor();
    await expect(page.getByRole('dialog').getByRole('heading').textContent()).resolves.toBe('The autosave is older than your last edits');
    await expect(d.brokerNames()).resolves.toEqual(['broker1', 'broker2', 'broker3']);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('toggles the dark theme and shows the keyboard shortcuts', async () => {
    const d = await freshExample();
    const theme = () => d.page.evaluate(() => document.documentElement.dataset.theme);
    const first = await theme();
    await d.page.getByRole('button', { name: 'Toggle dark theme' }).click();
    expect(await theme()).toBe(first === 'dark' ? 'light' : 'dark');
    await d.focusCanvas();
    await d.page.keyboard.press('?');
    const dialog = d.page.getByRole('dialog', { name: 'Help' });
    await dialog.waitFor();
    await dialog.getByRole('tab', { name: 'Shortcuts' }).click();
    await expect(dialog.textContent()).resolves.toContain('Ctrl+Shift+Z');
    await d.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await d.page.close();
  });

  it('keeps every toolbar control and the inspector inside the window, from 1,920 down to 1,024 px wide', async () => {
    const d = await freshExample();
    await d.selectBroker('noc'); // the longest inspector: transports, users, authorization entries
    for (const width of [1920, 1440, 1280, 1024]) {
      await d.page.setViewportSize({ width, height: 900 });
      // The resizable columns (ui/panels) take their new widths from a ResizeObserver: measure once two frames have passed.
      await d.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const outside = await d.page.locator('.toolbar button, .toolbar select, .toolbar input').evaluateAll((els, w) => els
        // Controls the toolbar moved into its "More" menu (toolbar.test.ts) are hidden, not cut off.
        .filter((el) => { const r = el.getBoundingClientRect(); return !el.closest('[hidden]') && (r.width === 0 || r.right > w || r.left < 0); })
        .map((el) => el.getAttribute('aria-label') ?? el.textContent), width);
      expect(outside, `at ${width} px`).toEqual([]);
      // Nothing scrolls or spills sideways: not the page, the inspector or a palette item (a grid column widened by an input's intrinsic
      // width used to push both past the window).
      const sideways = await d.page.evaluate(() => [document.documentElement, document.querySelector('.panel.inspector')!, ...document.querySelectorAll('.palette-item')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className || el.tagName));
      expect(sideways, `at ${width} px`).toEqual([]);
    }
    await d.page.setViewportSize({ width: 1440, height: 900 });
    await d.page.close();
  });

  it('takes the screenshot of the example network (docs/screenshot.png with UPDATE_SCREENSHOT=1)', async () => {
    const d = await freshExample();
    if ((await d.page.evaluate(() => document.documentElement.dataset.theme)) === 'dark') {
      await d.page.getByRole('button', { name: 'Toggle dark theme' }).click();
    }
    await d.selectBroker('noc');
    await d.page.locator('[data-testid="xml-code"]').waitFor();
    await d.page.mouse.move(0, 0);
    const boxes = Object.fromEntries(await Promise.all(['noc', 'de', 'us'].map(async (n) => [n, (await d.node(n).boundingBox())!] as const)));
    const xmlBox = await (d.page.locator('[data-testid="xml-code"]') as Locator).boundingBox();
    const png = await d.page.screenshot();
    const out = process.env.UPDATE_SCREENSHOT ? resolve(import.meta.dirname, '../../docs/screenshot.png') : resolve(import.meta.dirname, '../.tmp/screenshot.png');
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, png);
    // What the picture shows, read from its pixels: the whole light-themed window, the brokers drawn where the
    // page says they are, and the selected broker's XML as text.
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1440, 900]);
    const pixel = (x: number, y: number) => { const i = (Math.round(y) * image.width + Math.round(x)) * 4; return image.data.subarray(i, i + 3); };
    const luminance = ([r, g, b]: Uint8Array) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const region = (b: { x: number; y: number; width: number; height: number }) => {
      const colours = new Set<string>();
      let dark = 0, n = 0;
      for (let y = b.y + 2; y < b.y + b.height - 2; y += 2) for (let x = b.x + 2; x < b.x + b.width - 2; x += 2) {
        const p = pixel(x, y);
        colours.add(p.join(','));
        if (luminance(p) < 110) dark++;
        n++;
      }
      return { colours: colours.size, darkShare: dark / n };
    };
    const whole = region({ x: 0, y: 0, width: image.width, height: image.height });
    expect(whole.darkShare, 'light theme: most of the window is light').toBeLessThan(0.3);
    for (const [name, box] of Object.entries(boxes)) {
      const r = region(box);
      expect(r.colours, `broker ${name} is drawn with text in it`).toBeGreaterThan(8);
      expect(r.darkShare, `broker ${name} holds dark text`).toBeGreaterThan(0.005);
    }
    // Below the brokers, away from the links, is plain canvas: a control that the test can tell them apart.
    const canvasBg = region({ x: boxes.de.x + 20, y: boxes.de.y + boxes.de.height + 60, width: 40, height: 40 });
    expect(canvasBg.darkShare).toBe(0);
    const xml = region(xmlBox!);
    expect(xml.colours, 'the XML preview shows highlighted text').toBeGreaterThan(8);
    await d.page.close();
  });
});
