// The MCollective validation rules: mcollective-user-missing, mcollective-unreachable-location and
// mcollective-config-problem fire when their condition holds and stay silent otherwise.

import { describe, expect, it } from 'vitest';
import { type AuthorizationEntry, type Broker, type Topology, validate } from '../../../src/model';
import { broker, link, noc, topology } from '../helpers/build';
import { countriesWithGroups, meshWithGroups, pairWithGroups } from './helpers';

const codes = (t: Topology) => validate(t).filter((d) => d.code.startsWith('mcollective-'));
const of = (t: Topology, code: string) => validate(t).filter((d) => d.code === code);
const find = (t: Topology, name: string): Broker => t.brokers.find((b) => b.name === name)!;

describe('silent on sound networks', () => {
  it.each([['countries', countriesWithGroups], ['pair', pairWithGroups], ['mesh', meshWithGroups]])('%s: no mcollective diagnostic, no error', (_n, make) => {
    const t = make();
    expect(codes(t)).toEqual([]);
    expect(validate(t).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('brokers without users need no user (no-authentication warns about them instead)', () => {
    const t = countriesWithGroups();
    for (const b of t.brokers) delete b.users;
    expect(of(t, 'mcollective-user-missing')).toEqual([]);
  });

  it('MCollective\'s "detailed restrictions" (servers read the agent topic, write replies) satisfy the servers', () => {
    const t = countriesWithGroups();
    const m = (o: Partial<AuthorizationEntry>): AuthorizationEntry => ({ read: [], write: [], admin: [], ...o });
    const detailed: AuthorizationEntry[] = [
      m({ queue: '>', read: ['admins'], write: ['admins'], admin: ['admins'] }),
      m({ topic: '>', read: ['admins'], write: ['admins'], admin: ['admins'] }),
      m({ queue: 'mcollective.nodes', read: ['mcollective'], admin: ['mcollective'] }),
      m({ queue: 'mcollective.reply.>', write: ['mcollective'], admin: ['mcollective'] }),
      m({ topic: 'mcollective.*.agent', read: ['mcollective'], admin: ['mcollective'] }),
      m({ topic: 'ActiveMQ.Advisory.>', read: ['everyone'], write: ['everyone'], admin: ['everyone'] }),
    ];
    for (const b of t.brokers) b.authorization = structuredClone(detailed);
    // the client user admin is in admins, the servers' mcollective user only in mcollective
    expect(of(t, 'mcollective-user-missing')).toEqual([]);
  });
});

describe('mcollective-user-missing', () => {
  it('fires when the location broker lacks the servers\' user, naming both', () => {
    const t = pairWithGroups();
    const dc1 = find(t, 'dc1-broker');
    dc1.users = dc1.users!.filter((u) => u.username !== 'mcollective');
    const d = of(t, 'mcollective-user-missing');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', brokers: ['dc1-broker'] });
    expect(d[0].message).toContain('"mcollective"');
  });

  it('fires for a failover broker without the user, and for a custom group user nobody has', () => {
    const t = countriesWithGroups();
    find(t, 'fr').users = find(t, 'fr').users!.filter((u) => u.username !== 'mcollective');
    // de's pool is de, noc, fr; uk's is uk, noc, us; fr's own group lives on fr; us fails over to de
    const brokersOf = of(t, 'mcollective-user-missing').map((d) => d.brokers);
    expect(brokersOf).toEqual([['de', 'fr'], ['fr']]);
    find(t, 'uk').servers!.user = 'nodes-uk';
    expect(of(t, 'mcollective-user-missing').map((d) => d.brokers)).toEqual([['de', 'fr'], ['fr'], ['uk'], ['uk', 'noc'], ['uk', 'us']]);
  });

  it('fires for the NOC clients when the NOC lacks "admin"', () => {
    const t = pairWithGroups();
    const n = find(t, 'noc1-broker');
    n.users = n.users!.filter((u) => u.username !== 'admin');
    const d = of(t, 'mcollective-user-missing');
    expect(d.map((x) => x.brokers)).toEqual([['noc1-broker']]);
    expect(d[0].message).toMatch(/operator clients "ops"/);
  });

  it('fires when the user exists but lacks the rights its role needs, naming them', () => {
    const t = pairWithGroups();
    find(t, 'dc1-broker').users!.find((u) => u.username === 'mcollective')!.groups = ['everyone'];
    const d = of(t, 'mcollective-user-missing');
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain('read on topic mcollective.discovery.agent');
    expect(d[0].message).toContain('write on queue mcollective.reply.x');
  });

  it('a server user may lack write on the agent topic, but not admin on it', () => {
    const t = pairWithGroups();
    const dc1 = find(t, 'dc1-broker');
    dc1.authorization = dc1.authorization!.map((e) => e.topic === 'mcollective.>' ? { ...e, write: [] } : e);
    expect(of(t, 'mcollective-user-missing')).toEqual([]);
    dc1.authorization = dc1.authorization.map((e) => e.topic === 'mcollective.>' ? { ...e, admin: [] } : e);
    expect(of(t, 'mcollective-user-missing').map((d) => d.message.match(/lacks ([^(]*)\(/)?.[1].trim())).toEqual(['admin on topic mcollective.discovery.agent']);
  });
});

describe('mcollective-unreachable-location', () => {
  const withGroups = (t: Topology, nocName: string, at: string[]) => {
    find(t, nocName).clients = { name: 'ops' };
    for (const n of at) find(t, n).servers = { name: `s-${n}`, count: 3 };
    return t;
  };

  it('silent in a reachable star, with servers at the NOC itself too', () => {
    const t = withGroups(topology([noc('n'), 'a', 'b'], ['n<>a', 'n<>b']), 'n', ['n', 'a', 'b']);
    expect(of(t, 'mcollective-unreachable-location')).toEqual([]);
  });

  it('fires when requests cannot go out: TTL 1 on a chain n - a - b', () => {
    const t = withGroups(topology([noc('n'), 'a', 'b'], ['n<>a', 'a<>b'], { networkTTL: 1 }), 'n', ['a', 'b']);
    const d = of(t, 'mcollective-unreachable-location');
    expect(d.map((x) => x.brokers)).toEqual([['n', 'b']]);
    expect(d[0].message).toMatch(/requests \(topic:\/\/mcollective\.discovery\.agent/);
    expect(d[0].message).toMatch(/networkTTL/);
  });

  it('fires for the replies alone when only the NOC dials out without duplex and nothing comes back', () => {
    const t = withGroups(topology([noc('n'), 'a'], [link('n>a')]), 'n', ['a']);
    const d = of(t, 'mcollective-unreachable-location');
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/replies \(queue:\/\/mcollective\.reply\.x, "a" → "n"\) are not delivered: no bridge carries queues/);
    expect(d[0].message).not.toMatch(/ requests \(topic/);
  });

  it('fires for an isolated location, and stays silent for groups when no NOC has clients', () => {
    const t = topology([noc('n'), 'a', broker('lone')], ['n<>a']);
    find(t, 'lone').servers = { name: 'x', count: 1 };
    expect(of(t, 'mcollective-unreachable-location')).toEqual([]);
    find(t, 'n').clients = { name: 'ops' };
    expect(of(t, 'mcollective-unreachable-location').map((x) => x.brokers)).toEqual([['n', 'lone']]);
  });
});

describe('mcollective-config-problem', () => {
  it('names failover brokers that cannot be in the pool', () => {
    const t = topology([noc('n'), 'a', broker('b', { transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })], ['n<>a', 'n<>b']);
    find(t, 'a').servers = { name: 's', count: 2, failover: ['ghost', 'a', 'n', 'n', 'b'] };
    const messages = of(t, 'mcollective-config-problem').map((d) => d.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('"ghost" names no broker');
    expect(messages[1]).toContain('"a" is the group\'s own broker');
    expect(messages[2]).toContain('"n" is listed twice');
    expect(messages[3]).toContain('"b" has no STOMP transport');
  });

  it('names clients on a broker that is not a NOC (no client.cfg is written for them)', () => {
    const t = topology([noc('n'), 'a'], ['n<>a']);
    find(t, 'a').clients = { name: 'ops' };
    expect(of(t, 'mcollective-config-problem').map((d) => d.brokers)).toEqual([['a']]);
  });
});
