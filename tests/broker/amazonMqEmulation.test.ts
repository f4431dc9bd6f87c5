// Amazon MQ networks on real ActiveMQ 5.17, emulated on 127.0.0.1 (amazonMqEmulation.ts: an emulation of the
// service, not the service): each broker starts from its exported configuration.xml, completed as the service
// completes it. A hub and spoke and a mesh, built with the model and clean for the amazon-mq target: every broker
// starts, every bridge forms over ssl, topic and queue messages cross. The control: the same completion without
// the bridge user's password injected forms no bridge and carries nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Topology, validate } from '../../src/model';
import { type EmulatedNetwork, amazonMqExample, startAmazonMqEmulation } from './amazonMqEmulation';
import { deliver, type Endpoint, expectDelivery } from './delivery';
import { expectedBridges } from './harness';

const INVALID = /User name \[amq\] or password is invalid/;
const NEGATIVE_WINDOW_MS = 8_000; // ~8 tagged sends; the positive networks deliver within the first one or two

/** What the completion may change in an exported line: it adds brokerName and password, and re-aims ssl:// URIs. */
const normalized = (line: string) => line.replace(/ (brokerName|password)="[^"]*"/g, '').replace(/ssl:\/\/[^:/,)]+:\d+/g, 'ssl://HOST:PORT');

/** True when every line of `exported` stands, in order, in `completed` (up to what `normalized` allows). */
function keepsEveryLine(exported: string, completed: string): boolean {
  const have = completed.split('\n').map(normalized);
  let at = 0;
  for (const line of exported.split('\n').map(normalized)) {
    at = have.indexOf(line, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const connectorTags = (xml: string) => xml.match(/<networkConnector [^>]*>/g) ?? [];

function describeEmulated(title: string, source: Topology, flows: [from: string, to: string, destination: string][]): void {
  describe(title, () => {
    let net: EmulatedNetwork | undefined;
    beforeAll(async () => {
      net = await startAmazonMqEmulation(source); // waits for every broker's transports and every connector's bridge
    });
    afterAll(async () => {
      await net?.stop();
    });

    it('validates with no error for the amazon-mq target, engine 5.17', () => {
      expect(source.settings).toMatchObject({ target: 'amazon-mq', activemqVersion: '5.17' });
      expect(validate(source).filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('starts every broker from its exported configuration.xml, only completed: every exported line is kept', () => {
      for (const b of source.brokers) {
        const exported = net!.configurations.get(b.name)!;
        expect(exported, b.name).toMatch(/^<\?xml[^>]*\?>\n(<!--[^\n]*-->\n)*<broker xmlns="http:\/\/activemq.apache.org\/schema\/core"/);
        expect(exported, b.name).not.toMatch(/brokerName=|password=|transportConnector|sslContext|127\.0\.0\.1/);
        expect(keepsEveryLine(exported, net!.xml.get(b.name)!), b.name).toBe(true);
        // The service's injection: each connector gets the password of its userName's user.
        const password = b.users!.find((u) => u.username === 'amq')!.password;
        for (const tag of connectorTags(net!.xml.get(b.name)!)) expect(tag, b.name).toContain(`userName="amq" password="${password}"`);
        expect(net!.brokers.get(b.name)!.running, b.name).toBe(true);
      }
    });

    it('forms every bridge over ssl, dialled at the peers\' endpoints as resolved by the emulation', () => {
      for (const [name, remotes] of expectedBridges(net!.topology)) {
        const b = net!.brokers.get(name)!;
        for (const [remote, count] of remotes) expect(b.establishedBridges().filter((r) => r === remote).length, `${name} → ${remote}`).toBeGreaterThanOrEqual(count);
        const addresses = [...b.log().matchAll(/Network connection between \S+ and (\S+) \([^)]*\) has been established/g)].map((m) => m[1]);
        for (const a of addresses) expect(a, name).toMatch(/^ssl:\/\/(\/)?127\.0\.0\.1:\d+$/);
        expect(b.openBridges().length, name).toBeGreaterThan(0);
      }
    });

    it('carries topic and queue messages across the network', async () => {
      // One flow after the other: each opens two STOMP connections, and the machine is small.
      for (const [from, to, destination] of flows) await expectDelivery(net!, { broker: from, user: 'admin' }, { broker: to, user: 'admin' }, destination);
    });
  });
}

describeEmulated('hub and spoke on Amazon MQ (noc-and-countries: the NOC dials de and fr, duplex)',
  amazonMqExample('noc-and-countries', ['noc', 'de', 'fr']), [
    ['noc', 'de', '/topic/emulation.hub.down'],
    ['de', 'noc', '/queue/emulation.hub.up'],
    ['de', 'fr', '/topic/emulation.spoke.to.spoke'], // two hops: de → noc → fr
    ['fr', 'de', '/queue/emulation.spoke.to.spoke'],
  ]);

describeEmulated('mesh on Amazon MQ (mesh-of-three: one duplex link per pair, no pair dialling both ways)',
  amazonMqExample('mesh-of-three'), [
    ['broker1', 'broker2', '/topic/emulation.mesh.a'],
    ['broker3', 'broker1', '/topic/emulation.mesh.b'], // against the dialling direction: the duplex bridge's return leg
    ['broker2', 'broker1', '/queue/emulation.mesh.c'],
    ['broker3', 'broker2', '/queue/emulation.mesh.d'],
  ]);

describe('control: the bridge user\'s password not injected (the exported connectors carry userName only)', () => {
  const source = amazonMqExample('clustering-2009');
  let net: EmulatedNetwork | undefined;
  beforeAll(async () => {
    // No bridge is expected; the network is ready once both listen and the bridge's login has been refused. A
    // connector logs in with its userName and password on its own broker too (vm://), which refuses it first.
    net = await startAmazonMqEmulation(source, { injectPasswords: false, bridges: () => new Map(), waitForLog: { 'noc1-broker': INVALID } });
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('is the same clean design: only the emulation left the password out', () => {
    expect(validate(source).filter((d) => d.severity === 'error')).toEqual([]);
    expect(connectorTags(net!.xml.get('noc1-broker')!)).toHaveLength(2);
    for (const tag of connectorTags(net!.xml.get('noc1-broker')!)) expect(tag).not.toContain('password=');
  });

  it('forms no bridge: the login is refused, noc1 shuts down every attempt and dc1 never establishes one', async () => {
    const noc1 = net!.brokers.get('noc1-broker')!;
    const dc1 = net!.brokers.get('dc1-broker')!;
    expect(noc1.log()).toMatch(/SecurityException: User name \[amq\] or password is invalid/);
    for (let i = 0; i < 20 && noc1.openBridges().length > 0; i++) await new Promise((r) => setTimeout(r, 500));
    expect(noc1.openBridges(), noc1.logTail(20)).toEqual([]);
    expect(dc1.establishedBridges(), dc1.logTail(20)).toEqual([]);
  });

  it('carries no message across, while the same flow inside one broker works', async () => {
    const noc: Endpoint = { broker: 'noc1-broker', user: 'admin' };
    const dc: Endpoint = { broker: 'dc1-broker', user: 'admin' };
    const [across] = await Promise.all([
      deliver(net!, noc, dc, '/topic/emulation.control', NEGATIVE_WINDOW_MS),
      expectDelivery(net!, noc, noc, '/topic/emulation.control'),
    ]);
    expect(across.sends).toBeGreaterThan(1);
    expect(across.frame?.body, 'a message crossed a bridge whose password was never given').toBeUndefined();
  });
});
