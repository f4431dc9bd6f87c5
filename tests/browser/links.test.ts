// Links you can see and pick, in real Chromium: a paired return link is two curves, each picked by a click on its
// own path, their badges apart; a duplex link has both ends marked, a one-way link its dialled end; SSL links carry
// the app's SVG lock (no emoji); the legend explains the drawing; a diagnostic about a pair opens that pair.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkId, type Link, type Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const broker = (name: string, x: number, y: number, ssl = false) => ({
  name, role: 'broker' as const, host: `${name}.example.net`, location: name, position: { x, y },
  transports: [{ name: 'openwire', uri: ssl ? 'ssl://0.0.0.0:61617' : 'tcp://0.0.0.0:61616' }],
});
const LINKS: Link[] = [
  { from: 'de', to: 'noc' }, { from: 'noc', to: 'de' }, // a paired return link
  { from: 'fr', to: 'noc', duplex: true }, { from: 'noc', to: 'fr' }, // a duplex link and a needless reverse (duplicate-bridge)
  { from: 'uk', to: 'noc' }, // one-way, no return
];
const NET: Topology = {
  format: 'amq-topology/1', name: 'pairs', settings: { preset: 'mcollective' },
  brokers: [broker('noc', 300, 0), broker('de', 0, 300), broker('fr', 300, 320, true), broker('uk', 600, 300)], links: LINKS,
};
const id = (k: number) => linkId(LINKS[k]);

