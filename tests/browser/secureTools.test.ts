// Issue 13's editing tools in real Chromium: Fix all per code as one undo step, the diagnostics filter to the
// selection, bulk edit of several brokers and links, transport presets, the import diff's password mask and
// "ignore formatting", and the keystore-script choice kept across a reload.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import/hub-spoke');
let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('secure tools', () => {
  it('Fix all (2) clears a code in one undo step; "only the selection" lists what names the selection', async () => {
    const d = await freshExample(app);
    for (const name of ['de', 'fr']) {
      await d.selectBroker(name);
      await d.page.getByRole('button', { name: 'Turn authentication off' }).click();
    }
    const fixAll = d.page.locator('[data-fix-all="no-authentication"]');
    await expect.poll(() => fixAll.textContent()).toBe('Fix all (2)');
    await d.page.locator('input[name="diag-only-selection"]').check();
    await expect.poll(() => d.diagnosticCodes()).toEqual(['no-authentication']);
    await expect(d.page.locator('.diag-message').textContent()).resolves.toContain('"fr"');
    await d.page.locator('input[name="diag-only-selection"]').uncheck();
    await fixAll.click();
    await d.page.locator('.diag-clean').waitFor();
    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await expect.poll(() => fixAll.textContent()).toBe('Fix all (2)');
    await d.page.close();
  });

  it('bulk edit: location, an SSL transport preset with needClientAuth and networkTTL for everything selected, each one undo step', async () => {
    const d = await freshExample(app);
    await d.focusCanvas();
    await d.page.keyboard.press('Control+a');
    await d.page.locator('[data-bulk="brokers"]').waitFor();
    await d.typeInField('bulk-location', 'eu');
    await expect.poll(() => d.node('de').textContent()).toContain('eu');
    await expect(d.node('noc').textContent()).resolves.toContain('eu');
    const brokers = d.page.locator('[data-bulk="brokers"]');
    await brokers.locator('select[name="transport-preset"]').selectOption('openwire-ssl');
    await brokers.locator('input[name="transport-client-auth"]').check();
    await brokers.getByRole('button', { name: '+ Add to all' }).click();
    await d.typeInField('bulk-ttl', '3');
    await d.focusCanvas();
    await d.page.keyboard.press('Escape');
    await d.selectBroker('fr');
    await expect.poll(() => d.page.locator('[data-transport="ssl"] input').nth(1).inputValue()).toBe('ssl://0.0.0.0:61617?transport.needClientAuth=true');
    await d.selectBroker('noc');
    await expect.poll(() => d.previewText()).toContain('networkTTL="3"');
    // One undo step per edit: the TTL goes, the transport stays.
    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await expect.poll(() => d.previewText()).not.toContain('networkTTL="3"');
    await expect(d.previewText()).resolves.toContain('uri="ssl://0.0.0.0:61617?transport.needClientAuth=true"');
    await d.page.close();
  });

  it('a single broker offers the presets on + Add transport; a link lists only OpenWire targets', async () => {
    const d = await freshExample(app);
    await d.selectBroker('de');
    await d.page.locator('select[name="transport-preset"]').selectOption('stomp-ssl');
    await d.page.locator('[data-action="add-transport"]').click();
    await expect.poll(() => d.page.locator('[data-transport="stomp+ssl"] input').nth(1).inputValue()).toBe('stomp+nio+ssl://0.0.0.0:61612');
    const labels = await d.page.locator('select[name="transport-preset"] option').allTextContents();
    expect(labels).toEqual(['OpenWire (tcp, 61616)', 'OpenWire NIO (nio, 61616)', 'OpenWire SSL (ssl, 61617)', 'OpenWire NIO SSL (nio+ssl, 61617)', 'STOMP (stomp+nio, 61613)', 'STOMP SSL (stomp+nio+ssl, 61612)']);
    await d.page.close();
  });

  it('import diff: passwords masked unless shown, the pressed button names the mode, formatting can be ignored; the keystore choice survives a reload', async () => {
    const d = await freshExample(app);
    await d.command('new');
    await d.importXml(['hub.xml', 'spoke1.xml', 'spoke2.xml'].map((f) => readFileSync(join(FIXTURES, f), 'utf8')));
    await d.node('hub').waitFor();
    await d.selectBroker('hub');
    const toggle = d.page.locator('[data-testid="xml-diff-toggle"]');
    await expect(toggle.locator('[aria-pressed="true"]').textContent()).resolves.toBe('XML');
    await toggle.locator('[data-mode="diff"]').click();
    await expect(toggle.locator('[aria-pressed="true"]').textContent()).resolves.toBe('Diff vs pasted-1.xml');
    // A new password for the first user: hidden, the diff does not show it; shown, it does.
    await d.typeInField('user-0-password', 'brand-new-password-1');
    const diff = d.page.locator('[data-testid="xml-diff"]');
    await expect.poll(async () => (await diff.textContent()) ?? '').toContain('authorizationEntry');
    expect(await diff.textContent()).not.toContain('brand-new-password-1');
    await d.page.locator('input[name="show-passwords"]').check();
    await expect.poll(async () => (await diff.textContent()) ?? '').toContain('password="brand-new-password-1"');
    await d.page.locator('input[name="diff-ignore-formatting"]').check();
    await expect.poll(() => d.page.locator('[data-testid="xml-diff-summary"], [data-testid="xml-diff-same"]').textContent()).toMatch(/formatting ignored|same content/);

    await d.page.locator('input[name="zip-keytool"]').check();
    await d.page.reload();
    await d.node('hub').waitFor();
    await expect(d.page.locator('input[name="zip-keytool"]').isChecked()).resolves.toBe(true);
    await d.page.close();
  });
});
