// Import of connector URI forms (static list, masterslave, failover, multicast), placeholders, conduit rules, groups.

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model';
import { importFixture } from './helpers';

describe('import: connector URI forms and placeholders', () => {
  const t = importFixture('uri-forms.xml');

  it('makes one link per bridge: each static:(a,b) target, the master of masterslave, the first failover host', () => {
    expect(t.links.map((l) => [l.from, l.to, l.connectors?.[0].targetIndex ?? 0])).toEqual([
      ['forms', 'alpha', 0], ['forms', 'beta', 1], ['forms', 'master', 0], ['forms', 'fo1', 0],
    ]);
    expect(t.links[0].connectors![0].xml).toBe(t.links[1].connectors![0].xml);
    expect(t.links[3].connectors![0].xml).toContain('?randomize=false&amp;maxReconnectAttempts=0)');
  });

  it('makes the unresolved targets external brokers named after their hosts', () => {
    expect(t.brokers.map((b) => [b.name, b.role])).toEqual([
      ['forms', 'broker'], ['alpha', 'external'], ['beta', 'external'], ['master', 'external'], ['fo1', 'external'],
    ]);
    expect(t.brokers.find((b) => b.name === 'slave')).toBeUndefined();
  });

  it('keeps the multicast connector on the broker and reads the transport discoveryUri', () => {
    const forms = t.brokers[0];
    expect(forms.imported!.connectors).toEqual(['<networkConnector name="auto" uri="multicast://default"/>']);
    expect(forms.transports).toEqual([{ name: 'openwire', uri: 'tcp://0.0.0.0:61616', discoveryUri: 'multicast://default' }]);
    expect(validate(t).filter((d) => d.code === 'multicast-discovery').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps ${…} placeholders in passwords as written', () => {
    expect(t.brokers[0].users).toEqual([
      { username: 'system', password: '${activemq.password}', groups: ['users', 'admins'] },
      { username: 'guest', password: '${guest.password}', groups: ['guests'] },
    ]);
    expect(t.links[0].connectors![0].xml).toContain('userName="${bridge.user}" password="${bridge.password}"');
  });
});

describe('import: conduit subscriptions and groups', () => {
  it('flags a connector carrying queues with conduit on, and a topics one with conduit off', () => {
    const t = importFixture('conduit.xml');
    const d = validate(t).filter((x) => x.severity === 'error').map((x) => [x.code, x.links]);
    expect(d).toEqual(expect.arrayContaining([['queue-conduit', ['conduits-queues-peer']], ['topic-conduit', ['conduits-topics-peer']]]));
    expect(d.filter(([c]) => c === 'queue-conduit')).toHaveLength(1);
    expect(d.filter(([c]) => c === 'topic-conduit')).toHaveLength(1);
  });

  it('reads authorization granting groups no user has, and warns about them', () => {
    const t = importFixture('unused-group.xml');
    const b = t.brokers[0];
    expect(b.users!.map((u) => u.groups)).toEqual([['admins']]);
    expect(b.authorization!.map((e) => [e.queue ?? e.topic, e.read])).toEqual([['>', ['admins', 'operators']], ['>', ['admins', 'auditors']], ['ActiveMQ.Advisory.>', ['admins']]]);
    const unused = validate(t).filter((x) => x.code === 'unused-group').map((x) => x.message).join('\n');
    expect(unused).toContain('operators');
    expect(unused).toContain('auditors');
  });
});
