// MCollective servers and clients in the designer (issue 7): a server group added to de in the inspector (bad counts
// refused in place), its pill on the canvas, server.cfg in the preview with de's host and STOMP port, the warning
// when de loses its mcollective user, de/server.cfg in the zip, failover lists following a rename and a delete;
// operator clients at the NOC only, a hostile group name shown as text.

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcollectiveConfigs, parseTopology } from '../../src/model';
import type { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const failovers = (d: DesignerPage, kind: string) => d.page.locator(`[data-failover-list="${kind}"] [data-failover]`)
  .evaluateAll((els) => els.map((e) => e.getAttribute('data-failover')));

describe('MCollective groups', () => {
  it('adds servers to de: pill, server.cfg, user warning, zip entry, failover follows rename and delete', async () => {
    const d = await freshExample(app);
    await d.page.locator('.diag-clean').waitFor();
    await d.selectBroker('de');
    const servers = d.page.locator('[data-section="servers"]');
    await servers.getByRole('button', { name: '+ Add server group' }).click();
    await d.typeInField('servers-name', 'de-web');

    // Bad counts are refused in place; the count in force stays.
    const count = servers.locator('input[name="servers-count"]');
    await d.typeInField('servers-count', '0');
    await expect(servers.locator('[role="alert"]').textContent()).resolves.toContain('at least 1');
    await expect(count.inputValue()).resolves.toBe('1');
    await d.typeInField('servers-count', '2.5');
    await expect(servers.locator('[role="alert"]').textContent()).resolves.toContain('whole number');
    await d.typeInField('servers-count', '30');
    await servers.locator('[role="alert"]').waitFor({ state: 'detached' });

    const pill = d.node('de').locator('[data-group="servers"]');
    await expect.poll(() => pill.textContent()).toBe('de-web × 30');

    // Failover brokers in order: fr, then noc, then noc moved up.
    const add = servers.locator('select[name="servers-failover-add"]');
    await add.selectOption('fr');
    await add.selectOption('noc');
    await servers.getByRole('button', { name: 'Move noc up' }).click();
    await expect.poll(() => failovers(d, 'servers')).toEqual(['noc', 'fr']);

    await d.previewTab('server.cfg');
    const cfg = await d.previewText();
    expect(cfg).toContain('plugin.activemq.pool.size = 3');
    expect(cfg).toContain('plugin.activemq.pool.1.host = amq-de.example.net');
    expect(cfg).toContain('plugin.activemq.pool.1.port = 61613');
    expect(cfg).toContain('plugin.activemq.pool.2.host = amq-noc.example.net');
    expect(cfg).toContain('plugin.activemq.pool.1.password = ••••••');
    expect(cfg).not.toContain('server-Rk4');
    await d.page.locator('.diag-clean').waitFor();

    // Without its mcollective user, de refuses its own servers.
    await d.page.getByRole('button', { name: 'Remove user mcollective' }).click();
    await d.waitForDiagnostic('mcollective-user-missing');
    await expect.poll(() => d.previewText()).toContain('# plugin.activemq.pool.1.password left out');
    await expect(servers.locator('input[name="servers-user-other"]').inputValue()).resolves.toBe('mcollective');
    // Logging in as admin (a user of every pool broker, in group mcollective) clears it; undo brings it back.
    await servers.locator('select[name="servers-user"]').selectOption('admin');
    await d.page.locator('.diag-clean').waitFor();
    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await d.waitForDiagnostic('mcollective-user-missing');

    const [download] = await Promise.all([d.page.waitForEvent('download'), d.command('zip')]);
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files)).toContain('de/server.cfg');
    expect(Object.keys(files).filter((f) => f.endsWith('.cfg'))).toEqual(['de/server.cfg']);
    const topologyFile = Object.keys(files).find((f) => f.endsWith('.amq.json'))!;
    const saved = parseTopology(strFromU8(files[topologyFile]));
    expect(saved.brokers.find((b) => b.name === 'de')!.servers).toEqual({ name: 'de-web', count: 30, failover: ['noc', 'fr'] });
    const serverCfg = strFromU8(files['de/server.cfg']);
    expect(serverCfg).toBe(mcollectiveConfigs(saved).find((f) => f.path === 'de/server.cfg')!.content);
    // Read by hand: de first, then its failovers; de has no mcollective user now, so its password line is left out,
    // while noc and fr log the servers in with theirs (unmasked in the download).
    const pool = serverCfg.split('\n').filter((l) => /^#? ?plugin\.activemq\.pool\./.test(l));
    expect(pool).toEqual(expect.arrayContaining([
      'plugin.activemq.pool.size = 3',
      'plugin.activemq.pool.1.host = amq-de.example.net', 'plugin.activemq.pool.2.host = amq-noc.example.net',
      'plugin.activemq.pool.3.host = amq-fr.example.net', 'plugin.activemq.pool.2.password = server-Rk4!vTz9-mco',
      'plugin.activemq.pool.3.password = server-Rk4!vTz9-mco',
    ]));
    expect(pool.filter((l) => l.startsWith('plugin.activemq.pool.1.password'))).toEqual([]);

    // Renaming a failover broker renames it in the list (and the cfg); deleting it removes it.
    await d.selectBroker('fr');
    await d.typeInField('broker-name', 'france');
    await d.selectBroker('de');
    await expect.poll(() => failovers(d, 'servers')).toEqual(['noc', 'france']);
    await expect.poll(() => d.previewText()).toContain('# pool 3: broker "france"');
    await d.focusCanvas();
    await d.selectBroker('france');
    await d.page.keyboard.press('Delete');
    await d.node('france').waitFor({ state: 'detached' });
    await d.selectBroker('de');
    await expect.poll(() => failovers(d, 'servers')).toEqual(['noc']);
    await expect(pill.textContent()).resolves.toBe('de-web × 30');
    await d.page.close();
  });

  it('offers operator clients at NOC brokers only, draws them, previews client.cfg, shows hostile names as text', async () => {
    const d = await freshExample(app);
    await d.selectBroker('de');
    await d.page.locator('[data-section="servers"]').waitFor();
    await expect.poll(() => d.page.locator('[data-section="clients"]').count()).toBe(0);

    await d.selectBroker('noc');
    const clients = d.page.locator('[data-section="clients"]');
    await clients.getByRole('button', { name: '+ Add operator clients' }).click();
    const pill = d.node('noc').locator('[data-group="clients"]');
    await expect.poll(() => pill.textContent()).toBe('operators');
    await expect(clients.locator('select[name="clients-user"]').inputValue()).resolves.toBe('admin');
    await clients.locator('select[name="clients-failover-add"]').selectOption('de');
    await expect.poll(() => failovers(d, 'clients')).toEqual(['de']);

    await d.previewTab('client.cfg');
    const cfg = await d.previewText();
    expect(cfg).toContain('plugin.activemq.pool.1.host = amq-noc.example.net');
    expect(cfg).toContain('plugin.activemq.pool.2.host = amq-de.example.net');
    expect(cfg).toContain('plugin.activemq.pool.1.user = admin');
    await d.previewTab('activemq.xml');
    await expect(d.previewText()).resolves.toContain('<broker');

    const hostile = '<img src=x onerror="window.__pwned=1">';
    await d.typeInField('clients-name', hostile);
    await expect.poll(() => pill.textContent()).toBe(`operators ${hostile}`);
    await expect.poll(() => d.node('noc').locator('img').count()).toBe(0);
    await clients.getByRole('button', { name: 'Remove operator clients' }).click();
    await pill.waitFor({ state: 'detached' });
    await expect.poll(() => d.page.locator('.preview-tabs').count()).toBe(0);
    await expect(d.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await d.page.close();
  });
});
