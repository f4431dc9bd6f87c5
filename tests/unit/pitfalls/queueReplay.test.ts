// stranded-queue-messages (P1): queue bridges both ways, and the receiving side's replay policy.

import { describe, expect, it } from 'vitest';
import { exampleTopology } from '../../../src/model';
import { broker, link, topology } from '../helpers/build';
import { brokerFile, codesOf, imported, nc, REPLAY } from './helpers';

const duplex = 'duplex="true" decreaseNetworkConsumerPriority="true" conduitSubscriptions="false"';

describe('stranded-queue-messages (P1)', () => {
  it('fires for each broker of a duplex pair whose file has no replay policy, naming both brokers and the link', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b')]);
    const list = codesOf(t, 'stranded-queue-messages');
    expect(list.map((d) => d.brokers[0]).sort()).toEqual(['a', 'b']);
    for (const d of list) {
      expect(d.severity).toBe('warning');
      expect(d.brokers.sort()).toEqual(['a', 'b']);
      expect(d.links).toHaveLength(1);
      expect(d.message).toContain('replayWhenNoConsumers');
    }
  });

  it('fires only for the side without the policy', () => {
    const t = imported([brokerFile('a', { before: REPLAY, connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b')]);
    expect(codesOf(t, 'stranded-queue-messages').map((d) => d.brokers[0])).toEqual(['b']);
  });

  it('does not fire when both sides replay, or when queues cross in one direction only', () => {
    expect(codesOf(imported([brokerFile('a', { before: REPLAY, connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b', { before: REPLAY })]), 'stranded-queue-messages')).toEqual([]);
    const oneWay = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'conduitSubscriptions="false"')] }), brokerFile('b')]);
    expect(codesOf(oneWay, 'stranded-queue-messages')).toEqual([]);
  });

  it('does not fire when the bridges carry no queues', () => {
    const topicsOnly = nc('a-b', 'b', 'duplex="true"', '<excludedDestinations><queue physicalName=">"/></excludedDestinations>');
    expect(codesOf(imported([brokerFile('a', { connectors: [topicsOnly] }), brokerFile('b')]), 'stranded-queue-messages')).toEqual([]);
  });

  it('a more specific queue entry without replay shadows the replaying ">" entry', () => {
    const shadow = REPLAY.replace('</policyEntries>', '<policyEntry queue="orders.>" memoryLimit="1mb"/></policyEntries>');
    const t = imported([brokerFile('a', { before: shadow, connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b', { before: REPLAY })]);
    const [d] = codesOf(t, 'stranded-queue-messages');
    expect(d.brokers[0]).toBe('a');
    expect(d.message).toContain('orders.x');
  });

  it('below 5.9 the replay entry also needs enableAudit="false"', () => {
    const files = [brokerFile('a', { before: REPLAY, connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b', { before: REPLAY })];
    expect(codesOf(imported(files, '5.8'), 'stranded-queue-messages')).toHaveLength(2);
    expect(codesOf(imported(files, '5.9'), 'stranded-queue-messages')).toEqual([]);
    const auditOff = REPLAY.replace('<policyEntry queue=">">', '<policyEntry queue=">" enableAudit="false">');
    expect(codesOf(imported([brokerFile('a', { before: auditOff, connectors: [nc('a-b', 'b', duplex)] }), brokerFile('b', { before: auditOff })], '5.8'), 'stranded-queue-messages')).toEqual([]);
  });

  it('never fires on designed networks of either preset (the export writes the policy), but does below 5.6', () => {
    for (const id of ['noc-and-countries', 'mesh-of-three', 'clustering-2009']) expect(codesOf(exampleTopology(id), 'stranded-queue-messages')).toEqual([]);
    const plain = topology([broker('a'), broker('b')], [link('a<>b')], { preset: 'plain' });
    expect(codesOf(plain, 'stranded-queue-messages')).toEqual([]);
    expect(codesOf({ ...plain, settings: { ...plain.settings, activemqVersion: '5.5' } }, 'stranded-queue-messages')).toHaveLength(2);
  });
});
