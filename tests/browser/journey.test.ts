// The journey of issue 13, by hand in real Chromium: from an empty canvas to the reference layout (a NOC and de,
// fr, uk, us, each in its own location), authenticated, SSL between locations, 0 errors and 0 warnings, counting
// the user's actions (a drop, a drag, a click, or typing into one field, each one action). The saved topology is
// compared with tests/fixtures/journey.amq.json, which the real-broker journey test starts (tests/broker/journey.test.ts).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTopology } from '../../src/model';
import { emptyDesigner } from './fresh';
import { type App, startApp } from './harness';
import { normalizeJourney } from './journeyFixture';

const ROOT = resolve(import.meta.dirname, '../..');
const COUNTRIES = ['de', 'fr', 'uk', 'us'];
const TARGET = 15;

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('the journey: a secure NOC and four countries by hand', () => {
  it(`takes at most ${TARGET} actions from an empty canvas to 0 errors and 0 warnings`, async () => {
    const d = await emptyDesigner(app);
    const { page } = d;

    const actions: string[] = [];
    const act = async (what: string, step: () => Promise<void>) => { actions.push(what); await step(); };
    const errors = () => page.locator('.diag-group[data-severity="error"]').count();
    const warnings = () => page.locator('.diag-group[data-severity="warning"]').count();

    await act('drop a NOC broker', () => d.dropFromPalette('noc', 400, 170));
    await d.node('noc1').waitFor();
    for (const [i, c] of COUNTRIES.entries()) {
      await act(`drop a broker for ${c}`, () => d.dropFromPalette('broker', 110 + i * 210, 430));
      // The new broker is selected: its name field is in the inspector, ready to type into.
      await expect.poll(() => page.locator('input[name="broker-name"]').inputValue()).toBe('broker1'); // the name is free again once the last one is renamed
      await act(`name it ${c}`, () => d.typeInField('broker-name', c));
      await d.node(c).waitFor();
    }
    for (const c of COUNTRIES) {
      const before = await page.locator('.react-flow__edge').count();
      await act(`drag a link from noc1 to ${c}`, () => d.connect('noc1', c));
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(before + 1);
    }
    // Clean by default: users on every broker, a bridge user on every link; only the return paths are missing.
    await expect.poll(() => page.locator('[data-fix-all="missing-return-link"]').textContent()).toBe('Fix all (4)');
    await act('Fix all (4) missing return links', () => page.locator('[data-fix-all="missing-return-link"]').click());
    await expect.poll(() => page.locator('.diag-group[data-severity="error"] .diag-message').allTextContents()).toEqual([]);
    await expect.poll(() => d.diagnosticCodes()).toEqual(['plaintext-wan-link', 'plaintext-wan-link', 'plaintext-wan-link', 'plaintext-wan-link']);

    await act('Secure the network', () => page.locator('[data-testid="diag-secure"]').click());
    const summary = page.locator('[data-testid="summary-lines"]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('4 links between locations now dial SSL: noc1-de, noc1-fr, noc1-uk, noc1-us.');
    mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'tests/.tmp/journey-secure.png') });
    await page.keyboard.press('Escape'); // reading the summary is not part of the journey
    await page.locator('.diag-clean').waitFor();
    expect(await errors()).toBe(0);
    expect(await warnings()).toBe(0);

    console.log(`journey: ${actions.length} actions\n  ${actions.join('\n  ')}`);
    expect(actions.length).toBeLessThanOrEqual(TARGET);

    // Save (not part of the count): the file a person keeps, and the broker test starts.
    const [download] = await Promise.all([page.waitForEvent('download'), d.command('save')]);
    const saved = parseTopology(readFileSync((await download.path())!, 'utf8'));
    expect(saved.brokers.map((b) => [b.name, b.location])).toEqual([['noc1', 'noc1'], ...COUNTRIES.map((c) => [c, c])]);
    const normalized = normalizeJourney(saved);
    writeFileSync(join(ROOT, 'tests/.tmp/journey.amq.json'), JSON.stringify(normalized, null, 2) + '\n');
    const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/journey.amq.json'), 'utf8'));
    expect(normalized, 'the journey saves another network than tests/fixtures/journey.amq.json (compare tests/.tmp/journey.amq.json)').toEqual(fixture);
    await page.close();
  });
});
