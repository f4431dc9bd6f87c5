// The designer states the accessibility test scans, each reached from a fresh example as a person would: first
// load, a broker selected, a link selected, the diagnostics panel listing errors and warnings, the import dialog,
// the simulate panel with a result, help (its guide, and its diagnostics catalogue with an entry open).

import { expect } from 'vitest';
import { linkId } from '../../src/model';
import type { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import type { App } from './harness';

export type Theme = 'light' | 'dark';

/** A fresh tab on the example (opened at 1440×900) in `theme`, switched by the theme command as a person would, then
 *  at `viewport`. */
export async function designerIn(app: App, theme: Theme, viewport = { width: 1440, height: 900 }): Promise<DesignerPage> {
  const d = await freshExample(app);
  // The theme first, at 1440 px where its button is on the toolbar: after a resize the toolbar moves buttons into
  // More a frame later, and a click could land in between.
  const current = () => d.page.evaluate(() => document.documentElement.dataset.theme);
  if ((await current()) !== theme) await d.command('theme');
  await expect.poll(current).toBe(theme);
  await d.page.setViewportSize(viewport);
  // The view as a first load in that window fits it (a resize alone keeps the 1440 px view: brokers under the
  // legend and minimap, and off the canvas). The fit animates for 200 ms.
  if (viewport.width !== 1440) {
    await d.command('fit');
    await d.page.waitForTimeout(400);
  }
  return d;
}

const NOC_DE = linkId({ from: 'noc', to: 'de' });

/** Each state: how to reach it from a fresh example. */
export const STATES: [string, (d: DesignerPage) => Promise<void>][] = [
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
    await d.selectBroker('fr');
    await d.typeInField('broker-name', 'fr east');
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
  ['help at the diagnostics catalogue, an entry open', async (d) => {
    await d.command('help');
    const help = d.page.getByRole('dialog', { name: 'Help' });
    await help.getByRole('tab', { name: 'Diagnostics' }).click();
    await help.locator('[data-code-entry="ttl-too-low"] summary').click();
    await expect.poll(() => help.locator('[data-code-entry="ttl-too-low"]').getAttribute('open')).toBe('');
  }],
];
