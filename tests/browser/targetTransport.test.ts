// A link's target-transport picker (issue 13, point 7): it lists only the far broker's OpenWire transports (what a
// bridge can dial), each marked ssl or plain; choosing the SSL one re-aims the dialling broker's connector; a STOMP
// target read from a file is shown as such, raises wrong-target-transport, and its fix puts an OpenWire one back.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkId, type Topology } from '../../src/model';
import { encodeNetwork } from '../../src/store/shareLink';
import { DesignerPage } from './designerPage';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

const net = (transport?: string): Topology => ({
  format: 'amq-topology/1', name: 'picker', settings: { preset: 'plain' },
  brokers: [
    { name: 'noc', role: 'noc', host: 'noc.example.net', position: { x: 300, y: 0 }, transports: [
      { name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'openwire-ssl', uri: 'ssl://0.0.0.0:61617' },
      { name: 'stomp', uri: 'stomp://0.0.0.0:61613' }, { name: 'stomp-ssl', uri: 'stomp+ssl://0.0.0.0:61614' },
    ] },
    { name: 'de', role: 'broker', host: 'de.example.net', position: { x: 0, y: 300 }, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
  ],
  links: [{ from: 'de', to: 'noc', duplex: true, transport }],
});

async function openLink(t: Topology): Promise<DesignerPage> {
  const d = new DesignerPage(await app.open(encodeNetwork(t)));
  const id = linkId(t.links[0]);
  await d.edge(id).waitFor();
  const p = await d.pointOnLink(id, 0.3);
  await d.page.mouse.click(p.x, p.y);
  await expect.poll(() => d.inspectedLink()).toBe('de dials noc');
  return d;
}

const options = (d: DesignerPage) => d.page.locator('select#link-transport option').allTextContents();

describe('target transport picker', () => {
  it('lists only the OpenWire transports a bridge can dial, and the SSL choice re-aims the connector', async () => {
    const d = await openLink(net());
    const texts = await options(d);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^Default/);
    expect(texts[1]).toMatch(/^openwire — plain, tcp:\/\//);
    expect(texts[2]).toMatch(/^openwire-ssl — ssl, ssl:\/\/.*needs an SSL context on de/);
    expect(texts.join('\n')).not.toMatch(/stomp/);

    await d.page.locator('select#link-transport').selectOption('openwire-ssl');
    await d.selectBroker('de');
    await expect.poll(() => d.previewText()).toContain('uri="static:(ssl://noc.example.net:61617)"');
    await d.page.close();
  });

  it('shows a STOMP target from a file as one a bridge cannot dial, with the diagnostic and its fix', async () => {
    const d = await openLink(net('stomp'));
    expect((await options(d)).at(-1)).toBe('stomp (not OpenWire: a bridge cannot dial it)');
    await d.waitForDiagnostic('wrong-target-transport');
    await d.page.locator('li.diag[data-code="wrong-target-transport"] [data-fix]').first().click();
    await d.waitForDiagnostic('wrong-target-transport', false);
    await expect.poll(() => options(d)).toHaveLength(3);
    await d.page.close();
  });
});
