// Layouts in real Chromium: a 200-broker hub-and-spoke file without positions opens laid out, every broker in the
// first fitted view at zoom ≥ 0.3 and none under the minimap; the user picks a layout (layered, by location with
// labelled frames, radial) from the toolbar, each one undo step, and the view fits after it.

import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubAndSpoke } from '../../bench/networks';
import { serializeTopology, type Topology } from '../../src/model';
import { DesignerPage } from './designerPage';
import { freshExample } from './fresh';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

/** docs/NAME with UPDATE_SCREENSHOT=1 (the pictures the README shows), else tests/.tmp/NAME. */
const shotPath = (name: string) => resolve(import.meta.dirname, process.env.UPDATE_SCREENSHOT ? '../../docs' : '../.tmp', name);

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The zoom, the canvas, its corner panels (minimap, link legend) and every node's box. */
async function view(d: DesignerPage) {
  return d.page.evaluate(() => {
    const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    const t = (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? NaN);
    return {
      zoom, canvas: box(document.querySelector('[data-testid="canvas"]')!), minimap: box(document.querySelector('.network-minimap')!),
      legend: box(document.querySelector('[data-testid="link-legend"]')!),
      nodes: [...document.querySelectorAll('.react-flow__node')].map(box),
    };
  });
}

async function openFile(d: DesignerPage, topology: Topology, name: string): Promise<void> {
  const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.command('open')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(serializeTopology(topology)) });
}

async function expectAllVisible(d: DesignerPage, count: number, minZoom: number): Promise<void> {
  await expect.poll(async () => {
    const v = await view(d);
    const outside = v.nodes.filter((n) => !inside(n, v.canvas)).length;
    const underMinimap = v.nodes.filter((n) => overlaps(n, v.minimap)).length;
    const underLegend = v.nodes.filter((n) => overlaps(n, v.legend)).length;
    return { nodes: v.nodes.length, outside, underMinimap, underLegend, zoomOk: v.zoom >= minZoom || v.zoom };
  }, { timeout: 60_000, interval: 250 }).toEqual({ nodes: count, outside: 0, underMinimap: 0, underLegend: 0, zoomOk: true });
}

