// axe-core in real Chromium: no violation of impact serious or critical in the light or the dark theme, at
// 1440×900, in each state a person meets (a11yStates.ts: first load on the example, a broker selected, a link
// selected, the diagnostics panel listing errors and warnings, the import dialog, the simulate panel with a result,
// help), and on first load at 1280×720 too. The whole page is scanned, React Flow's markup included: no region and
// no rule is excluded. A failure lists every violation with its targets. Each scanned state is saved as a
// screenshot (tests/.tmp/shots/a11y-*.png; with UPDATE_SCREENSHOT=1 two of them go to docs/).

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designerIn, STATES, type Theme } from './a11yStates';
import { describeViolations, seriousViolations } from './axe';
import type { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const shotDir = resolve(import.meta.dirname, '../.tmp/shots');
mkdirSync(shotDir, { recursive: true });
// The README's two pictures: the dark theme with diagnostics listed at 1440, the light theme at 1280.
const DOCS: Record<string, string> = { 'dark-1440-diagnostics-listed': 'a11y-dark-1440.png', 'light-1280-first-load': 'a11y-light-1280.png' };

async function expectNoSeriousViolations(d: DesignerPage, theme: Theme, state: string): Promise<void> {
  // The diagnostics are derived through a deferred value: scan once the panel has caught up.
  await d.page.locator('[data-testid="diag-count"]').filter({ hasNotText: '…' }).waitFor();
  const found = await seriousViolations(d.page);
  const width = d.page.viewportSize()?.width;
  const name = `${theme}-${width}-${state.split(',')[0].replace(/\W+/g, '-')}`;
  await d.page.screenshot({ path: resolve(shotDir, `a11y-${name}.png`) });
  if (process.env.UPDATE_SCREENSHOT && DOCS[name]) await d.page.screenshot({ path: resolve(import.meta.dirname, '../../docs', DOCS[name]) });
  // The rule ids compared (a short diff); the message lists every target with its markup and what is wrong.
  expect(found.map((v) => `${v.id} (${v.impact})`), `${theme} at ${width} px, ${state}: ${found.length} serious/critical axe violation(s)\n${describeViolations(found)}`).toEqual([]);
}

describe.each<Theme>(['light', 'dark'])('axe, %s theme, 1440×900', (theme) => {
  it.each(STATES)('%s: no serious or critical violation', async (state, reach) => {
    const d = await designerIn(app, theme);
    await reach(d);
    await expectNoSeriousViolations(d, theme, state);
    await d.page.close();
  });
});

describe.each<Theme>(['light', 'dark'])('axe, %s theme, 1280×720', (theme) => {
  it('first load: no serious or critical violation', async () => {
    const d = await designerIn(app, theme, { width: 1280, height: 720 });
    await expectNoSeriousViolations(d, theme, 'first load');
    await d.page.close();
  });
});
