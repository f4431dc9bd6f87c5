// The canvas itself in real Chromium: dragging a broker (the node and the minimap follow while the mouse moves,
// the drop is one undo step and is autosaved), the minimap (a mark per broker, click to centre, wheel to zoom), and
// a large network (diagnostics listed a hundred at a time).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTopology, parseTopology, type Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;

beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const storedPosition = (text: string | null, name: string) => text === null ? undefined : parseTopology(text).brokers.find((b) => b.name === name)?.position;

describe('canvas', () => {
  it('drags a broker: node and minimap follow during the drag, the drop is one undo step and is autosaved', async () => {
    const d = await freshExample(app);
    const { page } = d;
    const before = await d.placement('de');
    const box = (await d.node('de').locator('.broker-name').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const selectedMark = page.locator('[data-testid="minimap"] path.selected');
    // Records whether the broker inspector appears at any moment from here on (the drag must not render it).
    await page.evaluate(() => {
      const w = window as unknown as { __inspectorSeen?: boolean };
      w.__inspectorSeen = false;
      new MutationObserver(() => { if (document.querySelector('[data-inspector="broker"]')) w.__inspectorSeen = true; })
        .observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const inspectorSeen = () => page.evaluate(() => (window as unknown as { __inspectorSeen: boolean }).__inspectorSeen);
    const frames = (n: number) => page.evaluate((k) => new Promise<void>((done) => {
      const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
      step(k);
    }), n);
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 3 });
    await expect.poll(() => selectedMark.getAttribute('d')).toMatch(/^M/); // a drag selects the broker
    const markAtPress = await selectedMark.getAttribute('d');
    // Still pressed, ten moves, each seen on screen (node and minimap mark moved) and followed by a few frames in
    // which a deferred render of the selection would land: the panels that follow the selection wait for the drop.
    for (let i = 1; i <= 10; i++) {
      const at = await d.placement('de');
      // 24 px and 14 px per move from the first: past any snapping, so every move shows.
      await page.mouse.move(box.x + box.width / 2 + 20 + i * 24, box.y + box.height / 2 + 10 + i * 14, { steps: 2 });
      await expect.poll(() => d.placement('de')).not.toBe(at);
      await frames(4);
    }
    await expect.poll(() => selectedMark.getAttribute('d')).not.toBe(markAtPress);
    expect(await inspectorSeen()).toBe(false);
    await expect(page.locator('[data-inspector="network"]').count()).resolves.toBe(1);
    await page.mouse.up();
    // The control, with the same observer: at the drop the broker inspector does appear.
    await expect.poll(() => page.locator('input[name="broker-name"]').inputValue()).toBe('de');
    expect(await inspectorSeen()).toBe(true);
    const moved = await d.placement('de');

    // The drop reaches the document: autosave stores de moved right and down from the example's place.
    const start = exampleTopology('noc-and-countries').brokers.find((b) => b.name === 'de')!.position!;
    const stored = async () => storedPosition(await page.evaluate(() => localStorage.getItem('amq-designer:network')), 'de');
    await expect.poll(async () => (await stored())?.x ?? -Infinity).toBeGreaterThan(start.x + 60);
    const afterDrop = (await stored())!;
    expect(afterDrop.y).toBeGreaterThan(start.y + 20);

    await d.focusCanvas();
    await page.keyboard.press('Control+z'); // the whole drag is one step
    await expect.poll(() => d.placement('de')).toBe(before);
    await expect.poll(stored).toEqual(start);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => d.placement('de')).toBe(moved);
    await page.close();
  });

  it('shows a mark per broker in the minimap, centres the view where it is clicked and zooms on the wheel', async () => {
    const d = await freshExample(app);
    const { page } = d;
    const minimap = page.locator('[data-testid="minimap"]');
    const marks = await minimap.locator('path.minimap-nodes').evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
    expect(marks.reduce((a, b) => a + b, 0)).toBe((await d.brokerNames()).length);

    // Click the NOC's mark: the canvas scrolls so that the NOC sits in the middle of the pane.
    const noc = (await minimap.locator('path.role-noc').boundingBox())!;
    await page.mouse.click(noc.x + noc.width / 2, noc.y + noc.height / 2);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await expect.poll(async () => {
      const n = (await d.node('noc').boundingBox())!;
      return Math.hypot(n.x + n.width / 2 - (pane.x + pane.width / 2), n.y + n.height / 2 - (pane.y + pane.height / 2));
    }).toBeLessThan(40);

    const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const z0 = await zoom();
    const m = (await minimap.boundingBox())!;
    await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await page.mouse.wheel(0, -100);
    await expect.poll(zoom).toBeGreaterThan(z0 * 1.05);
    await page.close();
  });

  it('shows only names and badges when zoomed out below reading size, and everything again when zoomed in', async () => {
    const d = await freshExample(app);
    const { page } = d;
    const host = d.node('noc').locator('.broker-host');
    await expect(host.isVisible()).resolves.toBe(true);
    const zoomOut = page.locator('.react-flow__controls-zoomout');
    const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    while (await zoom() >= 0.45) await zoomOut.click();
    await expect.poll(() => host.isVisible()).toBe(false);
    await expect(d.node('noc').locator('.broker-name').isVisible()).resolves.toBe(true);
    while (await zoom() < 0.45) await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(() => host.isVisible()).toBe(true);
    await page.close();
  });

  it('selects a link by clicking its diagnostic badge', async () => {
    const pair: Topology = {
      format: 'amq-topology/1', name: 'one-way', settings: { preset: 'mcollective' },
      brokers: ['a', 'b'].map((name, i) => ({ name, role: 'broker' as const, host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], position: { x: i * 400, y: 0 } })),
      links: [{ from: 'a', to: 'b', duplex: false }],
    };
    const page = await app.open(encodeNetwork(pair));
    const d = new DesignerPage(page);
    await d.waitForDiagnostic('missing-return-link');
    await expect(page.locator('[data-inspector="network"]').count()).resolves.toBe(1);
    await page.locator('.link-label .diag-badge').click();
    await page.locator('[data-inspector="link"]').waitFor();
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('lists the diagnostics of a large network by code, a hundred at a time, with show more and show all', async () => {
    // 250 brokers without users: every one draws a no-authentication warning, among others.
    const brokers = Array.from({ length: 250 }, (_, i) => ({ name: `b${i}`, role: 'broker' as const, host: `b${i}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], position: { x: (i % 16) * 220, y: Math.floor(i / 16) * 140 } }));
    const links = brokers.slice(1).map((b) => ({ from: 'b0', to: b.name, duplex: true }));
    const big: Topology = { format: 'amq-topology/1', name: 'big', settings: { preset: 'mcollective' }, brokers, links };
    const page = await app.open(encodeNetwork(big));
    const d = new DesignerPage(page);
    await d.node('b0').waitFor();
    const group = page.locator('.diag-group[data-severity="warning"] .diag-code-group[data-code-group="no-authentication"]');
    const total = Number(await group.locator('.diag-code-count').textContent());
    expect(total).toBe(250);
    await expect(group.locator('[data-fix-all="no-authentication"]').textContent()).resolves.toBe('Fix all (250)');
    await expect.poll(() => group.locator('li.diag').count()).toBe(100);
    await expect(group.locator('.diag-more .muted').textContent()).resolves.toBe(`100 of ${total} shown`);
    await group.getByRole('button', { name: 'Show 100 more' }).click();
    await expect.poll(() => group.locator('li.diag').count()).toBe(200);
    await group.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => group.locator('li.diag').count()).toBe(total);
    await expect(group.locator('.diag-more').count()).resolves.toBe(0);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('draws a large network\'s first frame fitted, zoomed out and visible, not at zoom 1 waiting to be measured', async () => {
    const n = 600;
    const cols = Math.ceil(Math.sqrt(n));
    const brokers = Array.from({ length: n }, (_, i) => ({ name: `b${i}`, role: 'broker' as const, host: `b${i}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], position: { x: (i % cols) * 220, y: Math.floor(i / cols) * 140 } }));
    const links = brokers.slice(1).map((b) => ({ from: 'b0', to: b.name, duplex: true }));
    const page = await app.context.newPage();
    // What the first animation frame with a node in the document shows: the view's zoom, the level of detail and
    // how many nodes React Flow still hides until it has measured them.
    await page.addInitScript(`(() => {
      const poll = () => {
        const nodes = document.querySelectorAll('.react-flow__node');
        if (!nodes.length) return requestAnimationFrame(poll);
        const viewport = document.querySelector('.react-flow__viewport');
        window.__firstFrame = {
          nodes: nodes.length, zoom: new DOMMatrix(getComputedStyle(viewport).transform).a,
          zoomedOut: !!document.querySelector('.zoomed-out'),
          hidden: [...nodes].filter((el) => getComputedStyle(el).visibility === 'hidden').length,
        };
        // Then the zoom of each of the next 90 frames: React Flow measures the nodes and fits within a few.
        window.__zooms = [];
        const record = () => {
          window.__zooms.push(new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);
          if (window.__zooms.length < 90) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      };
      requestAnimationFrame(poll);
    })()`);
    await page.goto(app.url + encodeNetwork({ format: 'amq-topology/1', name: 'wide', settings: { preset: 'mcollective' }, brokers, links }));
    // Bounds for a failure on a busy machine (600 brokers unpacked and drawn), not a performance check.
    await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
    const first = await page.waitForFunction(() => (window as unknown as { __firstFrame?: object }).__firstFrame, undefined, { timeout: 120_000 }).then((h) => h.jsonValue()) as { nodes: number; zoom: number; zoomedOut: boolean; hidden: number };
    expect(first.zoom).toBeLessThan(0.45);
    expect(first.zoomedOut).toBe(true);
    expect(first.hidden).toBe(0);
    expect(first.nodes).toBe(n); // the fitted view holds the whole network
    // fitView, once nodes are measured, keeps the view where the first frame put it (within rounding), in every one
    // of the 90 frames that follow it.
    const zooms = await page.waitForFunction(() => {
      const z = (window as unknown as { __zooms?: number[] }).__zooms;
      return z && z.length >= 90 ? z : undefined;
    }, undefined, { timeout: 120_000 }).then((h) => h.jsonValue()) as number[];
    expect(Math.max(...zooms.map((z) => Math.abs(z - first.zoom)))).toBeLessThan(0.02);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});
