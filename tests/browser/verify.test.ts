// The designer's "Open verify report" in real Chromium: a saved `verify --json` report of the NOC example whose
// fr → noc bridge carried nothing paints that link as failing and the links that carried probes as paths, marks
// the brokers, lists the flows and causes; a file that is not a report changes nothing; Clear removes every mark.
// The report is written by the model's own plan and compare functions, exactly as the CLI writes it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTopology } from '../../src/model';
import { compareVerify, planVerify } from '../../src/model/verify';
import type { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
const dir = mkdtempSync(join(tmpdir(), 'amq-verify-report-'));
beforeAll(async () => { app = await startApp(); });
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The report `verify --json` prints for the NOC example when the fr → noc queue bridge carries nothing. */
function silentBridgeReport(): string {
  const t = exampleTopology('noc-and-countries');
  const plan = planVerify(t, 'Rk2x9a');
  const observed = plan.flows.map((f) => (f.from === 'fr' ? { delivered: false, copies: 0, latencyMs: null } : { delivered: true, copies: 1, latencyMs: 40 }));
  const brokers = t.brokers.map((b) => ({ name: b.name, address: `${b.host}:61613`, status: 'ok' as const }));
  return JSON.stringify(compareVerify(t, plan, brokers, observed), null, 2) + '\n';
}

async function openReport(d: DesignerPage, name: string, text: string): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.command('verifyReport')]);
  await chooser.setFiles(path);
}

const edge = (d: DesignerPage, index: number) => d.page.locator(`.react-flow__edge[data-id="l${index}"] .link-path`);
const failed = (d: DesignerPage) => d.page.locator('.react-flow__edge .link-path.sim-failed');
const paths = (d: DesignerPage) => d.page.locator('.react-flow__edge .link-path.sim-path');

describe('open verify report', () => {
  it('paints the failing link, marks brokers, lists flows and causes; a bad file changes nothing; Clear clears', async () => {
    const d = await freshExample(app);
    const undo = d.page.locator('[data-command="undo"]');
    await openReport(d, 'noc-verify.json', silentBridgeReport());

    const panel = d.page.locator('[data-testid="verify-panel"]');
    await panel.waitFor();
    await expect(panel.locator('[data-testid="verify-verdict"]').getAttribute('data-verdict')).resolves.toBe('differs');
    await expect(panel.locator('[data-testid="verify-verdict"]').textContent()).resolves.toContain('7 of 8 flows as designed');
    await expect(panel.locator('[data-cause="bridge-silent"]').textContent()).resolves.toMatch(/fr → noc carried no probe.*links: noc-fr/);
    await expect(panel.locator('[data-verify-flow][data-ok="false"]').count()).resolves.toBe(1);
    await expect(panel.locator('[data-verify-flow][data-ok="false"]').getAttribute('data-verify-flow')).resolves.toMatch(/^fr>noc queue:\/\//);

    // noc-fr (link 1) fails; the three links that carried probes are paths.
    await expect.poll(() => failed(d).count()).toBe(1);
    await expect(edge(d, 1).getAttribute('class')).resolves.toContain('sim-failed');
    await expect(paths(d).count()).resolves.toBe(3);
    await expect(d.node('fr').locator('[data-sim="missed"]').textContent()).resolves.toContain('bridge silent');
    await expect(d.node('de').locator('[data-sim="delivered"]').textContent()).resolves.toContain('as designed');
    await expect(undo.isDisabled()).resolves.toBe(true); // a report is not an edit

    for (const theme of ['light', 'dark']) {
      // The theme button is on the toolbar at 1440 px (at 1280 px it moves into More).
      if (theme === 'dark') {
        await d.page.setViewportSize({ width: 1440, height: 900 });
        await d.page.getByRole('button', { name: 'Toggle dark theme' }).click();
      }
      for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
        await d.page.setViewportSize(size);
        await d.page.screenshot({ path: resolve(import.meta.dirname, `../.tmp/verify-report-${size.width}-${theme}.png`) });
      }
    }

    // Not a report: an error that says where, and the report on screen stays as it was.
    await openReport(d, 'not-a-report.json', '{"verdict": "maybe", "flows": [], "causes": []}');
    await expect(d.page.locator('[data-testid="error-message"]').textContent()).resolves.toMatch(/not a verify report: verdict must be "as-designed" or "differs"[\s\S]*Nothing was changed/);
    await d.page.keyboard.press('Escape');
    await expect(failed(d).count()).resolves.toBe(1);
    await expect(panel.locator('[data-testid="verify-verdict"]').getAttribute('data-verdict')).resolves.toBe('differs');

    await d.page.locator('[data-testid="verify-clear"]').click();
    await expect.poll(() => failed(d).count()).toBe(0);
    await expect(paths(d).count()).resolves.toBe(0);
    await expect.poll(() => d.page.locator('.react-flow__node [data-sim]').count()).toBe(0);
    await expect(panel.count()).resolves.toBe(0);
    await d.page.close();
  });
});
