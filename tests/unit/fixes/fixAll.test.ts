// "Fix all (N)": every diagnostic of one code fixed by one call, rounds for what a first pass cannot reach.

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model';
import { fixAll } from '../../../src/model/fixAll';
import { broker, counterContext, net } from './helpers';

describe('fixAll', () => {
  it('fixes every plaintext-wan-link at once, and reports what it did', () => {
    const t = net(['noc', 'de', 'fr', 'uk'].map((n) => broker(n, { location: n })), ['de', 'fr', 'uk'].map((to) => ({ from: 'noc', to, duplex: true })));
    const before = structuredClone(t);
    const r = fixAll(t, 'plaintext-wan-link', counterContext());
    expect(r).toMatchObject({ applied: 3, remaining: 0 });
    expect(validate(r.topology).filter((d) => d.severity === 'error')).toEqual([]);
    expect(t).toEqual(before);
  });

  it('leaves the topology itself when the code has no fix or no diagnostic', () => {
    const t = net([broker('noc')]);
    const r = fixAll(t, 'multicast-discovery', counterContext());
    expect(r.topology).toBe(t);
    expect(r).toMatchObject({ applied: 0, remaining: 0 });
  });

  it('fixes every port-conflict, on one host and across brokers', () => {
    const t = net([broker('a', { host: 'h' }), broker('b', { host: 'h' }), broker('c', { host: 'h' })]);
    const r = fixAll(t, 'port-conflict', counterContext());
    expect(r.remaining).toBe(0);
    const ports = r.topology.brokers.flatMap((b) => b.transports.map((x) => x.uri.split(':').pop()));
    expect(new Set(ports).size).toBe(6);
  });
});
