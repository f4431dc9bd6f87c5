// Narrow windows and help in real Chromium: at 1280×720 and 1366×768 the toolbar is one row with every control
// inside the window and the rest in a keyboard-operable "More" menu fed by the command registry; a longer network
// name moves no button; each diagnostic's "?" opens its catalogue entry; the live region announces an edit's
// diagnostics. Screenshots for docs/ with UPDATE_SCREENSHOT=1.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const shotDir = process.env.UPDATE_SCREENSHOT ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, '../.tmp/shots');
mkdirSync(shotDir, { recursive: true });

describe('toolbar in narrow windows', () => {
  it('is one row at 1280×720 and 1366×768, the rest in a keyboard-operable More menu, stable when the name changes', async () => {
    const d = await freshExample(app);
    for (const [width, height] of [[1280, 720], [1366, 768]]) {
      await d.page.setViewportSize({ width, height });
      await expect.poll(async () => {
        const bar = (await d.page.locator('.toolbar').boundingBox())!;
        const cut = await d.page.locator('.toolbar button, .toolbar select, .toolbar input').evaluateAll((els, w) => els
          .filter((el) => !el.closest('[hidden]'))
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width === 0 || r.right > w || r.left < 0 || r.bottom > 60; })
          .map((el) => el.getAttribute('aria-label') ?? el.textContent), width);
        return { oneRow: bar.height <= 60, cut };
      }).toEqual({ oneRow: true, cut: [] });
      // What is hidden is in "More", which also lists registry commands without a button (Simulate, Fit view).
      const hidden = await d.page.locator('.toolbar [hidden] [data-command]').evaluateAll((els) => els.map((e) => e.getAttribute('data-command')));
      const more = d.page.locator('[data-testid="more-menu"]');
      await more.focus();
      await d.page.keyboard.press('Enter');
      const menu = d.page.getByRole('menu', { name: 'More commands' });
      await menu.waitFor();
      const items = await menu.locator('[data-menu-command]').evaluateAll((els) => els.map((e) => e.getAttribute('data-menu-command')));
      for (const id of [...hidden, 'simulate', 'fit']) expect(items, `${id} at ${width}`).toContain(id);
      await expect(d.page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('menuitem');
      await d.page.keyboard.press('ArrowDown');
      await d.page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      await expect(d.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('more-menu');
      await d.page.screenshot({ path: resolve(shotDir, `narrow-${width}.png`) });
    }
    // Run a command from More with the keyboard alone: Simulate opens its panel.
    await d.page.locator('[data-testid="more-menu"]').focus();
    await d.page.keyboard.press('Enter');
    const sim = d.page.locator('[data-menu-command="simulate"]');
    while (!(await sim.evaluate((e) => e === document.activeElement))) await d.page.keyboard.press('ArrowDown');
    await d.page.keyboard.press('Enter');
    await d.page.locator('#sim-from').waitFor();

    // A long network name moves nothing.
    const before = await d.page.locator('[data-command="zip"]').boundingBox();
    const firstButton = await d.page.locator('[data-command="open"]').boundingBox();
    await d.page.keyboard.press('Escape');
    await d.typeInField('network-name', 'a-much-longer-network-name-than-before-for-the-chip');
    await expect.poll(() => d.page.locator('[data-testid="network-name"]').textContent()).toBe('a-much-longer-network-name-than-before-for-the-chip');
    expect(await d.page.locator('[data-command="zip"]').boundingBox()).toEqual(before);
    expect(await d.page.locator('[data-command="open"]').boundingBox()).toEqual(firstButton);
    await d.page.close();
  });
});

describe('help that teaches', () => {
  it('opens the catalogue entry of a diagnostic from its card, and announces the diagnostics after an edit', async () => {
    const d = await freshExample(app);
    await d.typeInField('network-ttl', '1');
    await d.waitForDiagnostic('ttl-too-low');
    await expect.poll(() => d.page.locator('[data-testid="diagnostics-announcer"]').textContent()).toMatch(/^Diagnostics: \d+ errors?/);
    await d.page.locator('.diag[data-code="ttl-too-low"] [data-explain]').first().click();
    const dialog = d.page.getByRole('dialog', { name: 'Help' });
    await dialog.waitFor();
    await expect(dialog.getByRole('tab', { name: 'Diagnostics' }).getAttribute('aria-selected')).resolves.toBe('true');
    const entry = dialog.locator('[data-code-entry="ttl-too-low"]');
    await expect(entry.getAttribute('open')).resolves.toBe('');
    await expect(entry.textContent()).resolves.toContain('Raise networkTTL');
    await d.page.screenshot({ path: resolve(shotDir, 'help-diagnostics.png') });
    await dialog.getByRole('tab', { name: 'Guide' }).click();
    await expect(dialog.textContent()).resolves.toContain('the broker where the drag starts dials the broker where it ends');
    await d.page.keyboard.press('Escape');
    await d.page.close();
  });
});
