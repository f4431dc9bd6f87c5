// Clean by default: a NOC and four countries drawn from nothing (5 new brokers, 4 new links, Fix all on the missing
// return paths) have no error; "Secure the network" then leaves neither error nor warning.

import { describe, expect, it } from 'vitest';
import { type Topology, validate } from '../../../src/model';
import { withNewBrokerDefaults, withNewLinkDefaults } from '../../../src/model/brokerDefaults';
import { fixAll } from '../../../src/model/fixAll';
import { secureNetwork } from '../../../src/model/secureNetwork';
import { broker, counterContext, net } from './helpers';

function draw(preset: 'mcollective' | 'plain', names = ['noc1', 'broker1', 'broker2', 'broker3', 'broker4']): Topology {
  const ctx = counterContext();
  let t = net([], [], preset);
  for (const [i, name] of names.entries()) {
    t = { ...t, brokers: [...t.brokers, broker(name, { role: i === 0 ? 'noc' : 'broker' })] };
    t = withNewBrokerDefaults(t, name, ctx);
  }
  for (const name of names.slice(1)) {
    t = { ...t, links: [...t.links, { from: names[0], to: name }] };
    t = withNewLinkDefaults(t, t.links.length - 1, ctx);
  }
  return t;
}

const errors = (t: Topology) => validate(t).filter((d) => d.severity === 'error');

describe('new brokers and links under the MCollective preset', () => {
  it('each broker has the preset users with one set of passwords, its own location, and each link a bridge user both ends know', () => {
    const t = draw('mcollective');
    const amq = t.brokers.map((b) => b.users!.find((u) => u.username === 'amq')!.password);
    expect(new Set(amq).size).toBe(1);
    expect(t.brokers.every((b) => b.authorization!.length === 5)).toBe(true);
    expect(t.brokers.map((b) => b.location)).toEqual(t.brokers.map((b) => b.name));
    for (const l of t.links) expect(l).toMatchObject({ userName: 'amq', password: amq[0] });
  });

  it('acceptance: after one Fix all on missing-return-link, 0 errors', () => {
    const drawn = draw('mcollective');
    expect(new Set(errors(drawn).map((d) => d.code))).toEqual(new Set(['missing-return-link', 'unreachable-broker']));
    const { topology, applied } = fixAll(drawn, 'missing-return-link', counterContext());
    expect(applied).toBe(4);
    expect(errors(topology)).toEqual([]);
  });

  it('then "Secure the network": 0 errors and 0 warnings, and a second run changes nothing', () => {
    const fixed = fixAll(draw('mcollective'), 'missing-return-link', counterContext()).topology;
    const { topology, changes } = secureNetwork(fixed, counterContext());
    expect(validate(topology).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(changes.join('\n')).toMatch(/4 links between locations now dial SSL/);
    expect(topology.links.every((l) => l.transport === 'ssl')).toBe(true);
    const again = secureNetwork(topology, counterContext());
    expect(again.changes).toEqual([]);
    expect(again.topology).toEqual(topology);
  });
});

describe('new brokers and links under the plain preset', () => {
  it('no authentication anywhere: brokers stay open, links carry no credentials', () => {
    const t = draw('plain');
    expect(t.brokers.every((b) => b.users === undefined)).toBe(true);
    expect(t.links.every((l) => l.userName === undefined)).toBe(true);
    expect(errors(fixAll(t, 'missing-return-link', counterContext()).topology)).toEqual([]);
  });

  it('once the network authenticates, new brokers share its users and new links log in', () => {
    const ctx = counterContext();
    const users = [{ username: 'amq', password: 'long-bridge-password', groups: ['admins', 'everyone'] }];
    let t = net([broker('hub', { role: 'noc', users })], [], 'plain');
    t = withNewBrokerDefaults({ ...t, brokers: [...t.brokers, broker('spoke')] }, 'spoke', ctx);
    expect(t.brokers[1].users).toEqual(users);
    t = withNewLinkDefaults({ ...t, links: [{ from: 'spoke', to: 'hub', duplex: true }] }, 0, ctx);
    expect(t.links[0]).toMatchObject({ userName: 'amq', password: 'long-bridge-password' });
    expect(errors(t)).toEqual([]);
  });

  it('ends that know the bridge user with two passwords: the link gets a user of its own on both', () => {
    const ctx = counterContext();
    const u = (password: string) => [{ username: 'amq', password, groups: ['admins', 'everyone'] }];
    let t = net([broker('a', { users: u('first-long-password') }), broker('b', { users: u('second-long-password') })], [{ from: 'a', to: 'b', duplex: true }], 'plain');
    t = withNewLinkDefaults(t, 0, ctx);
    expect(t.links[0].userName).toBe('bridge-a-b');
    expect(errors(t)).toEqual([]);
  });

  it('a new link between locations dials the SSL transport when both ends are ready for it', () => {
    const ctx = counterContext();
    const ssl = { keyStore: 'k', keyStorePassword: 'kp-long-enough', trustStore: 't', trustStorePassword: 'tp-long-enough' };
    let t = net([broker('a', { location: 'x', ssl }), broker('b', { location: 'y', ssl })], [{ from: 'a', to: 'b', duplex: true }], 'plain');
    t.brokers[1].transports.push({ name: 'ssl', uri: 'ssl://0.0.0.0:61617' });
    t = withNewLinkDefaults(t, 0, ctx);
    expect(t.links[0].transport).toBe('ssl');
  });
});
