// What validate's shortcuts for large networks must not change: authorization read once per broker, one bridge
// login remembered per broker, URIs parsed once per string, duplicate bridges reported in link order, and long
// passwords passed without a lookup.

import { describe, expect, it } from 'vitest';
import { type AuthorizationEntry, type Broker, type Topology, type User, mcollectiveAuthorization, mcollectiveUsers, validate } from '../../../src/model';
import { isSslScheme, parseUri } from '../../../src/model/uri';
import { broker, link, noc, topology } from '../helpers/build';

const PASSWORDS = { bridge: 'bridge-Xu7#qLw2-amq', server: 'server-Rk4!vTz9-mco', client: 'client-Pn8$wQs3-adm' };
const credentials = { userName: 'amq', password: PASSWORDS.bridge };

/** Every broker secured with one users array and one authorization array, shared by reference (as in memory). */
function sharedNetwork(): Topology {
  const users = mcollectiveUsers(PASSWORDS);
  const authorization = mcollectiveAuthorization();
  const brokers: Broker[] = [noc('noc', { users, authorization }), ...['a', 'b', 'c', 'd'].map((n) => broker(n, { users, authorization }))];
  return topology(brokers, ['a', 'b', 'c', 'd'].map((n) => link(`noc<>${n}`, credentials)));
}

/** The same network with every array a copy of its own, as a topology read from a file holds it. */
const unshared = (t: Topology): Topology => JSON.parse(JSON.stringify(t)) as Topology;

const withoutAdmins = (entries: AuthorizationEntry[]): AuthorizationEntry[] => entries.filter((e) => !e.read.includes('admins'));

function edit(t: Topology, name: string, change: (b: Broker) => Broker): Topology {
  return { ...t, brokers: t.brokers.map((b) => (b.name === name ? change(b) : b)) };
}

describe('authorization answers remembered while validating', () => {
  it('are the same whether brokers share one map and one user list or each hold a copy', () => {
    const shared = sharedNetwork();
    expect(validate(shared)).toEqual([]);
    expect(validate(unshared(shared))).toEqual([]);
    const broken = edit(shared, 'b', (b) => ({ ...b, authorization: withoutAdmins(b.authorization!) }));
    const found = validate(broken);
    expect(found.filter((d) => d.code === 'bridge-user-unauthorized').map((d) => d.links)).toEqual([['noc-b']]);
    expect(validate(unshared(broken))).toEqual(found);
  });

  it('tell apart brokers whose users share one groups array but whose maps differ', () => {
    const groups = ['admins', 'everyone'];
    const users: User[] = [{ username: 'amq', password: PASSWORDS.bridge, groups }];
    const full = mcollectiveAuthorization();
    const t = topology([noc('noc', { users, authorization: full }), broker('a', { users, authorization: full }), broker('b', { users, authorization: withoutAdmins(full) })],
      [link('noc<>a', credentials), link('noc<>b', credentials)]);
    const unauthorized = validate(t).filter((d) => d.code === 'bridge-user-unauthorized');
    expect(unauthorized.map((d) => d.links)).toEqual([['noc-b']]);
    expect(unauthorized[0].message).toContain('lacks read/write/admin on topics such as mcollective.discovery.agent on "b"');
    expect(validate(unshared(t))).toEqual(validate(t));
  });

  it('follow an edit made as a new topology that keeps the unchanged arrays', () => {
    const before = sharedNetwork();
    expect(validate(before)).toEqual([]);
    const mcollectiveOnly = (entries: AuthorizationEntry[]) => entries.filter((e) => (e.topic ?? e.queue) === 'mcollective.>');
    const after = edit(before, 'c', (b) => ({ ...b, authorization: mcollectiveOnly(b.authorization!) }));
    const codes = validate(after).map((d) => `${d.code} ${d.brokers.join(',')}`);
    expect(codes).toContain('bridge-user-unauthorized noc,c');
    expect(codes).toContain('unused-group c');
    expect(validate(before)).toEqual([]);
  });

  it('check each connector of a broker with its own credentials, not the previous connector\'s', () => {
    const t = sharedNetwork();
    const links = t.links.map((l) => (l.to === 'c' ? { ...l, password: 'another-long-password-1' } : l));
    const found = validate({ ...t, links }).filter((d) => d.code === 'bridge-user-unknown');
    expect(found.map((d) => d.links)).toEqual([['noc-c'], ['noc-c']]);
    expect(found.map((d) => d.message.includes('far broker'))).toEqual([true, false]);
  });
});

