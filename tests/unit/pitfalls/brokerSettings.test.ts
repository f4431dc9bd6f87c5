// advisory-support-off (P2), connectors-start-serially (P13), virtual-topic-duplicates (P7), mesh-duplicate-subscriptions (P5).

import { describe, expect, it } from 'vitest';
import { exampleTopology } from '../../../src/model';
import { brokerFile, codesOf, imported, LOCAL_VT, nc } from './helpers';

describe('advisory-support-off (P2)', () => {
  it('fires for the consumer-side broker of a one-way bridge, as an error naming both brokers', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b')] }), brokerFile('b', { attrs: 'advisorySupport="false"' })]);
    const [d, ...rest] = codesOf(t, 'advisory-support-off');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', brokers: ['b', 'a'] });
  });

  it('does not fire when only the dialling side has advisories off on a one-way link, or the connector is static', () => {
    expect(codesOf(imported([brokerFile('a', { attrs: 'advisorySupport="false"', connectors: [nc('a-b', 'b')] }), brokerFile('b')]), 'advisory-support-off')).toEqual([]);
    const staticOnly = nc('a-b', 'b', 'staticBridge="true"', '<staticallyIncludedDestinations><queue physicalName="Q"/></staticallyIncludedDestinations>');
    expect(codesOf(imported([brokerFile('a', { connectors: [staticOnly] }), brokerFile('b', { attrs: 'advisorySupport="false"' })]), 'advisory-support-off')).toEqual([]);
  });

  it('a duplex link makes both ends consumer sides', () => {
    const t = imported([brokerFile('a', { attrs: 'advisorySupport="false"', connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b')]);
    expect(codesOf(t, 'advisory-support-off').map((d) => d.brokers[0])).toEqual(['a']);
  });
});

describe('connectors-start-serially (P13)', () => {
  it('fires on a broker with two connectors and no networkConnectorStartAsync', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b'), nc('a-c', 'c')] }), brokerFile('b'), brokerFile('c')]);
    expect(codesOf(t, 'connectors-start-serially')).toMatchObject([{ severity: 'warning', brokers: ['a'] }]);
  });

  it('fires on one static: connector with several URIs', () => {
    const multi = '<networkConnector name="a-bc" uri="static:(tcp://b:61616,tcp://c:61616)"/>';
    expect(codesOf(imported([brokerFile('a', { connectors: [multi] }), brokerFile('b'), brokerFile('c')]), 'connectors-start-serially')).toHaveLength(1);
  });

  it('does not fire with networkConnectorStartAsync="true", with one connector, or on designed networks', () => {
    expect(codesOf(imported([brokerFile('a', { attrs: 'networkConnectorStartAsync="true"', connectors: [nc('a-b', 'b'), nc('a-c', 'c')] }), brokerFile('b'), brokerFile('c')]), 'connectors-start-serially')).toEqual([]);
    expect(codesOf(imported([brokerFile('a', { connectors: [nc('a-b', 'b')] }), brokerFile('b')]), 'connectors-start-serially')).toEqual([]);
    expect(codesOf(exampleTopology('noc-and-countries'), 'connectors-start-serially')).toEqual([]);
  });
});

describe('virtual-topic-duplicates (P7)', () => {
  const both = nc('a-b', 'b', 'duplex="true"');
  it('fires for both ends of a duplex link that carries topics and queues between default virtual topics', () => {
    const list = codesOf(imported([brokerFile('a', { connectors: [both] }), brokerFile('b')]), 'virtual-topic-duplicates');
    expect(list.map((d) => d.brokers[0]).sort()).toEqual(['a', 'b']);
    expect(list[0].severity).toBe('warning');
  });

  it('does not fire with local="true" on the receiving side, or when the consumer queues or the topic are excluded', () => {
    expect(codesOf(imported([brokerFile('a', { before: LOCAL_VT, connectors: [both] }), brokerFile('b', { before: LOCAL_VT })]), 'virtual-topic-duplicates')).toEqual([]);
    const noQueues = nc('a-b', 'b', 'duplex="true"', '<excludedDestinations><queue physicalName="Consumer.*.VirtualTopic.>"/></excludedDestinations>');
    expect(codesOf(imported([brokerFile('a', { connectors: [noQueues] }), brokerFile('b')]), 'virtual-topic-duplicates')).toEqual([]);
    const noTopic = nc('a-b', 'b', 'duplex="true"', '<excludedDestinations><topic physicalName="VirtualTopic.>"/></excludedDestinations>');
    expect(codesOf(imported([brokerFile('a', { connectors: [noTopic] }), brokerFile('b')]), 'virtual-topic-duplicates')).toEqual([]);
  });

  it('does not fire when the receiver has virtual topics off (useVirtualTopics="false")', () => {
    const t = imported([brokerFile('a', { attrs: 'useVirtualTopics="false"', connectors: [both] }), brokerFile('b', { attrs: 'useVirtualTopics="false"' })]);
    expect(codesOf(t, 'virtual-topic-duplicates')).toEqual([]);
  });
});

describe('mesh-duplicate-subscriptions (P5)', () => {
  const ttl2 = (to: string, extra = '') => nc(`x-${to}`, to, `duplex="true" networkTTL="2" conduitSubscriptions="false" ${extra}`);
  it('fires on a triangle of duplex connectors with networkTTL 2 and no queue suppression', () => {
    const t = imported([brokerFile('a', { connectors: [ttl2('b')] }), brokerFile('b', { connectors: [ttl2('c')] }), brokerFile('c', { connectors: [ttl2('a')] })]);
    const [d, ...rest] = codesOf(t, 'mesh-duplicate-subscriptions');
    expect(rest).toEqual([]);
    expect(d.brokers.sort()).toEqual(['a', 'b', 'c']);
    expect(d.links).toHaveLength(3);
  });

  it('does not fire with suppression on, with TTL 1, or on a chain (no cycle)', () => {
    const on = (to: string) => ttl2(to, 'suppressDuplicateQueueSubscriptions="true"');
    expect(codesOf(imported([brokerFile('a', { connectors: [on('b')] }), brokerFile('b', { connectors: [on('c')] }), brokerFile('c', { connectors: [on('a')] })]), 'mesh-duplicate-subscriptions')).toEqual([]);
    const one = (to: string) => nc(`x-${to}`, to, 'duplex="true" conduitSubscriptions="false"');
    expect(codesOf(imported([brokerFile('a', { connectors: [one('b')] }), brokerFile('b', { connectors: [one('c')] }), brokerFile('c', { connectors: [one('a')] })]), 'mesh-duplicate-subscriptions')).toEqual([]);
    expect(codesOf(imported([brokerFile('a', { connectors: [ttl2('b')] }), brokerFile('b', { connectors: [ttl2('c')] }), brokerFile('c')]), 'mesh-duplicate-subscriptions')).toEqual([]);
  });

  it('does not fire on the designed mesh of three', () => {
    const t = exampleTopology('mesh-of-three');
    t.settings.networkTTL = 3;
    expect(codesOf(t, 'mesh-duplicate-subscriptions')).toEqual([]);
  });
});
