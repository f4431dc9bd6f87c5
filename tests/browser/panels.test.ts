// Resizable, remembered panels, in real Chromium: the two sidebars and the properties/XML split move with the mouse
// and with the keyboard (separators with role="separator", arrow keys), stay within their limits, keep their sizes
// across a reload, and a collapsed section (XML or properties) gives its room to the other.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  return (await page.locator(selector).boundingBox())!;
}

/** Drags the separator with the mouse by (dx, dy), in steps, as a person does. */
async function drag(page: Page, testId: string, dx: number, dy: number): Promise<void> {
  const b = (await page.getByTestId(testId).boundingBox())!;
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

const RIGHT = '[data-panel]#right';
const LEFT = '[data-panel]#left';

describe('the side panels', () => {
  it('resize with the mouse within their limits, and keep their widths across a reload', async () => {
    const d = await freshExample(app);
    const page = d.page;
    const start = await box(page, RIGHT);
    expect(start.width).toBe(370);
    await drag(page, 'separator-right', -130, 0);
    await expect.poll(async () => Math.round((await box(page, RIGHT)).width)).toBe(500);
    // The canvas gave the room: the window still has no horizontal scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.reload();
    await d.node('noc').waitFor();
    expect(Math.round((await box(page, RIGHT)).width)).toBe(500);
    // Far past the limits: the right column stops at 720 px, the left at 200 px.
    await drag(page, 'separator-right', -600, 0);
    await expect.poll(async () => Math.round((await box(page, RIGHT)).width)).toBe(720);
    await drag(page, 'separator-left', -300, 0);
    await expect.poll(async () => Math.round((await box(page, LEFT)).width)).toBe(200);
    await page.reload();
    await d.node('noc').waitFor();
    expect([Math.round((await box(page, LEFT)).width), Math.round((await box(page, RIGHT)).width)]).toEqual([200, 720]);
    await page.close();
  });

  it('resize with the arrow keys on a focused separator', async () => {
    const d = await freshExample(app);
    const page = d.page;
    const separator = page.getByRole('separator', { name: 'Resize the palette and diagnostics column' });
    await expect(separator.evaluate((el) => [el.getAttribute('aria-orientation'), el.tabIndex, el.hasAttribute('aria-valuenow')])).resolves.toEqual(['vertical', 0, true]);
    const now = () => separator.getAttribute('aria-valuenow').then(Number);
    const before = { width: (await box(page, LEFT)).width, value: await now() };
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await box(page, LEFT)).width).toBeGreaterThan(before.width + 100);
    expect(await now()).toBeGreaterThan(before.value);
    await page.keyboard.press('ArrowLeft');
    const afterKeys = (await box(page, LEFT)).width;
    expect(afterKeys).toBeGreaterThan(before.width + 50);
    expect(afterKeys).toBeLessThan(before.width + 100);
    // Remembered like a drag.
    await page.reload();
    await d.node('noc').waitFor();
    expect(Math.round((await box(page, LEFT)).width)).toBe(Math.round(afterKeys));
    await page.close();
  });
});

describe('the properties / XML split', () => {
  it('moves by keyboard, is remembered, and a collapsed section gives its room to the other', async () => {
    const d = await freshExample(app);
    const page = d.page;
    await d.selectBroker('de');
    const column = await box(page, RIGHT);
    const inspector = () => box(page, '[data-panel]#inspector');
    const xml = () => box(page, '[data-panel]#xml');
    const split = page.getByRole('separator', { name: 'Resize properties and XML' });
    await expect(split.getAttribute('aria-orientation')).resolves.toBe('horizontal');
    const start = (await inspector()).height;
    await split.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await inspector()).height).toBeGreaterThan(start + 20);
    const moved = (await inspector()).height;
    await page.reload();
    await d.node('noc').waitFor();
    expect(Math.round((await inspector()).height)).toBe(Math.round(moved));

    // Collapse the XML: the properties fill the column but for the XML's title row.
    await d.selectBroker('de');
    await page.locator('.xml-preview .panel-title').click();
    await expect.poll(async () => Math.round((await xml()).height)).toBe(40);
    const props = await inspector();
    expect(props.height).toBeGreaterThan(column.height - 50);
    expect(await page.locator('.xml-preview .xml-code').count()).toBe(0);
    // Open it again: the split it had comes back.
    await page.locator('.xml-preview .panel-title').click();
    await expect.poll(async () => Math.round((await inspector()).height)).toBe(Math.round(moved));

    // Collapse the properties: the XML fills the column, its code taller than before.
    const codeBefore = await box(page, '[data-testid="xml-code"]');
    await page.getByTestId('properties-toggle').click();
    await expect.poll(async () => Math.round((await inspector()).height)).toBe(40);
    expect((await xml()).height).toBeGreaterThan(column.height - 50);
    expect((await box(page, '[data-testid="xml-code"]')).height).toBeGreaterThan(codeBefore.height + 200);
    await expect(page.getByTestId('properties-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.getByTestId('properties-toggle').click();
    await expect.poll(async () => Math.round((await inspector()).height)).toBe(Math.round(moved));
    // Enter on the separator collapses the properties too, and the title follows; Enter again opens them.
    await split.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('properties-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(Math.round((await inspector()).height)).toBe(40);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('properties-toggle').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => Math.round((await inspector()).height)).toBe(Math.round(moved));
    await page.close();
  });
});
