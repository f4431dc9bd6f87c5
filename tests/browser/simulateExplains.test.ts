// Simulation that explains (issue 14, point 7): the panel suggests the preset's destinations (MCollective's broadcast
// topics, direct and reply queues; keyboard-reachable buttons that fill the field), each delivered result lists its
// hops with the connector of each (and who dials a duplex connector's way back), and the results area grows.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('simulation that explains', () => {
  it('suggests MCollective destinations, and shows every hop with its connector', async () => {
    const d = await freshExample(app);
    const { page } = d;
    await d.openSimulate();
    const suggestions = page.getByRole('group', { name: 'Suggested destinations' }).getByRole('button');
    expect(await suggestions.evaluateAll((els) => els.map((e) => e.getAttribute('data-suggestion')))).toEqual([
      'topic://mcollective.discovery.agent', 'topic://mcollective.rpcutil.agent', 'queue://mcollective.nodes', 'queue://mcollective.reply.noc-client_4242.1',
    ]);
    // Keyboard: focus the direct-queue suggestion and press Enter; the field takes it.
    await page.locator('[data-suggestion="queue://mcollective.nodes"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#sim-destination').inputValue()).toBe('queue://mcollective.nodes');
    await expect.poll(() => page.locator('[data-suggestion="queue://mcollective.nodes"]').getAttribute('aria-pressed')).toBe('true');

    const before = await page.getByTestId('simulate-panel').boundingBox();
    await page.locator('#sim-from').selectOption('de');
    await page.locator('input[name="sim-all"]').setChecked(true);
    await page.getByTestId('sim-run').click();
    const fr = page.locator('[data-sim-result="fr"]');
    await expect.poll(() => fr.locator('[data-sim-hop]').allTextContents()).toEqual([
      'de → noc over noc-de-queues, the way back of a duplex connector dialled by noc',
      'noc → fr over noc-fr-queues',
    ]);
    expect(await fr.locator('ol.sim-hops').getAttribute('aria-label')).toBe('2 hops');
    expect(await page.locator('[data-sim-result="noc"] [data-sim-hop]').allTextContents()).toEqual(['de → noc over noc-de-queues, the way back of a duplex connector dialled by noc']);
    // The results area grows with what it shows rather than staying the form's height.
    const after = await page.getByTestId('simulate-panel').boundingBox();
    expect(after!.height).toBeGreaterThan(before!.height + 100);
    await page.screenshot({ path: 'tests/.tmp/simulate-explains.png' });
    await page.close();
  });
});
