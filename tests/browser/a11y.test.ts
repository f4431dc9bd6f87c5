// Accessibility in real Chromium with axe-core: 0 violations of impact serious or critical, in the light and the
// dark theme, in every state a user passes through (first load, broker selected, link selected, diagnostics listed,
// import dialog, simulate panel, help open). The violations found are printed with their elements.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`).join('\n    ')}`);
}

const STATES: { name: string; enter: (d: DesignerPage) => Promise<void>; leave?: (d: DesignerPage) => Promise<void> }[] = [
  { name: 'first load', enter: async () => {} },
  { name: 'broker selected', enter: (d) => d.selectBroker('de') },
  {
    name: 'link selected',
    enter: async (d) => {
      await d.page.locator('.react-flow__edge').first().click({ force: true });
      await d.page.locator('.react-flow__edge.selected').first().waitFor();
    },
  },
  {
    name: 'diagnostics listed',
    enter: async (d) => {
      await d.command('deselect').catch(() => {});
      await d.page.keyboard.press('Escape');
      await d.typeInField('network-ttl', '1');
      await d.waitForDiagnostic('ttl-too-low');
    },
  },
  {
    name: 'import dialog',
    enter: async (d) => { await d.command('import'); await d.page.locator('[data-testid="import-dialog"]').waitFor(); },
    leave: async (d) => { await d.page.keyboard.press('Escape'); },
  },
  { name: 'simulate panel', enter: async (d) => { await d.simulate('noc', 'topic://mcollective.discovery.agent'); await d.page.locator('[data-sim-result]').first().waitFor(); } },
  {
    name: 'help open',
    enter: async (d) => {
      await d.focusCanvas();
      await d.page.keyboard.press('?');
      await d.page.getByRole('dialog', { name: 'Help' }).waitFor();
      await d.page.locator('[data-help-tab="diagnostics"]').click();
      await d.page.locator('[data-code-entry="ttl-too-low"] summary').click();
    },
    leave: async (d) => { await d.page.keyboard.press('Escape'); },
  },
];

describe('axe-core: no serious or critical violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in the ${theme} theme, in every state`, async () => {
      const d = await freshExample(app);
      await d.page.evaluate((t) => localStorage.setItem('amq-designer:theme', t), theme);
      await d.page.reload();
      await d.node('noc').waitFor();
      await expect(d.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
      const found: Record<string, string[]> = {};
      for (const s of STATES) {
        await s.enter(d);
        const v = await seriousViolations(d.page);
        if (v.length) found[s.name] = v;
        await s.leave?.(d);
      }
      if (Object.keys(found).length) console.log(`${theme}:\n${Object.entries(found).map(([s, v]) => `  [${s}]\n  ${v.join('\n  ')}`).join('\n')}`);
      expect(found).toEqual({});
      await d.page.close();
    });
  }
});