describe('layouts', () => {
  it('opens a 200-broker hub-and-spoke file without positions laid out: every broker visible at zoom ≥ 0.3, none under the minimap', async () => {
    const d = await freshExample(app);
    const star = hubAndSpoke(200);
    expect(star.brokers.every((b) => !b.position)).toBe(true);
    await openFile(d, star, 'star.amq.json');
    await d.node('spoke-199').waitFor({ state: 'attached' });
    await expectAllVisible(d, 200, 0.3);
    const v = await view(d);
    // Laid out, not the placeholder grid of six columns: the NOC above every spoke, and rows far wider than six.
    const noc = await d.node('noc').boundingBox();
    const rows = new Set(v.nodes.map((n) => Math.round(n.y)));
    expect(rows.size).toBeLessThan(200 / 8);
    expect(v.nodes.filter((n) => n.y < noc!.y)).toEqual([]);
    console.log(`200-broker star opened: zoom ${v.zoom.toFixed(2)}, ${rows.size} rows`);
    await d.page.screenshot({ path: shotPath('layout-200-1440.png') });
    await d.page.close();
  });

  it('lays out by location with a labelled frame per location, then radially; each one undo step; the view fits', async () => {
    const d = await freshExample(app);
    // At 1280×720: the narrow window the layouts must also fit.
    await d.page.setViewportSize({ width: 1280, height: 720 });
    await d.command('fit');
    // Two brokers in Germany, one in France, the NOC in its own location.
    for (const [name, location] of [['noc', 'Operations'], ['de', 'Germany'], ['fr', 'France'], ['uk', 'Germany'], ['us', 'France']]) {
      await d.selectBroker(name);
      await d.typeInField('broker-location', location);
    }
    await d.focusCanvas();
    await d.page.locator('[data-testid="layout-menu"]').click();
    await d.page.getByRole('menuitem', { name: 'Grouped by location' }).click();
    const frame = (loc: string) => d.page.locator(`.location-frame[data-location="${loc}"]`);
    await frame('Germany').waitFor();
    await expect(frame('Germany').textContent()).resolves.toMatch(/^Germany · 2$/);
    await expectAllVisible(d, 5, 0.3);
    // The fit shows the frames too, their labels at the top included.
    await expect.poll(() => d.page.evaluate(() => {
      const c = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('.location-frame')].filter((f) => {
        const r = f.getBoundingClientRect();
        return r.top < c.top || r.left < c.left || r.bottom > c.bottom || r.right > c.right;
      }).map((f) => f.getAttribute('data-location'));
    }), { timeout: 10_000 }).toEqual([]);
    // Each frame holds its own brokers and no other (frames and nodes measured in one go: the fit may still move).
    const boxes = await d.page.evaluate(() => {
      const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
      return {
        frames: Object.fromEntries([...document.querySelectorAll('.location-frame')].map((f) => [f.getAttribute('data-location'), box(f)])),
        nodes: Object.fromEntries([...document.querySelectorAll('.react-flow__node [data-broker]')].map((n) => [n.getAttribute('data-broker'), box(n.closest('.react-flow__node')!)])),
      };
    });
    await d.page.screenshot({ path: shotPath('layout-location-1280.png') });
    for (const [loc, members] of [['Germany', ['de', 'uk']], ['France', ['fr', 'us']], ['Operations', ['noc']]] as const) {
      for (const b of ['noc', 'de', 'fr', 'uk', 'us']) {
        expect(inside(boxes.nodes[b], boxes.frames[loc]), `${b} in ${loc}`).toBe((members as readonly string[]).includes(b));
      }
    }

    // Radial, from the keyboard: the split button's menu opens with ArrowDown.
    const located = await d.placement('de');
    await d.page.locator('[data-testid="layout-menu"]').focus();
    await d.page.keyboard.press('ArrowDown');
    await d.page.keyboard.press('End');
    await expect(d.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Radial');
    await d.page.keyboard.press('Enter');
    await expect.poll(() => d.page.locator('.location-frame').count()).toBe(0);
    await expect.poll(() => d.placement('de')).not.toBe(located);
    // The NOC is the centre: every other broker around it.
    const c = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
    // Measured once every broker has moved (the nodes are placed one store update apart from the view's fit).
    const spread = async () => {
      const noc = c((await d.node('noc').boundingBox())!);
      const ring = await Promise.all(['de', 'fr', 'uk', 'us'].map(async (b) => c((await d.node(b).boundingBox())!)));
      const dist = ring.map((p) => Math.hypot(p.x - noc.x, p.y - noc.y));
      return { ring: (Math.max(...dist) - Math.min(...dist)) / Math.min(...dist), offCentre: Math.abs(ring.reduce((s, p) => s + p.x, 0) / 4 - noc.x) };
    };
    await expect.poll(async () => (await spread()).ring).toBeLessThan(0.2);
    expect((await spread()).offCentre).toBeLessThan(40);
    await expectAllVisible(d, 5, 0.3);

    await d.command('undo');
    await expect.poll(() => d.placement('de')).toBe(located);
    await d.page.close();
  });

  it('lays a 200-broker star out radially: the NOC in the middle, the spokes in rings around it, none overlapping, all in view', async () => {
    const d = await freshExample(app);
    await openFile(d, hubAndSpoke(200), 'star.amq.json');
    await d.node('spoke-199').waitFor({ state: 'attached' });
    await expectAllVisible(d, 200, 0.05);
    await d.page.locator('[data-testid="layout-menu"]').click();
    await d.page.getByRole('menuitem', { name: 'Radial' }).click();
    // Laid out when the NOC is no longer above every spoke (the layered layout put it on top).
    await expect.poll(async () => {
      const v = await view(d);
      const noc = (await d.node('noc').boundingBox())!;
      return v.nodes.some((n) => n.y + n.height < noc.y);
    }, { timeout: 60_000 }).toBe(true);
    await expectAllVisible(d, 200, 0.05);
    const v = await view(d);
    const noc = (await d.node('noc').boundingBox())!;
    const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
    const c = centre(noc);
    const spokes = v.nodes.filter((n) => Math.abs(n.x - noc.x) > 1 || Math.abs(n.y - noc.y) > 1);
    // Around the NOC: a quarter of the spokes or so on each side of it (left, right, above, below).
    const share = (side: (p: { x: number; y: number }) => boolean) => spokes.filter((n) => side(centre(n))).length / spokes.length;
    for (const side of [(p: { x: number }) => p.x < c.x, (p: { x: number }) => p.x > c.x, (p: { y: number }) => p.y < c.y, (p: { y: number }) => p.y > c.y]) {
      expect(share(side)).toBeGreaterThan(0.4);
    }
    const pairs = v.nodes.flatMap((a, i) => v.nodes.slice(i + 1).filter((b) => overlaps(a, b)));
    expect(pairs).toEqual([]);
    await d.page.screenshot({ path: shotPath('layout-radial-200-1440.png') });
    await d.page.close();
  });
});
