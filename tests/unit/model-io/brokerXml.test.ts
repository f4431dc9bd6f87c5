// generateBrokerXml: connectors per preset with every CONTRACT section 4 attribute written out, URIs, child order.

import { describe, expect, it } from 'vitest';
import { generateBrokerXml } from '../../../src/model';
import { attrsOf, brokerChildren, brokerElement, connectorsOf, sampleTopology } from './xmlHelpers';

const EXPLICIT = ['name', 'uri', 'duplex', 'networkTTL', 'decreaseNetworkConsumerPriority', 'dynamicOnly', 'conduitSubscriptions', 'userName', 'password'];

describe('mcollective preset', () => {
  const t = sampleTopology('mcollective');
  const connectors = connectorsOf(generateBrokerXml(t, 'hub'));

  it('emits exactly two connectors per link, topics then queues, named <from>-<to>-topics/-queues', () => {
    expect(connectors.map((c) => c.name)).toEqual(t.links.flatMap((l) => [`${l.from}-${l.to}-topics`, `${l.from}-${l.to}-queues`]));
  });

  it('writes every contract attribute explicitly on every connector', () => {
    for (const c of connectors) for (const a of EXPLICIT) expect(c, `${c.name}.${a}`).toHaveProperty(a);
    for (const c of connectors) {
      expect(c.duplex).toBe('true');
      expect(c.dynamicOnly).toBe('true');
      expect(c.decreaseNetworkConsumerPriority).toBe('true');
      expect(c.userName).toBe('amq');
      expect(c.password).toBe('bridge-pass-1234');
    }
  });

  it('topics connectors keep conduit subscriptions and exclude queues; queues connectors the reverse', () => {
    for (const c of connectors.filter((x) => x.name.endsWith('-topics'))) expect([c.conduitSubscriptions, c.excluded]).toEqual(['true', 'queue:>']);
    for (const c of connectors.filter((x) => x.name.endsWith('-queues'))) expect([c.conduitSubscriptions, c.excluded]).toEqual(['false', 'topic:>']);
  });

  it('networkTTL defaults to the hops between the furthest brokers (2 in a star)', () => {
    expect(new Set(connectors.map((c) => c.networkTTL))).toEqual(new Set(['2']));
  });

  it('networkTTL follows settings, and a link overrides settings', () => {
    const u = sampleTopology('mcollective');
    u.settings.networkTTL = 3;
    u.links[0].networkTTL = 5;
    const ttl = Object.fromEntries(connectorsOf(generateBrokerXml(u, 'hub')).map((c) => [c.name, c.networkTTL]));
    expect(ttl['hub-a-topics']).toBe('5');
    expect(ttl['hub-a-queues']).toBe('5');
    expect(ttl['hub-s-topics']).toBe('3');
  });

  it('a link that is not duplex says duplex="false"; links without credentials omit them, a named link uses its name', () => {
    const u = sampleTopology('mcollective', [{ to: 's', duplex: false, name: 'extra-link' }]);
    const extra = connectorsOf(generateBrokerXml(u, 'hub')).filter((c) => c.name.startsWith('extra-link'));
    expect(extra.map((c) => c.name)).toEqual(['extra-link-topics', 'extra-link-queues']);
    for (const c of extra) {
      expect(c.duplex).toBe('false');
      expect(c).not.toHaveProperty('userName');
    }
  });

  it('the dialed broker holds no connector for the link', () => {
    for (const b of ['a', 's', 'n', 'b']) expect(connectorsOf(generateBrokerXml(t, b))).toEqual([]);
  });
});

describe('connector URIs', () => {
  const byName = Object.fromEntries(connectorsOf(generateBrokerXml(sampleTopology('mcollective'), 'hub')).map((c) => [c.name, c.uri]));

  it('dial static:(tcp://host:port) of the target', () => {
    expect(byName['hub-a-topics']).toBe('static:(tcp://a.example:61616)');
  });

  it('dial ssl:// for ssl and nio+ssl transports', () => {
    expect(byName['hub-s-queues']).toBe('static:(ssl://s.example:61617)');
    expect(byName['hub-n-queues']).toBe('static:(ssl://n.example:61618)');
  });

  it('backups give a masterslave:(…) URI listing the target first, then each backup host', () => {
    expect(byName['hub-b-topics']).toBe('masterslave:(tcp://b.example:61616,tcp://b2.example:61616)');
  });
});

describe('plain preset', () => {
  it('emits one connector per link, named after the link, carrying everything', () => {
    const t = sampleTopology('plain');
    const connectors = connectorsOf(generateBrokerXml(t, 'hub'));
    expect(connectors.map((c) => c.name)).toEqual(t.links.map((l) => `${l.from}-${l.to}`));
    for (const c of connectors) {
      for (const a of EXPLICIT) expect(c).toHaveProperty(a);
      expect(c.excluded).toBe('');
    }
  });
});

describe('document shape', () => {
  const t = sampleTopology('mcollective');
  t.brokers[0].users = [{ username: 'amq', password: 'bridge-pass-1234', groups: ['admins', 'everyone'] }];
  t.brokers[0].authorization = [{ topic: '>', read: ['admins'], write: ['admins'], admin: ['admins'] }];
  t.brokers[0].ssl = { trustStore: 'trust.jks', trustStorePassword: 'changeit-long' };
  const xml = generateBrokerXml(t, 'hub');

  it('has a Spring <beans> root with a PropertyPlaceholderConfigurer and the ActiveMQ <broker>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('org.springframework.beans.factory.config.PropertyPlaceholderConfigurer');
    const b = attrsOf(brokerElement(xml));
    expect(b).toMatchObject({ xmlns: 'http://activemq.apache.org/schema/core', brokerName: 'hub', dataDirectory: '${activemq.data}' });
  });

  it('lists <broker> children in alphabetical order', () => {
    const children = brokerChildren(xml);
    expect(children).toEqual(expect.arrayContaining(['networkConnectors', 'plugins', 'sslContext', 'transportConnectors']));
    expect(children).toEqual([...children].sort());
  });

  it('writes plugins, sslContext and transportConnectors from the broker', () => {
    const b = brokerElement(xml);
    expect(attrsOf(b.plugins.simpleAuthenticationPlugin.users.authenticationUser[0])).toEqual({ username: 'amq', password: 'bridge-pass-1234', groups: 'admins,everyone' });
    expect(attrsOf(b.plugins.authorizationPlugin.map.authorizationMap.authorizationEntries.authorizationEntry[0])).toEqual({ topic: '>', read: 'admins', write: 'admins', admin: 'admins' });
    expect(attrsOf(b.sslContext.sslContext)).toEqual({ trustStore: 'trust.jks', trustStorePassword: 'changeit-long' });
    expect(b.transportConnectors.transportConnector.map(attrsOf)).toEqual(t.brokers[0].transports.map(({ name, uri }) => ({ name, uri })));
  });

  it('gives the same bytes for the same topology, built twice or copied', () => {
    expect(generateBrokerXml(structuredClone(t), 'hub')).toBe(xml);
    expect(generateBrokerXml(t, 'hub')).toBe(xml);
  });

  it('throws for an unknown broker name', () => {
    expect(() => generateBrokerXml(t, 'nobody')).toThrow(/nobody/);
  });
});
