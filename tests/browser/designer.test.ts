// The designer driven like a person in real Chromium: palette drags, handle connections, diagnostics and their
// one-click fixes, inspector edits, undo/redo, reload, zip download, share link, and a malformed file.

import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, parseTopology, validate } from '../../src/model';
import { DesignerPage } from './designerPage';
import { emptyDesigner as openEmptyDesigner } from './fresh';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const emptyDesigner = () => openEmptyDesigner(app);

/** Builds broker1, broker2 and noc1 from the palette. */
async function threeBrokers(d: DesignerPage): Promise<void> {
  await d.dropFromPalette('broker', 200, 150);
  await d.dropFromPalette('broker', 500, 150);
  await d.dropFromPalette('noc', 350, 420);
  await d.node('noc1').waitFor();
}

describe('designer', () => {
  it('builds a network from the palette, flags the missing return link and fixes it in one click', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'noc1']);
    await expect(d.node('broker1').textContent()).resolves.toContain('broker1.example.net');

    await d.connect('broker1', 'noc1');
    await d.waitForDiagnostic('missing-return-link');
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(1);
    // The node badge counts the diagnostics naming the broker.
    await expect(d.node('broker1').locator('[data-testid="node-diag-badge"]').textContent()).resolves.toMatch(/^[1-9]\d*$/);

    await d.page.locator('li.diag[data-code="missing-return-link"] [data-fix="Make duplex"]').click();
    await d.waitForDiagnostic('missing-return-link', false);
    await d.connect('broker2', 'noc1');
    await d.waitForDiagnostic('missing-return-link');
    await d.page.locator('li.diag[data-code="missing-return-link"] [data-fix="Add return link"]').click();
    await d.waitForDiagnostic('missing-return-link', false);
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(3);
    expect(await d.diagnosticCodes()).not.toContain('unreachable-broker');
    await d.page.close();
  });

  it('refuses a name in use, reports a sanitising clash, and undoes and redoes the fix', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);

    await d.selectBroker('broker2');
    await d.typeInField('broker-name', 'broker1');
    await expect(d.page.locator('.inspector [role="alert"]').textContent()).resolves.toContain('already used');
    await expect(d.page.locator('input[name="broker-name"]').inputValue()).resolves.toBe('broker2');
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'noc1']);

    await d.typeInField('broker-name', 'site_a');
    await d.node('site_a').waitFor();
    await d.selectBroker('broker1');
    await d.typeInField('broker-name', 'site a');
    await d.waitForDiagnostic('duplicate-broker-name');

    await d.page.locator('li.diag[data-code="duplicate-broker-name"] .fix-button').click();
    await d.waitForDiagnostic('duplicate-broker-name', false);
    expect(await d.brokerNames()).toEqual(['noc1', 'site a', 'site_a2']);

    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await d.waitForDiagnostic('duplicate-broker-name');
    expect(await d.brokerNames()).toEqual(['noc1', 'site a', 'site_a']);
    await d.page.keyboard.press('Control+Shift+z');
    await d.waitForDiagnostic('duplicate-broker-name', false);
    await d.page.keyboard.press('Control+z');
    await d.waitForDiagnostic('duplicate-broker-name');
    await d.page.keyboard.press('Control+y');
    await d.waitForDiagnostic('duplicate-broker-name', false);
    await d.page.close();
  });

  it('deletes with the Delete key, copies and pastes, and restores the network after a reload', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    await d.connect('broker1', 'noc1');
    await d.selectBroker('noc1');
    await d.focusCanvas();
    await d.selectBroker('noc1');
    await d.page.keyboard.press('Delete');
    await d.node('noc1').waitFor({ state: 'detached' });
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(0);
    await d.page.keyboard.press('Control+z');
    await d.node('noc1').waitFor();
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(1);

    // Copy both ends of the link: the copy brings its own link along.
    await d.selectBroker('broker1');
    await d.node('noc1').locator('.broker-name').click({ modifiers: ['Control'] });
    await d.page.keyboard.press('Control+c');
    await d.page.keyboard.press('Control+v');
    await d.node('noc2').waitFor();
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'broker3', 'noc1', 'noc2']);
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(2);

    await d.page.waitForFunction(() => localStorage.getItem('amq-designer:network')?.includes('noc2'));
    await d.page.reload();
    await d.node('noc2').waitFor();
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'broker3', 'noc1', 'noc2']);
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(2);
    await d.page.close();
  });

  it('downloads a zip with one parseable activemq.xml per broker, the same bytes as buildZip', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    await d.connect('broker1', 'noc1');
    await d.page.locator('li.diag[data-code="missing-return-link"] [data-fix="Make duplex"]').click();
    await d.connect('noc1', 'broker2');
    await d.page.locator('li.diag[data-code="missing-return-link"] [data-fix="Make duplex"]').click();
    await d.waitForDiagnostic('missing-return-link', false);

    const [download] = await Promise.all([d.page.waitForEvent('download'), d.command('zip')]);
    expect(download.suggestedFilename()).toBe('network.zip');
    const bytes = readFileSync((await download.path())!);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'broker1/activemq.xml', 'broker2/activemq.xml', 'network.amq.json', 'noc1/activemq.xml']);
    const saved = parseTopology(strFromU8(files['network.amq.json']));
    expect(Buffer.from(buildZip(saved, { diagnostics: validate(saved) }))).toEqual(bytes);
    // The topology file says what was built, independently of buildZip: three brokers, two duplex links.
    expect(saved.brokers.map((b) => `${b.name} ${b.role} ${b.host}`)).toEqual(['broker1 broker broker1.example.net', 'broker2 broker broker2.example.net', 'noc1 noc noc1.example.net']);
    expect(saved.links.map((l) => `${l.from}>${l.to} ${l.duplex}`)).toEqual(['broker1>noc1 true', 'noc1>broker2 true']);
    expect(strFromU8(files['README.txt'])).toMatch(/broker1\/activemq\.xml[\s\S]*broker2\/activemq\.xml[\s\S]*noc1\/activemq\.xml/);

    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const connectors = (path: string) => {
      const doc = parser.parse(strFromU8(files[path]), true);
      const list = doc.beans.broker.networkConnectors?.networkConnector ?? [];
      return (Array.isArray(list) ? list : [list]).map((c: Record<string, string>) => `${c.name} ${c.duplex} ${c.uri}`);
    };
    expect(connectors('broker1/activemq.xml')).toEqual([
      'broker1-noc1-topics true static:(tcp://noc1.example.net:61616)',
      'broker1-noc1-queues true static:(tcp://noc1.example.net:61616)',
    ]);
    expect(connectors('noc1/activemq.xml')).toEqual([
      'noc1-broker2-topics true static:(tcp://broker2.example.net:61616)',
      'noc1-broker2-queues true static:(tcp://broker2.example.net:61616)',
    ]);
    expect(connectors('broker2/activemq.xml')).toEqual([]);
    await d.page.close();
  });

  it('opens a share link with the network it was made from, in a fresh profile and over a different autosave', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    await d.connect('broker2', 'noc1');
    await d.command('share');
    const url = await d.page.locator('input.share-url').inputValue();
    expect(url).toMatch(/#net=[A-Za-z0-9_-]+$/);
    await d.page.keyboard.press('Escape');
    // The network moves on after the link was made: the autosave now holds a fourth broker the link does not.
    await d.dropFromPalette('broker', 650, 420);
    await d.node('broker3').waitFor();
    await expect.poll(() => d.page.evaluate(() => Object.values(localStorage).join(' ').includes('broker3'))).toBe(true);

    const expectLinkNetwork = async (d2: DesignerPage) => {
      await d2.node('noc1').waitFor();
      expect(await d2.brokerNames()).toEqual(['broker1', 'broker2', 'noc1']);
      await expect(d2.page.locator('.react-flow__edge').count()).resolves.toBe(1);
      await d2.waitForDiagnostic('missing-return-link');
    };
    // A profile that never saw the designer: nothing but the link can supply the network.
    const fresh = await app.freshContext();
    try {
      const page = await fresh.newPage();
      await page.goto(url);
      await expectLinkNetwork(new DesignerPage(page));
    } finally {
      await fresh.close();
    }
    // The profile whose autosave holds four brokers: the link wins over the autosave.
    const other = await app.context.newPage();
    await other.goto(url);
    await expectLinkNetwork(new DesignerPage(other));
    await other.close();
    await d.page.close();
  });

  it('refuses a malformed file with the reason and keeps the network', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.command('open')]);
    await chooser.setFiles({ name: 'bad.amq.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "amq-topology/1",\n  "brokers": [ }\n') });
    const message = d.page.locator('[data-testid="error-message"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/bad\.amq\.json line 3/);
    await d.page.locator('.modal button', { hasText: 'OK' }).click();
    expect(await d.brokerNames()).toEqual(['broker1', 'broker2', 'noc1']);
    await d.page.close();
  });

  it('shows hostile names as text, finds a broker by name, and lays out as one undo step', async () => {
    const d = await emptyDesigner();
    await threeBrokers(d);
    const hostile = `<img src=x onerror="window.__x=1">&amp;'`;
    await d.selectBroker('broker2');
    await d.typeInField('broker-name', hostile);
    await d.node(hostile).waitFor();
    await expect(d.node(hostile).locator('.broker-name').textContent()).resolves.toBe(hostile);
    await expect.poll(() => d.page.locator('.react-flow__node img').count()).toBe(0);
    await expect(d.page.locator('[data-testid="xml-code"]').textContent()).resolves.toContain('brokerName="&lt;img src=x onerror=&quot;window.__x=1&quot;');
    expect(await d.page.evaluate(() => (window as { __x?: number }).__x)).toBeUndefined();

    await d.focusCanvas();
    await d.page.locator('#find-broker').fill('noc');
    await d.page.locator('#find-broker').press('Enter');
    await d.page.locator('.broker-node.selected[data-broker="noc1"]').waitFor();

    const before = await d.placement('broker1');
    await d.command('layout');
    // ELK loads on first use and runs in a worker: on a loaded machine that takes seconds.
    await expect.poll(() => d.placement('broker1'), { timeout: 60_000 }).not.toBe(before);
    await d.command('undo');
    await expect.poll(() => d.placement('broker1')).toBe(before);
    await d.page.close();
  });
});
