// The NOC-and-countries example as the model exports it, run as five real ActiveMQ brokers on 127.0.0.1 and driven
// over STOMP: one hop (NOC ↔ country) and two hops (country → NOC → country); with networkTTL 1 the second hop is cut.

import { elementsNamed } from '../unit/helpers/xml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTopology } from '../../src/model';
import { deliver, expectDelivery } from './delivery';
import { type RunningNetwork, startNetwork } from './harness';

const COUNTRIES = ['de', 'fr', 'uk', 'us'];
const NEGATIVE_WINDOW_MS = 8_000; // ~8 tagged sends; the positive network delivers within the first one or two

describe('noc-and-countries, exported as is (the model computes networkTTL 2)', () => {
  let net: RunningNetwork | undefined;
  beforeAll(async () => {
    net = await startNetwork(exampleTopology('noc-and-countries'));
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('runs the exported files: the NOC dials each country with two duplex connectors at networkTTL 2', () => {
    const noc = net!.xml.get('noc')!;
    const connectors = elementsNamed(noc, 'networkConnector').map(({ name, duplex, networkTTL }) => `${name} duplex=${duplex} ttl=${networkTTL}`);
    expect(connectors).toEqual(COUNTRIES.flatMap((c) => [`noc-${c}-topics duplex=true ttl=2`, `noc-${c}-queues duplex=true ttl=2`]));
    for (const c of COUNTRIES) expect(net!.xml.get(c)).not.toContain('<networkConnector ');
  });

  it('(a) a topic message sent at the NOC reaches a subscriber at every country broker', async () => {
    await Promise.all(COUNTRIES.map((c) =>
      expectDelivery(net!, { broker: 'noc', user: 'admin' }, { broker: c, user: 'mcollective' }, '/topic/mcollective.discovery.agent')));
  });

  it('(b) a queue message sent at each country broker reaches a consumer at the NOC', async () => {
    await Promise.all(COUNTRIES.map((c) =>
      expectDelivery(net!, { broker: c, user: 'mcollective' }, { broker: 'noc', user: 'admin' }, `/queue/mcollective.reply.test_${c}`)));
  });

  it('(c) de → fr crosses the NOC (two hops), for a topic and for a queue', async () => {
    const de = { broker: 'de', user: 'mcollective' };
    const fr = { broker: 'fr', user: 'mcollective' };
    await Promise.all([
      expectDelivery(net!, de, fr, '/topic/mcollective.rpcutil.agent'),
      expectDelivery(net!, de, fr, '/queue/mcollective.reply.de_to_fr'),
    ]);
  });
});

// The same topology with settings.networkTTL forced to 1: proves the checks above can fail, and that what carries
// de → fr is the TTL the model writes, not something else in the files.
describe('noc-and-countries with settings.networkTTL = 1 (negative check)', () => {
  let net: RunningNetwork | undefined;
  beforeAll(async () => {
    const topology = exampleTopology('noc-and-countries');
    topology.settings.networkTTL = 1;
    net = await startNetwork(topology);
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('exports networkTTL="1" on every connector', () => {
    const noc = net!.xml.get('noc')!;
    expect(noc.match(/networkTTL="1"/g)).toHaveLength(2 * COUNTRIES.length);
    expect(noc).not.toMatch(/networkTTL="[^1"]/);
  });

  it('still delivers one hop, NOC → de, for a topic and for a queue', async () => {
    const noc = { broker: 'noc', user: 'admin' };
    const de = { broker: 'de', user: 'mcollective' };
    await Promise.all([
      expectDelivery(net!, noc, de, '/topic/mcollective.discovery.agent'),
      expectDelivery(net!, noc, de, '/queue/mcollective.reply.noc_to_de'),
    ]);
  });

  it('does not deliver de → fr (two hops), while NOC → fr (one hop) delivers on the same destinations meanwhile', async () => {
    const noc = { broker: 'noc', user: 'admin' };
    const de = { broker: 'de', user: 'mcollective' };
    const fr = { broker: 'fr', user: 'mcollective' };
    const topicDest = '/topic/mcollective.rpcutil.agent';
    const queueDest = '/queue/mcollective.reply.de_to_fr';
    // The one-hop controls run inside the same window: fr's subscriptions work and the network is not just slow.
    const [topic, queue] = await Promise.all([
      deliver(net!, de, fr, topicDest, NEGATIVE_WINDOW_MS),
      deliver(net!, de, fr, queueDest, NEGATIVE_WINDOW_MS),
      expectDelivery(net!, noc, fr, topicDest),
      expectDelivery(net!, noc, fr, queueDest),
    ]);
    // Each send was acknowledged by de (RECEIPT), so de took every message and the network did not carry them.
    expect(topic.sends).toBeGreaterThan(1);
    expect(queue.sends).toBeGreaterThan(1);
    expect(topic.frame?.body, 'a topic message crossed two hops with networkTTL 1').toBeUndefined();
    expect(queue.frame?.body, 'a queue message crossed two hops with networkTTL 1').toBeUndefined();
  });
});
