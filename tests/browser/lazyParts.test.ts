// What stays out of the first load (bench: first-load JavaScript under 250 kB): the help and the layout code load
// when first used, and a help that cannot be fetched says so and leaves the network as it was.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const scripts = (d: DesignerPage) => d.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
const loaded = async (d: DesignerPage, chunk: RegExp) => (await scripts(d)).some((n) => chunk.test(n));

describe('parts loaded on first use', () => {
  it('loads the help and the layout code only when first used', async () => {
    const d = await freshExample(app);
    for (const chunk of [/HelpDialog-/, /OriginalDiff-/, /autoLayout-/, /elk/]) expect(await loaded(d, chunk), String(chunk)).toBe(false);
    await d.command('help');
    await d.page.getByRole('dialog', { name: 'Help' }).waitFor();
    expect(await loaded(d, /HelpDialog-/)).toBe(true);
    await d.page.keyboard.press('Escape');
    await d.command('layout');
    await expect.poll(() => loaded(d, /autoLayout-/)).toBe(true);
    await d.page.close();
  });

  it('says so, and keeps the network, when the help\'s code cannot be fetched', async () => {
    const d = await freshExample(app);
    await d.page.route(/HelpDialog-[^/]*\.js$/, (route) => route.abort());
    await d.command('help');
    await expect(d.page.getByRole('dialog', { name: 'The help could not be loaded' }).locator('[data-testid="error-message"]').textContent())
      .resolves.toMatch(/Your network is unchanged\. Save it, then reload the page\./);
    await d.page.keyboard.press('Escape');
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);
    await d.page.close();
  });
});
