// The simulate panel in real Chromium on the NOC example: a topic sent at de reaches fr and noc along highlighted
// links; with networkTTL 1 fr is marked not delivered for TTL; clearing removes every mark; none of it is undoable.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './designerPage';
import { freshExample as openFreshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const freshExample = () => openFreshExample(app);

const highlighted = (d: DesignerPage) => d.page.locator('.react-flow__edge .sim-path');

describe('simulate', () => {
  it('highlights the path from de to fr and noc, marks fr on TTL 1, and clears', async () => {
    const d = await freshExample();
    const undo = d.page.locator('[data-command="undo"]');
    await expect(undo.isDisabled()).resolves.toBe(true);

    await d.simulate('de', 'topic://mcollective.discovery', ['fr', 'noc']);
    await d.page.locator('[data-sim-result="fr"]').waitFor();
    const ok = await d.simulationResults();
    expect(Object.keys(ok).sort()).toEqual(['fr', 'noc']);
    expect(ok.fr).toMatchObject({ delivered: true });
    expect(ok.fr.text).toContain('de → noc → fr');
    expect(ok.noc).toMatchObject({ delivered: true });
    // de–noc and noc–fr light up; uk and us are not on any path.
    await expect(highlighted(d).count()).resolves.toBe(2);
    await expect.poll(() => d.node('fr').locator('[data-sim="delivered"]').count()).toBe(1);
    await expect.poll(() => d.node('de').locator('[data-sim="source"]').count()).toBe(1);
    await expect.poll(() => d.node('uk').locator('[data-sim]').count()).toBe(0);
    // A simulation is not an edit.
    await expect(undo.isDisabled()).resolves.toBe(true);

    // networkTTL 1 in the network settings: the result follows the edit.
    await d.focusCanvas();
    await d.page.keyboard.press('Escape');
    await d.typeInField('network-ttl', '1');
    await d.node('fr').locator('[data-sim="missed"]').waitFor();
    const ttl = await d.simulationResults();
    expect(ttl.fr.delivered).toBe(false);
    expect(ttl.fr.text).toMatch(/2 hops .* networkTTL/);
    expect(ttl.noc.delivered).toBe(true);
    await expect(d.node('fr').locator('[data-sim="missed"]').textContent()).resolves.toContain('TTL');
    await expect(highlighted(d).count()).resolves.toBe(1);

    await d.page.locator('[data-testid="sim-clear"]').click();
    await expect(highlighted(d).count()).resolves.toBe(0);
    await expect.poll(() => d.page.locator('.react-flow__node [data-sim]').count()).toBe(0);
    await expect.poll(() => d.page.locator('[data-sim-result]').count()).toBe(0);
    // Undo takes back the TTL edit only.
    await d.command('undo');
    await expect(undo.isDisabled()).resolves.toBe(true);
    await d.page.close();
  });

  it('checks the destination and the consumers before running', async () => {
    const d = await freshExample();
    await d.openSimulate();
    await d.page.locator('#sim-destination').fill('mcollective.discovery');
    await expect(d.page.locator('.simulate [role="alert"]').first().textContent()).resolves.toContain('topic://name or queue://name');
    await d.page.locator('#sim-from').selectOption('de');
    await d.page.locator('[data-testid="sim-run"]').click();
    await expect(d.page.locator('[data-testid="sim-problem"]').textContent()).resolves.toContain('topic://name or queue://name');
    await d.page.locator('#sim-destination').fill('queue://orders');
    await d.page.locator('input[name="sim-all"]').uncheck();
    await d.page.locator('[data-testid="sim-run"]').click();
    await expect(d.page.locator('[data-testid="sim-problem"]').textContent()).resolves.toContain('at least one consumer');
    await expect(highlighted(d).count()).resolves.toBe(0);
    // All brokers: the four others, each delivered over the NOC.
    await d.page.locator('input[name="sim-all"]').check();
    await d.page.locator('[data-testid="sim-run"]').click();
    await d.page.locator('[data-sim-result="us"]').waitFor();
    const all = await d.simulationResults();
    expect(Object.keys(all).sort()).toEqual(['fr', 'noc', 'uk', 'us']);
    expect(Object.values(all).every((r) => r.delivered)).toBe(true);
    await expect(highlighted(d).count()).resolves.toBe(4);
    await d.page.close();
  });
});
