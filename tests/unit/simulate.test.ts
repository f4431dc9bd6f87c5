// simulate(): delivery and paths on the examples, and each reason a flow fails (TTL, no return link, filter).
import { describe, expect, it } from 'vitest';
import { exampleTopology, parseDestination, simulate, type Topology } from '../../src/model';

const topic = parseDestination('topic://mcollective.discovery.agent')!;
const queue = parseDestination('queue://mcollective.nodes')!;

describe('simulate', () => {
  it('delivers spoke to spoke across the hub of the NOC example, with the path', () => {
    const r = simulate(exampleTopology('noc-and-countries'), 'de', ['fr', 'noc', 'de'], topic);
    expect(r.results).toEqual([
      { to: 'fr', delivered: true, path: ['de', 'noc', 'fr'], copies: 1, hops: [
        // The NOC dials every country by a duplex link: de → noc crosses the topics connector on its way back.
        { from: 'de', to: 'noc', connector: 'noc-de-topics', dialledBy: 'noc' },
        { from: 'noc', to: 'fr', connector: 'noc-fr-topics', dialledBy: 'noc' },
      ] },
      { to: 'noc', delivered: true, path: ['de', 'noc'], copies: 1, hops: [{ from: 'de', to: 'noc', connector: 'noc-de-topics', dialledBy: 'noc' }] },
      { to: 'de', delivered: true, path: ['de'], copies: 1 },
    ]);
  });

  it('stops spoke-to-spoke traffic when networkTTL is 1, but not hub-to-spoke', () => {
    const t = exampleTopology('noc-and-countries');
    t.settings.networkTTL = 1;
    const [fr, noc] = simulate(t, 'de', ['fr', 'noc'], queue).results;
    expect(fr.delivered).toBe(false);
    expect(fr.reason).toMatch(/2 hops/);
    expect(noc.delivered).toBe(true);
  });

  it('does not deliver back over a one-way link', () => {
    const t = exampleTopology('clustering-2009');
    t.links[0].duplex = false;
    expect(simulate(t, 'noc1-broker', ['dc1-broker'], topic).results[0].delivered).toBe(true);
    const back = simulate(t, 'dc1-broker', ['noc1-broker'], topic).results[0];
    expect(back.delivered).toBe(false);
    expect(back.reason).toMatch(/no bridge carries topics/);
  });

  it('does not deliver a destination the only connector excludes', () => {
    const t: Topology = exampleTopology('clustering-2009');
    t.links[0].connectors = [{ xml: '<networkConnector name="x" uri="static:(tcp://dc1.example.net:6166)" duplex="true" conduitSubscriptions="false"><excludedDestinations><queue physicalName="mcollective.>"/></excludedDestinations></networkConnector>' }];
    expect(simulate(t, 'noc1-broker', ['dc1-broker'], queue).results[0]).toMatchObject({ delivered: false, reason: expect.stringMatching(/filters exclude/) });
    expect(simulate(t, 'noc1-broker', ['dc1-broker'], parseDestination('queue://other.q')!).results[0].delivered).toBe(true);
  });

  it('names an unknown broker instead of throwing', () => {
    expect(simulate(exampleTopology('mesh-of-three'), 'nope', ['broker1'], topic).results[0]).toMatchObject({ delivered: false, reason: expect.stringMatching(/no broker named "nope"/) });
  });
});

describe('simulate with kept connectors whose messageTTL and consumerTTL differ', () => {
  // Measured on ActiveMQ 5.17 (tests/broker/simulator-agreement.test.ts): X→Y mTTL 1/cTTL 2, Y→Z mTTL 2/cTTL 1
  // delivers X → Z; the reverse Z → X is not delivered.
  const kept = (host: string, m: number, c: number) => [{ xml: `<networkConnector name="n-${host}" uri="static:(tcp://${host}:61616)" duplex="true" messageTTL="${m}" consumerTTL="${c}" conduitSubscriptions="false"><excludedDestinations><topic physicalName=">"/></excludedDestinations></networkConnector>` }];
  const chain = (): Topology => {
    const t = exampleTopology('mesh-of-three');
    const [x, y, z] = t.brokers.map((b) => b.name);
    t.links = [
      { from: x, to: y, connectors: kept(t.brokers[1].host, 1, 2) },
      { from: y, to: z, connectors: kept(t.brokers[2].host, 2, 1) },
    ];
    return t;
  };
  it('checks each bridge against its own two TTLs', () => {
    const t = chain();
    const [x, , z] = t.brokers.map((b) => b.name);
    expect(simulate(t, x, [z], queue).results[0].delivered).toBe(true);
    expect(simulate(t, z, [x], queue).results[0].delivered).toBe(false);
  });
});
