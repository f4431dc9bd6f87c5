// "Secure the network" on networks it did not draw: the example with sites, an open plain network, a link inside
// one location (stays plain, its port stays open and is named), and imported links kept as written.

import { describe, expect, it } from 'vitest';
import { exampleTopology, validate } from '../../../src/model';
import { secureNetwork } from '../../../src/model/secureNetwork';
import { broker, counterContext, net } from './helpers';

const problems = (t: Parameters<typeof validate>[0]) => validate(t).filter((d) => d.severity !== 'info').map((d) => d.code);

describe('secureNetwork', () => {
  it('the NOC-and-countries example with a location per broker: SSL everywhere, STOMP over SSL, nothing left', () => {
    const t = exampleTopology('noc-and-countries');
    for (const b of t.brokers) b.location = b.name;
    expect(problems(t)).toContain('plaintext-wan-link');
    const { topology, changes } = secureNetwork(t, counterContext());
    expect(problems(topology)).toEqual([]);
    expect(changes.some((c) => /STOMP switched to STOMP over SSL/.test(c))).toBe(true);
    // The countries are dialled (they get SSL, and close their plain ports); the NOC only dials, so it offers no SSL.
    const de = topology.brokers.find((b) => b.name === 'de')!;
    expect(de.transports.map((x) => x.uri)).toEqual(['tcp://127.0.0.1:61616', 'stomp+nio+ssl://0.0.0.0:61612', 'ssl://0.0.0.0:61617']);
    expect(topology.brokers.find((b) => b.name === 'noc')!.transports.map((x) => x.uri)).toEqual(['tcp://0.0.0.0:61616', 'stomp+nio://0.0.0.0:61613']);
  });

  it('a plain network without authentication gets bridge and admin users and credentials on every link', () => {
    const t = net([broker('a'), broker('b')], [{ from: 'a', to: 'b', duplex: true }], 'plain');
    const { topology, changes } = secureNetwork(t, counterContext());
    expect(problems(topology)).toEqual([]);
    expect(topology.brokers.every((b) => b.users?.some((u) => u.username === 'amq'))).toBe(true);
    expect(topology.links[0].userName).toBe('amq');
    expect(changes[0]).toMatch(/Users and authorization added on 2 brokers: a, b/);
  });

  it('a link within one location stays plain; the port it dials stays open and the summary says so', () => {
    const t = net([broker('a', { location: 'x' }), broker('b', { location: 'x' }), broker('c', { location: 'y' })], [
      { from: 'a', to: 'b', duplex: true }, { from: 'c', to: 'b', duplex: true },
    ]);
    const { topology, changes } = secureNetwork(t, counterContext());
    expect(topology.links.map((l) => l.transport)).toEqual([undefined, 'ssl']);
    expect(changes.join('\n')).toMatch(/Left open: b\/openwire, which links within one location still dial/);
    expect(problems(topology)).toEqual(['plain-port-open']);
  });

  it('never touches the input', () => {
    const t = exampleTopology('mesh-of-three');
    const before = structuredClone(t);
    secureNetwork(t, counterContext());
    expect(t).toEqual(before);
  });
});
