// axe-core in real Chromium: no violation of impact serious or critical in the light or the dark theme, at
// 1440×900, in each state a person meets (first load on the example, a broker selected, a link selected, the
// diagnostics panel listing errors and warnings, the import dialog, the simulate panel with a result, help), and
// on first load at 1280×720 too. The whole page is scanned; a failure lists every violation with its targets.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkId } from '../../src/model';
import { describeViolations, type Exemption, seriousViolations } from './axe';
import type { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

type Theme = 'light' | 'dark';

// Third-party markup that a rule may skip, each by its exact selector. None is needed today.
const EXEMPTIONS: Exemption[] = [];

/** A fresh tab on the example in `theme`, switched by the theme command as a person would. */
async function designer(theme: Theme, viewport = { width: 1440, height: 900 }): Promise<DesignerPage> {
  const d = await freshExample(app);
  await d.page.setViewportSize(viewport);
  const current = () => d.page.evaluate(() => document.documentElement.dataset.theme);
  if ((await current()) !== theme) await d.command('theme');
  await expect.poll(current).toBe(theme);
  return d;
}

async function expectNoSeriousViolations(d: DesignerPage, state: string): Promise<void> {
  // The diagnostics are derived through a deferred value: scan once the panel has caught up.
  await d.page.locator('[data-testid="diag-count"]').filter({ hasNotText: '…' }).waitFor();
  const found = await seriousViolations(d.page, EXEMPTIONS);
  // The rule ids compared (a short diff); the message lists every target with its markup and what is wrong.
  expect(found.map((v) => `${v.id} (${v.impact})`), `${state}: ${found.length} serious/critical axe violation(s)\n${describeViolations(found)}`).toEqual([]);
}

const NOC_DE = linkId({ from: 'noc', to: 'de' });

/** Each state: how to reach it from a fresh example. */
const STATES: [string, (d: DesignerPage) => Promise<void>][] = [
  ['first load', async () => {}],
  ['broker selected', (d) => d.selectBroker('de')],
  ['link selected', async (d) => {
    const p = await d.pointOnLink(NOC_DE, 0.4);
    await d.page.mouse.click(p.x, p.y);
    await expect.poll(() => d.inspectedLink()).toMatch(/noc.*de/);
  }],
  ['diagnostics listed', async (d) => {
    // Errors: noc–de made one-way (its return gone, de cut off), with their fix buttons. A warning: a broker
    // name ActiveMQ would rewrite.
    const p = await d.pointOnLink(NOC_DE, 0.4);
    await d.page.mouse.click(p.x, p.y);
    await d.page.locator('input[name="link-duplex"]').uncheck();
    await d.waitForDiagnostic('missing-return-link');
    await d.selectBroker('uk');
    await d.typeInField('broker-name', 'uk west');
    await d.waitForDiagnostic('invalid-broker-name');
  }],
  ['import dialog open', async (d) => {
    await d.command('import');
    await d.page.locator('[data-testid="import-dialog"]').waitFor();
  }],
  ['simulate panel with a result', async (d) => {
    await d.simulate('de', 'topic://mcollective.discovery', ['fr', 'noc']);
    await d.page.locator('[data-sim-result="fr"]').waitFor();
  }],
  ['help open', async (d) => {
    await d.command('help');
    await d.page.getByRole('dialog', { name: 'Help' }).waitFor();
  }],
];

describe.each<Theme>(['light', 'dark'])('axe, %s theme, 1440×900', (theme) => {
  it.each(STATES)('%s: no serious or critical violation', async (state, reach) => {
    const d = await designer(theme);
    await reach(d);
    await expectNoSeriousViolations(d, `${theme}, ${state}`);
    await d.page.close();
  });
});

describe.each<Theme>(['light', 'dark'])('axe, %s theme, 1280×720', (theme) => {
  it('first load: no serious or critical violation', async () => {
    const d = await designer(theme, { width: 1280, height: 720 });
    await expectNoSeriousViolations(d, `${theme} at 1280×720, first load`);
    await d.page.close();
  });
});
