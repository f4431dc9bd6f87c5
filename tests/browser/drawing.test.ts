// Drawing that does what it says, in real Chromium: the broker where a link drag starts dials the broker where it
// ends, whichever handle (top or bottom) is used at either end, and a drop anywhere on a broker's body connects.
// The help, the palette hint and the handles' tooltips say exactly this.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const broker = (name: string, x: number, y: number) => ({
  name, role: 'broker' as const, host: `${name}.example.net`, position: { x, y }, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }],
});
const TWO: Topology = { format: 'amq-topology/1', name: 'two', settings: { preset: 'mcollective' }, brokers: [broker('a', 0, 0), broker('b', 360, 200)], links: [] };

async function open(): Promise<DesignerPage> {
  const page = await app.open(encodeNetwork(TWO));
  const d = new DesignerPage(page);
  await d.node('b').waitFor();
  return d;
}

describe('drawing a link', () => {
  it('makes the broker where the drag starts dial the one where it ends, whichever handles are used', async () => {
    const d = await open();
    const edges = d.page.locator('.react-flow__edge');
    // From a's top handle to b's bottom handle: React Flow alone calls b the source here (bottom = source handle).
    await d.drawLink('a', 'top', 'b', 'bottom');
    await expect.poll(() => d.inspectedLink()).toBe('a dials b');
    await expect.poll(() => edges.count()).toBe(1);
    // From b's bottom handle to a's top handle.
    await d.drawLink('b', 'bottom', 'a', 'top');
    await expect.poll(() => d.inspectedLink()).toBe('b dials a');
    await expect.poll(() => edges.count()).toBe(2);
    await d.page.close();
  });

  it("connects when the drag is dropped anywhere on a broker's body", async () => {
    const d = await open();
    await d.drawLink('b', 'top', 'a', 'body');
    await expect.poll(() => d.inspectedLink()).toBe('b dials a');
    await d.drawLink('a', 'bottom', 'b', 'body');
    await expect.poll(() => d.inspectedLink()).toBe('a dials b');
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(2);
    // A drop on the empty canvas or back on the starting broker makes nothing.
    const pane = (await d.page.locator('.react-flow__pane').boundingBox())!;
    const h = (await d.node('a').locator('.react-flow__handle-bottom').boundingBox())!;
    await d.page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await d.page.mouse.down();
    await d.page.mouse.move(pane.x + 20, pane.y + pane.height - 20, { steps: 8 });
    await d.page.mouse.up();
    await d.drawLink('a', 'bottom', 'a', 'body');
    await expect.poll(() => d.page.locator('.react-flow__edge').count()).toBe(2);
    await d.page.close();
  });

  it('says so in the help, the palette and on the handles', async () => {
    const d = await open();
    await expect(d.node('a').locator('.react-flow__handle-top').getAttribute('title')).resolves.toBe('Drag onto another broker: this broker dials it');
    await expect(d.node('a').locator('.react-flow__handle-bottom').getAttribute('title')).resolves.toBe('Drag onto another broker: this broker dials it');
    await expect(d.page.locator('.palette .panel-hint').textContent()).resolves.toMatch(/drag from a handle .* of the broker that dials, and drop anywhere on the broker it dials/);
    await d.focusCanvas();
    await d.page.keyboard.press('?');
    await expect(d.page.locator('[role="dialog"]').textContent()).resolves.toMatch(/the broker where the drag starts dials the broker where it ends/);
    await d.page.close();
  });
});
