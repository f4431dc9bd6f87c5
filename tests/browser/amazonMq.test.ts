// Amazon MQ in the designer, driven in real Chromium: switching the example network's target shows the Amazon MQ
// diagnostics, a one-click fix clears one, the broker inspector takes a deployment mode and endpoint, and the
// downloaded zip holds a configuration per broker (valid against the engine version's schema) and the Terraform.

import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, parseTopology } from '../../src/model';
import { checkTerraform, schemaErrors } from '../unit/amazonMq/schemaCheck';
import { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const SHOTS = resolve(import.meta.dirname, '../.tmp/amazon-mq');

async function exampleDesigner(): Promise<DesignerPage> {
  const page = await app.open();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor();
  return new DesignerPage(page);
}

describe('Amazon MQ target', () => {
  it('switching the network to Amazon MQ shows its diagnostics, and the download holds the configurations and the Terraform', async () => {
    const d = await exampleDesigner();
    const target = d.page.locator('select#network-target');
    await target.waitFor();
    expect(await d.diagnosticCodes()).not.toContain('amazon-mq-transport');
    await target.selectOption('amazon-mq');
    await d.waitForDiagnostic('amazon-mq-transport');
    await d.waitForDiagnostic('amazon-mq-unsupported');
    // The self-managed rules about ports and TLS step aside.
    expect(await d.diagnosticCodes()).not.toContain('plaintext-wan-link');
    await d.page.locator('select#network-engine').selectOption('5.18');

    mkdirSync(SHOTS, { recursive: true });
    await d.page.screenshot({ path: `${SHOTS}/network-1440.png` });

    // One fix: the service's endpoints on one country broker clear the link that dials it.
    const before = (await d.diagnosticCodes()).filter((c) => c === 'amazon-mq-transport').length;
    await d.page.locator('li.diag[data-code="amazon-mq-transport"] [data-fix^="Use Amazon MQ\'s endpoints on"]').first().click();
    await expect.poll(async () => (await d.diagnosticCodes()).filter((c) => c === 'amazon-mq-transport').length).toBe(before - 1);

    // The broker inspector: active/standby and a known endpoint; the NOC's configuration dials the pair.
    await d.selectBroker('de');
    await d.page.locator('select#broker-deployment').selectOption('active-standby');
    await d.typeInField('broker-endpoint', 'b-4f2a-1.mq.eu-central-1.amazonaws.com');
    await d.page.screenshot({ path: `${SHOTS}/broker-1440.png` });
    await d.selectBroker('noc');
    await expect.poll(() => d.previewText()).toContain('masterslave:(ssl://b-4f2a-1.mq.eu-central-1.amazonaws.com:61617,ssl://b-4f2a-2.mq.eu-central-1.amazonaws.com:61617)');

    const waiting = d.page.waitForEvent('download');
    await d.command('zip');
    // With errors open, the designer asks first (issue 13): download anyway.
    const anyway = d.page.getByRole('button', { name: 'Download anyway' });
    await anyway.click({ timeout: 10_000 }).catch(() => undefined); // no dialog when no error is open
    const download = await waiting;
    const bytes = readFileSync((await download.path())!);
    const files = unzipSync(bytes);
    const names = Object.keys(files).sort();
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'terraform/main.tf', 'noc/configuration.xml', 'de/configuration.xml']));
    expect(names.some((n) => n.endsWith('activemq.xml'))).toBe(false);
    const saved = parseTopology(strFromU8(files[names.find((n) => n.endsWith('.amq.json'))!]));
    expect(saved.settings).toMatchObject({ target: 'amazon-mq', activemqVersion: '5.18' });
    expect(saved.brokers.find((b) => b.name === 'de')).toMatchObject({ deploymentMode: 'active-standby', endpoint: 'b-4f2a-1.mq.eu-central-1.amazonaws.com' });
    expect(Buffer.from(buildZip(saved))).toEqual(bytes);

    const configs = names.filter((n) => n.endsWith('/configuration.xml')).map((n) => ({ name: n, xml: strFromU8(files[n]) }));
    expect(configs).toHaveLength(saved.brokers.length);
    expect(schemaErrors('5.18', configs)).toBe('');
    const { unresolved, references } = await checkTerraform(strFromU8(files['terraform/main.tf']));
    expect(unresolved).toEqual([]);
    expect(references).toContain('aws_mq_broker.de.instances.1.endpoints.0');
    await d.page.close();
  });

  it('is reachable by keyboard and readable at 1280x720 in the dark theme', async () => {
    const d = await exampleDesigner();
    // The theme button is on the toolbar at 1440 px (at 1280 px it moves into More).
    await d.page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await d.page.setViewportSize({ width: 1280, height: 720 });
    const target = d.page.locator('select#network-target');
    await target.focus();
    await d.page.keyboard.press('ArrowDown');
    await expect.poll(() => target.inputValue()).toBe('amazon-mq');
    await expect(d.page.getByLabel('Amazon MQ engine version')).toBeTruthy();
    await d.waitForDiagnostic('amazon-mq-transport');
    await d.page.screenshot({ path: `${SHOTS}/network-1280-dark.png` });
    await d.page.close();
  });
});
