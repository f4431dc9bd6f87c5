// Import of the network-shape fixtures: one-way pair, duplex mesh, old namespace, bare <broker> root (Amazon MQ).

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model';
import { importFixture } from './helpers';

const codes = (t: ReturnType<typeof importFixture>) => validate(t).map((d) => d.code);

describe('import: network shapes', () => {
  it('one-way pair: the plain connector is kept, and the missing return direction is an error', () => {
    const t = importFixture('one-way');
    expect(t.brokers.map((b) => [b.name, b.role, b.host])).toEqual([['a', 'broker', 'a.example.org'], ['b', 'broker', 'b.example.org']]);
    expect(t.links).toHaveLength(1);
    expect(t.links[0]).toMatchObject({ from: 'a', to: 'b' });
    expect(t.links[0].connectors).toEqual([{ xml: '<networkConnector uri="static:(tcp://b.example.org:61616)"/>' }]);
    const d = validate(t).find((x) => x.code === 'missing-return-link');
    expect(d).toMatchObject({ severity: 'error' });
    expect(d!.brokers).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('duplex mesh where every broker dials every other: six preset links and duplicate bridges', () => {
    const t = importFixture('mesh');
    expect(t.brokers.map((b) => [b.name, b.host])).toEqual([['m1', 'm1.mesh.test'], ['m2', 'm2.mesh.test'], ['m3', 'm3.mesh.test']]);
    expect(t.links.map((l) => `${l.from}>${l.to}`)).toEqual(['m1>m2', 'm1>m3', 'm2>m1', 'm2>m3', 'm3>m1', 'm3>m2']);
    expect(t.links.every((l) => l.duplex === true && l.networkTTL === 1 && !l.connectors)).toBe(true);
    const dup = validate(t).filter((d) => d.code === 'duplicate-bridge');
    expect(dup).toHaveLength(3);
    expect(dup.every((d) => d.severity === 'error')).toBe(true);
  });

  it('reads the old http://activemq.org/config/1.0 namespace on a bare root', () => {
    const t = importFixture('old-namespace.xml');
    expect(t.brokers).toHaveLength(1);
    expect(t.brokers[0]).toMatchObject({ name: 'legacy', role: 'broker', host: 'legacy.example.com' });
    expect(t.brokers[0].transports.map((x) => x.uri)).toEqual(['tcp://legacy.example.com:61616', 'stomp://legacy.example.com:61613']);
    expect(t.brokers[0].imported!.template).toContain('<amqPersistenceAdapter');
  });

  it('reads a bare core-namespace <broker> root with no brokerName (Amazon MQ): named after its file, the dialled peer external', () => {
    const t = importFixture('amazon-mq.xml');
    expect(t.brokers.map((b) => [b.name, b.role, b.host])).toEqual([
      ['amazon-mq', 'broker', 'amazon-mq'], ['b-2222.mq.us-east-1.amazonaws.com', 'external', 'b-2222.mq.us-east-1.amazonaws.com'],
    ]);
    expect(t.settings.target).toBe('amazon-mq');
    expect(t.brokers[1].transports).toEqual([{ name: 'openwire', uri: 'ssl://0.0.0.0:61617' }]);
    expect(t.links[0].connectors).toHaveLength(1);
    expect(codes(t)).toEqual(expect.arrayContaining(['queue-conduit', 'amazon-mq-bridge-user']));
  });
});
