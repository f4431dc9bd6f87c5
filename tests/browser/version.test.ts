// The ActiveMQ version picker (issue 15, version awareness): the network inspector says what the chosen version
// changes, the exported XML follows it (the replay policy with enableAudit="false" below 5.9), and a designed network
// stays free of diagnostics at every version, because the export adapts where the rules would otherwise fire.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('ActiveMQ version picker', () => {
  it('shows the version\'s effect, and the export and the diagnostics follow it', async () => {
    const d = await freshExample(app);
    const picker = d.page.getByLabel('ActiveMQ version');
    const effect = d.page.getByTestId('version-effect');
    await expect.poll(() => picker.inputValue()).toBe('5.17');
    await expect.poll(() => effect.textContent()).toContain('decreaseNetworkConsumerPriority defaults to false on 5.17');

    await picker.selectOption('5.18');
    await expect.poll(() => effect.textContent()).toContain('decreaseNetworkConsumerPriority defaults to true on 5.18');

    await picker.selectOption('5.8');
    await expect.poll(() => effect.textContent()).toContain('the replay policy is written with enableAudit="false"');
    await d.page.locator('.diag-clean').waitFor();
    await d.selectBroker('de');
    await expect.poll(() => d.previewText()).toContain('enableAudit="false"');

    // Back to 5.17 (one undo step per change): the audit attribute is gone again.
    await d.focusCanvas();
    await d.command('undo');
    await d.command('undo');
    await d.selectBroker('de');
    await expect.poll(() => d.previewText()).toContain('replayWhenNoConsumers="true"');
    expect(await d.previewText()).not.toContain('enableAudit="false"');
    await d.page.close();
  });
});
