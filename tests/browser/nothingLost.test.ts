// Nothing lost by surprise, in real Chromium: Download zip with errors asks first and lists them (Cancel saves
// nothing, Download anyway saves a zip whose README lists them); New, a template, a share link opened in the tab or
// at the start over an autosaved network replace it only with a visible message offering Undo, and Undo brings it back.

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Topology, validate } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const ONE_WAY: Topology = {
  format: 'amq-topology/1', name: 'one-way', settings: { preset: 'mcollective' },
  brokers: ['a', 'b'].map((name, i) => ({ name, role: 'broker' as const, host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], position: { x: i * 400, y: 0 } })),
  links: [{ from: 'a', to: 'b' }],
};
const EXAMPLE_NAMES = ['de', 'fr', 'noc', 'uk', 'us'];

describe('nothing lost by surprise', () => {
  it('asks before downloading a zip with errors, lists them, and the README of the zip lists them too', async () => {
    const page = await app.open(encodeNetwork(ONE_WAY));
    const d = new DesignerPage(page);
    await d.waitForDiagnostic('missing-return-link');
    let downloads = 0;
    page.on('download', () => { downloads++; });
    const errors = validate(ONE_WAY).filter((x) => x.severity === 'error');

    await d.command('zip');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`The network has ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    const listed = await dialog.locator('[data-testid="zip-errors"] li').allTextContents();
    expect(listed).toHaveLength(errors.length);
    expect(listed.join('\n')).toContain('missing-return-link');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await d.command('zip');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download anyway' }).click()]);
    const readme = strFromU8(unzipSync(readFileSync((await download.path())!))['README.txt']);
    for (const e of errors) expect(readme).toContain(`ERROR   ${e.code}: ${e.message}`);
    expect(downloads).toBe(1); // Cancel saved nothing
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('offers Undo in a visible message when New or a template replaces the network', async () => {
    const d = await freshExample(app);
    const { page } = d;
    const notice = page.getByTestId('notice');
    await d.command('new');
    await expect.poll(() => notice.textContent()).toContain('Replaced the network "noc-and-countries" (5 brokers, 4 links).');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => d.brokerNames()).toEqual(EXAMPLE_NAMES);
    await expect.poll(() => notice.getByRole('button', { name: 'Undo' }).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Templates' }).selectOption('mesh-of-three');
    await expect.poll(() => notice.textContent()).toContain('Replaced the network');
    await expect(notice.isVisible()).resolves.toBe(true);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => d.brokerNames()).toEqual(EXAMPLE_NAMES);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('offers Undo when a share link replaces the network, in the tab or at the start over the autosave', async () => {
    const d = await freshExample(app);
    const { page } = d;
    // An edit of the user's own: the example without uk, autosaved.
    await d.selectBroker('uk');
    await d.focusCanvas();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('amq-designer:network') ?? '')).toContain('"fr"');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('amq-designer:network') ?? '')).not.toContain('"uk"');
    const mine = ['de', 'fr', 'noc', 'us'];

    // A share link opened in this tab.
    await page.evaluate((hash) => { location.hash = hash; }, encodeNetwork(ONE_WAY));
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('Opened the shared network "one-way". Replaced the network "noc-and-countries" (4 brokers, 3 links).');
    await expect.poll(() => d.brokerNames()).toEqual(['a', 'b']);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => d.brokerNames()).toEqual(mine);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('amq-designer:network') ?? '')).toContain('"fr"');
    await page.close();

    // A share link opening a new tab over the autosaved network.
    const next = await app.open(encodeNetwork(ONE_WAY));
    const d2 = new DesignerPage(next);
    await expect.poll(() => d2.brokerNames()).toEqual(['a', 'b']);
    const notice2 = next.getByTestId('notice');
    await expect.poll(() => notice2.textContent()).toContain('Replaced the network "noc-and-countries" (4 brokers, 3 links).');
    await notice2.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => d2.brokerNames()).toEqual(mine);
    await next.evaluate(() => localStorage.clear());
    await next.close();
  });
});
