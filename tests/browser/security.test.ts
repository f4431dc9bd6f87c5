// The security inspector driven like a person: a user's password changed on one broker breaks the bridges
// (bridge-user-unknown) and the one-click fix restores it; a removed bridge user is added back by its fix;
// "MCollective defaults" reuses the network's passwords; Generate makes a 20-character password.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const BRIDGE = 'bridge-Xu7#qLw2-amq'; // the example networks' bridge password

async function exampleWithDeSelected(): Promise<DesignerPage> {
  const page = await app.open();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const d = new DesignerPage(page);
  await d.node('de').waitFor();
  await page.locator('.diag-clean').waitFor();
  await d.selectBroker('de');
  await page.locator('[data-section="users"]').waitFor();
  return d;
}

describe('security inspector', () => {
  it('flags a changed bridge password on one broker and fixes it in one click', async () => {
    const d = await exampleWithDeSelected();
    const amq = d.page.locator('[data-user="amq"]');
    const password = amq.locator('input[name="user-0-password"]');
    await expect(password.getAttribute('type')).resolves.toBe('password');
    await amq.getByRole('button', { name: 'Show Password' }).click();
    await expect(password.getAttribute('type')).resolves.toBe('text');
    await expect(password.inputValue()).resolves.toBe(BRIDGE);

    await d.typeInField('user-0-password', 'a-new-password-for-de');
    await d.waitForDiagnostic('bridge-user-unknown');
    const fix = d.page.locator(`li.diag[data-code="bridge-user-unknown"] [data-fix="Set amq's password on de to the link's"]`).first();
    await fix.click();
    await d.page.locator('.diag-clean').waitFor();
    await expect(password.inputValue()).resolves.toBe(BRIDGE);

    // Undo brings the broken password back: the fix was one step.
    await d.focusCanvas();
    await d.page.keyboard.press('Control+z');
    await d.waitForDiagnostic('bridge-user-unknown');
    await d.page.close();
  });

  it('adds a removed bridge user back with the link\'s credentials', async () => {
    const d = await exampleWithDeSelected();
    await d.page.getByRole('button', { name: 'Remove user amq' }).click();
    await d.waitForDiagnostic('bridge-user-unknown');
    await d.page.locator('li.diag[data-code="bridge-user-unknown"] [data-fix="Add the bridge user to de"]').first().click();
    await d.page.locator('.diag-clean').waitFor();
    const amq = d.page.locator('[data-user="amq"]');
    await expect(amq.locator('input[name$="-groups"]').inputValue()).resolves.toBe('admins, everyone');
    await d.page.close();
  });

  it('restores MCollective defaults with the network\'s passwords, and generates strong passwords', async () => {
    const d = await exampleWithDeSelected();
    await d.page.getByRole('button', { name: 'Turn authentication off' }).click();
    await d.waitForDiagnostic('no-authentication');
    await d.page.locator('[data-action="mcollective-defaults"]').click();
    await d.page.locator('.diag-clean').waitFor();
    await expect(d.page.locator('[data-section="users"] [data-user]').evaluateAll((els) => els.map((e) => e.getAttribute('data-user')))).resolves.toEqual(['amq', 'mcollective', 'admin']);
    // The network's passwords (the example's, written here by hand), not new ones: the bridges and pools still log in.
    const restored: string[] = [];
    for (const [i, user] of ['amq', 'mcollective', 'admin'].entries()) {
      await d.page.locator(`[data-user="${user}"]`).getByRole('button', { name: 'Show Password' }).click();
      restored.push(await d.page.locator(`input[name="user-${i}-password"]`).inputValue());
    }
    expect(restored).toEqual(['bridge-Xu7#qLw2-amq', 'server-Rk4!vTz9-mco', 'client-Pn8$wQs3-adm']);

    const admin = d.page.locator('[data-user="admin"]');
    const before = await admin.locator('input[name="user-2-password"]').inputValue();
    await admin.getByRole('button', { name: 'Generate Password' }).click();
    await expect.poll(() => admin.locator('input[name="user-2-password"]').inputValue()).not.toBe(before);
    const generated = await admin.locator('input[name="user-2-password"]').inputValue();
    expect(generated).toMatch(/^[A-Za-z0-9\-_.!#%+=:@~^*]{20}$/);
    // Another password for the client user breaks no bridge and is not weak.
    await d.page.locator('.diag-clean').waitFor();

    // An authorization edit goes through: the advisory entry without "everyone" leaves users unable to subscribe.
    const advisory = d.page.locator('[data-entry="topic:ActiveMQ.Advisory.>"]');
    const read = await advisory.locator('input[name$="-read"]').getAttribute('name');
    await d.typeInField(read!, 'admins');
    await d.waitForDiagnostic('unused-group');
    await d.page.close();
  });
});
