// Import activemq.xml in real Chromium: pasting the MCollective hub and two spokes gives three brokers and their
// links, laid out, as one undo step; the export zip holds three activemq.xml; the diff against the original file;
// malformed XML names line and column and changes nothing; the replace/merge question on a non-empty canvas.

import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, exampleTopology } from '../../src/model';
import { DesignerPage } from './designerPage';
import { freshExample as openFreshExample } from './fresh';
import { type App, startApp } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import/hub-spoke');
const hubSpoke = ['hub.xml', 'spoke1.xml', 'spoke2.xml'].map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const freshExample = () => openFreshExample(app);

async function emptyDesigner(): Promise<DesignerPage> {
  const d = await freshExample();
  await d.command('new');
  await d.page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
  return d;
}

const edgeCount = (d: DesignerPage) => d.page.locator('.react-flow__edge').count();

describe('import activemq.xml', () => {
  it('loads the importer only when the import dialog first opens', async () => {
    const d = await freshExample();
    const scripts = () => d.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect((await scripts()).some((n) => /ImportDialog-/.test(n))).toBe(false);
    await d.command('import');
    await d.page.locator('[data-testid="import-dialog"]').waitFor();
    expect((await scripts()).filter((n) => /ImportDialog-/.test(n))).toHaveLength(1);
    await d.page.keyboard.press('Escape');
    await d.page.close();
  });

  it('says so, and keeps the network, when the importer\'s code cannot be fetched', async () => {
    const d = await freshExample();
    await d.page.route(/ImportDialog-[^/]*\.js$/, (route) => route.abort());
    await d.command('import');
    await expect(d.page.getByRole('dialog', { name: 'The importer could not be loaded' }).locator('[data-testid="error-message"]').textContent())
      .resolves.toMatch(/imported module[\s\S]*Your network is unchanged\. Save it, then reload the page\./);
    await d.page.keyboard.press('Escape');
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);
    await d.page.close();
  });

  it('pastes a hub and two spokes: three brokers, two links, laid out, one undo step, a zip of three files', async () => {
    const d = await emptyDesigner();
    await d.importXml(hubSpoke);
    await d.node('spoke2').waitFor();
    await expect.poll(() => d.page.locator('[data-testid="import-dialog"]').count()).toBe(0);
    expect(await d.brokerNames()).toEqual(['hub', 'spoke1', 'spoke2']);
    await expect.poll(() => edgeCount(d)).toBe(2);
    // Laid out (ELK, layered): the hub ranks above the spokes, which sit side by side.
    const at = async (n: string) => {
      const [x, y] = (/translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(await d.placement(n)) ?? []).slice(1).map(Number);
      return { x, y };
    };
    const [hub, s1, s2] = [await at('hub'), await at('spoke1'), await at('spoke2')];
    expect(hub.y).toBeLessThan(s1.y);
    expect(s1.y).toBe(s2.y);
    expect(Math.abs(s1.x - s2.x)).toBeGreaterThanOrEqual(170);
    // The fixture's passwords are strong and its links are duplex pairs: nothing to report.
    await d.page.locator('.diag-clean').waitFor();
    expect(await d.diagnosticCodes()).toEqual([]);

    const [download] = await Promise.all([d.page.waitForEvent('download'), d.command('zip')]);
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files).filter((f) => f.endsWith('/activemq.xml')).sort()).toEqual(['hub/activemq.xml', 'spoke1/activemq.xml', 'spoke2/activemq.xml']);

    // The import is one undo step back to the empty network.
    await d.command('undo');
    await d.page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
    await d.command('redo');
    await d.node('hub').waitFor();
    await d.page.close();
  });

  it('shows the diff between an imported file and what export writes now', async () => {
    const d = await emptyDesigner();
    await d.importXml(hubSpoke);
    await d.selectBroker('hub');
    await d.page.locator('[data-testid="xml-diff-toggle"] [data-mode="diff"]').click();
    // Export writes authorization attributes in its own order (read, write, admin): the one difference.
    const diff = await d.page.locator('[data-testid="xml-diff"]').textContent();
    expect(diff).toContain('--- pasted-1.xml');
    expect(diff).toContain('-              <authorizationEntry queue=">" write="admins" read="admins" admin="admins"/>');
    expect(diff).toContain('+              <authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>');
    expect(diff).not.toContain('transportConnector');
    // An edit shows up in the diff at once, and the diff follows a rename.
    await d.typeInField('broker-name', 'hub-renamed');
    await d.node('hub-renamed').waitFor();
    await expect(d.page.locator('[data-testid="xml-diff"]').textContent()).resolves.toContain('+  <broker xmlns="http://activemq.apache.org/schema/core" brokerName="hub-renamed"');
    await d.page.close();
  });

  it('refuses malformed XML with its line and column and leaves the network as it was', async () => {
    const d = await freshExample();
    await d.importXml(['<beans>\n  <broker brokerName="x">\n</beans>\n']);
    const error = d.page.locator('[data-testid="import-error"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/pasted-1\.xml line 3, column 1: .*does not match/);
    await expect.poll(() => d.page.locator('.import-merge').count()).toBe(0);
    await d.page.keyboard.press('Escape');
    await error.waitFor({ state: 'detached' });
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);
    await expect(d.page.locator('[data-command="undo"]').isDisabled()).resolves.toBe(true);
    await d.page.close();
  });

  it('asks to replace or merge when a network exists; merge replaces brokers by name and adds the others', async () => {
    const d = await freshExample();
    await d.importXml(hubSpoke);
    const question = d.page.locator('.import-merge');
    await question.waitFor();
    expect(await question.textContent()).toContain('5 brokers');

    await d.answerImport('cancel');
    await question.waitFor({ state: 'detached' });
    await d.page.keyboard.press('Escape');
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'noc', 'uk', 'us']);

    await d.importXml(hubSpoke);
    await d.answerImport('merge');
    await d.node('hub').waitFor();
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'hub', 'noc', 'spoke1', 'spoke2', 'uk', 'us']);
    await expect.poll(() => edgeCount(d)).toBe(6);

    // The hub again on its own: it replaces "hub"; the spokes it dials are the brokers at their hosts.
    await d.importXml([hubSpoke[0]]);
    expect(await question.textContent()).toContain('1 share a name');
    await d.answerImport('merge');
    await question.waitFor({ state: 'detached' });
    expect(await d.brokerNames()).toEqual(['de', 'fr', 'hub', 'noc', 'spoke1', 'spoke2', 'uk', 'us']);
    // Without the spokes' files the hub's topics/queues pairs still become one preset link per spoke: no duplicates.
    await expect.poll(() => edgeCount(d)).toBe(6);

    await d.importXml(hubSpoke);
    await d.answerImport('replace');
    await d.node('noc').waitFor({ state: 'detached' });
    expect(await d.brokerNames()).toEqual(['hub', 'spoke1', 'spoke2']);
    await d.page.close();
  });

  it('imports files dropped on the drop zone, named by their file in errors', async () => {
    const d = await emptyDesigner();
    await d.command('import');
    await d.dropFiles({ 'hub.xml': hubSpoke[0], 'spoke1.xml': hubSpoke[1], 'spoke2.xml': hubSpoke[2] });
    await expect.poll(() => d.page.locator('[data-testid="import-files"] li').count()).toBe(3);
    await d.dropFiles({ 'broken <b>.xml': '<beans><broker brokerName="x"></beans>' });
    await d.page.locator('[data-testid="import-run"]').click();
    // The error names the dropped file, as text.
    await expect(d.page.locator('[data-testid="import-error"]').textContent()).resolves.toMatch(/^broken <b>\.xml line 1, column \d+:/);
    await expect.poll(() => d.page.locator('[data-testid="import-dialog"] b').count()).toBe(0);
    await d.page.getByRole('button', { name: 'Remove broken <b>.xml' }).click();
    await d.page.locator('[data-testid="import-run"]').click();
    await d.node('spoke2').waitFor();
    expect(await d.brokerNames()).toEqual(['hub', 'spoke1', 'spoke2']);
    await d.selectBroker('spoke1');
    await d.page.locator('[data-testid="xml-diff-toggle"] [data-mode="diff"]').click();
    await expect(d.page.locator('[data-testid="xml-diff"]').textContent()).resolves.toContain('--- spoke1.xml');
    await d.page.close();
  });

  it('imports a chosen zip (the export of a template)', async () => {
    const d = await emptyDesigner();
    const dir = mkdtempSync(join(tmpdir(), 'amq-import-'));
    const zip = join(dir, 'mesh.zip');
    writeFileSync(zip, buildZip(exampleTopology('mesh-of-three')));
    await d.command('import');
    await d.page.locator('[data-testid="import-file-input"]').setInputFiles(zip);
    await expect(d.page.locator('[data-testid="import-files"]').textContent()).resolves.toContain('mesh.zip');
    await d.page.locator('[data-testid="import-run"]').click();
    await d.node('broker3').waitFor();
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'broker3']);
    await expect.poll(() => edgeCount(d)).toBe(3);
    await expect(d.page.locator('.brand-network').textContent()).resolves.toBe('mesh');
    await d.page.close();
  });
});