async function open(net = NET): Promise<DesignerPage> {
  const page = await app.open(encodeNetwork(net));
  const d = new DesignerPage(page);
  await d.node('noc').waitFor();
  await d.edge(id(0)).waitFor();
  return d;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('links you can see and pick', () => {
  it('draws a paired return link as two curves apart, and a click on each curve picks that link', async () => {
    const d = await open();
    const { page } = d;
    const pathOf = (k: number) => d.edge(id(k)).locator('path.react-flow__edge-path').getAttribute('d');
    const [p0, p1] = [await pathOf(0), await pathOf(1)];
    expect(p0).toMatch(/ Q /);
    expect(p1).toMatch(/ Q /);
    // The two curves' middles stand well apart (not one line drawn twice).
    const [m0, m1] = [await d.pointOnLink(id(0), 0.5), await d.pointOnLink(id(1), 0.5)];
    expect(Math.hypot(m0.x - m1.x, m0.y - m1.y)).toBeGreaterThan(30);

    // A click on a point of each curve a third of the way along (away from the other curve and the labels).
    for (const [k, expected] of [[0, 'de dials noc'], [1, 'noc dials de'], [0, 'de dials noc']] as const) {
      const p = await d.pointOnLink(id(k), 0.3);
      await page.mouse.click(p.x, p.y);
      await expect.poll(() => d.inspectedLink()).toBe(expected);
      await expect.poll(() => d.edge(id(k)).getAttribute('class')).toContain('selected');
      await expect.poll(() => d.edge(id(1 - k)).getAttribute('class')).not.toContain('selected');
    }
    await page.close();
  });

  it("keeps each link's badge clear of its partner's", async () => {
    const d = await open();
    const boxes = await Promise.all([0, 1].map((k) => d.page.locator(`.link-label[data-link="${id(k)}"]`).boundingBox()));
    expect(boxes[0] && boxes[1]).toBeTruthy();
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
    // And a click on a badge picks its own link.
    await d.page.locator(`.link-label[data-link="${id(1)}"]`).click();
    await expect.poll(() => d.inspectedLink()).toBe('noc dials de');
    await d.page.close();
  });

  it('marks both ends of a duplex link, and the dialled end of a one-way link', async () => {
    const d = await open();
    const markers = (k: number) => d.edge(id(k)).locator('path.react-flow__edge-path').evaluate((p) => [p.getAttribute('marker-start'), p.getAttribute('marker-end')]);
    const [dupStart, dupEnd] = await markers(2);
    expect(dupStart).toMatch(/^url\(/);
    expect(dupEnd).toMatch(/^url\(/);
    const [oneStart, oneEnd] = await markers(4);
    expect(oneStart).toBeNull();
    expect(oneEnd).toMatch(/^url\(/);
    // The arrow of uk → noc ends on noc's border (the broker dialled), not on uk's.
    const end = await d.pointOnLink(id(4), 1);
    const noc = (await d.node('noc').boundingBox())!;
    const uk = (await d.node('uk').boundingBox())!;
    const distance = (b: typeof noc) => Math.hypot(Math.max(b.x - end.x, 0, end.x - b.x - b.width), Math.max(b.y - end.y, 0, end.y - b.y - b.height));
    expect(distance(noc)).toBeLessThan(3);
    expect(distance(uk)).toBeGreaterThan(50);
    // The arrowhead itself is drawn: the marker holds a visible shape.
    const shapes = await d.page.evaluate((ref) => document.getElementById(ref.replace(/^url\(['"]?#/, '').replace(/['"]?\)$/, ''))?.querySelectorAll('polyline, path').length ?? 0, oneEnd!);
    expect(shapes).toBeGreaterThan(0);
    await d.page.close();
  });

  it('puts an SVG lock on SSL links, never the emoji', async () => {
    const d = await open();
    const lock = d.page.locator(`.link-label[data-link="${id(3)}"] .link-lock svg.lock-icon`);
    await expect(lock.count()).resolves.toBe(1);
    await expect(d.page.locator(`.link-label[data-link="${id(0)}"] .link-lock`).count()).resolves.toBe(0);
    const text = await d.page.locator('.react-flow').textContent();
    expect(text).not.toContain('🔒');
    await d.page.close();
  });

  it('names each edge for assistive technology from the model', async () => {
    const d = await open();
    await expect(d.edge(id(0)).getAttribute('aria-label')).resolves.toBe('Link de dials noc, one-way');
    await expect(d.edge(id(2)).getAttribute('aria-label')).resolves.toBe('Link fr dials noc, duplex');
    await expect(d.edge(id(3)).getAttribute('aria-label')).resolves.toBe('Link noc dials fr, one-way, SSL');
    await d.page.close();
  });

  it('explains duplex, one-way, paired and SSL in a legend that folds away', async () => {
    const d = await open();
    const legend = d.page.locator('[data-testid="link-legend"]');
    const rows = await legend.locator('li').allTextContents();
    expect(rows.join('\n')).toMatch(/one-way.*dialled/);
    expect(rows.join('\n')).toMatch(/duplex/);
    expect(rows.join('\n')).toMatch(/paired/);
    expect(rows.join('\n')).toMatch(/SSL/);
    await legend.getByRole('button', { name: /Links/ }).click();
    await expect.poll(() => legend.locator('li').count()).toBe(0);
    await legend.getByRole('button', { name: /Links/ }).click();
    await expect.poll(() => legend.locator('li').count()).toBe(4);
    await d.page.close();
  });

  it('opens both links of a pair from the diagnostic about them, with a tab for each', async () => {
    const d = await open();
    const { page } = d;
    await d.waitForDiagnostic('duplicate-bridge');
    await page.locator('li.diag[data-code="duplicate-bridge"] .diag-main').click();
    const tabs = page.locator('[data-inspector="link-pair"] [role="tab"]');
    await expect.poll(() => tabs.allTextContents()).toEqual(['fr dials noc (duplex)', 'noc dials fr']);
    await expect.poll(() => d.inspectedLink()).toBe('fr dials noc');
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(2);
    await tabs.nth(1).click();
    await expect.poll(() => d.inspectedLink()).toBe('noc dials fr');
    // A diagnostic about one link opens that link's editor (not a summary of the brokers at its ends).
    await page.locator('li.diag[data-code="missing-return-link"] .diag-main').first().click();
    await expect.poll(() => d.inspectedLink()).toBe('uk dials noc');
    await page.close();
  });
});