describe('URIs parsed once per string', () => {
  it('give each broker the answer for its own string, even when strings differ only in case or spaces', () => {
    const uris = ['ssl://0.0.0.0:61617', 'SSL://0.0.0.0:61617', ' ssl://0.0.0.0:61617', 'stomp+ssl://0.0.0.0:61617', 'ssl:/0.0.0.0:61617'];
    const brokers = uris.map((uri, i) => broker(`b${i}`, { host: 'one-host', transports: [{ name: 'ow', uri }] }));
    const found = validate(topology([noc('noc'), ...brokers], brokers.map((b) => `noc<>${b.name}`)));
    const conflict = found.find((d) => d.code === 'port-conflict')!;
    expect(conflict.brokers).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(found.filter((d) => d.code === 'wrong-target-transport').map((d) => d.brokers[1])).toEqual(['b3', 'b4']);
  });

  it('are frozen, so no caller can change what the next one is given', () => {
    const p = parseUri('tcp://h1:61616?x=1')!;
    expect(() => { (p as { port: number | undefined }).port = 1; }).toThrow(TypeError);
    expect(parseUri('tcp://h1:61616?x=1')).toEqual({ scheme: 'tcp', host: 'h1', port: 61616, query: 'x=1' });
    expect(parseUri('no scheme')).toBeUndefined();
  });

  it('read ssl from the scheme as its +-separated parts do', () => {
    for (const s of ['ssl', 'SSL', 'nio+ssl', 'auto+nio+ssl', 'ssl+nio', 'a+ssl+b', '+ssl', 'ssl+', 'sslx', 'xssl', 'nio+sslx', 'x+ssl2', 'https', 'wss', 'tcp', '']) {
      expect(isSslScheme(s), s).toBe(s.toLowerCase().split('+').includes('ssl') || ['https', 'wss'].includes(s.toLowerCase()));
    }
  });
});

describe('duplicate bridges', () => {
  it('are reported in the order of each direction\'s first bridge, not of the duplicate that revealed it', () => {
    const t = topology(['a', 'b', 'c', 'd'], [link('a>b', { name: 'x1' }), link('c>d', { name: 'y1' }), link('c>d', { name: 'y2' }), link('a>b', { name: 'x2' }), 'b>a', 'd>c']);
    expect(validate(t).filter((d) => d.code === 'duplicate-bridge').map((d) => d.links)).toEqual([['x1', 'x2'], ['y1', 'y2']]);
  });
});

describe('weak passwords', () => {
  it('are empty, well-known in any case, or short; placeholders and long passwords pass', () => {
    const passwords = ['', 'MCollective', 'PASSWORD', 'short', 'eleven-char', 'twelve-chars', 'a-much-longer-password', '${amq.password}'];
    const users = passwords.map((password, i) => ({ username: `u${i}`, password, groups: [] }));
    const t = topology([broker('a', { users }), broker('b')], [link('a<>b', { userName: 'u0', password: 'Letmein' })]);
    const weak = validate(t).filter((d) => d.code === 'weak-password').map((d) => d.message.replace(/\. Use at least.*$/, ''));
    expect(weak).toEqual([
      'The password of user "u0" on "a" is empty',
      'The password of user "u1" on "a" is a well-known default',
      'The password of user "u2" on "a" is a well-known default',
      'The password of user "u3" on "a" has only 5 characters',
      'The password of user "u4" on "a" has only 11 characters',
      'The bridge password of link "a-b" is a well-known default',
    ]);
  });
});
