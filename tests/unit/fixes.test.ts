// One-click fixes (src/model/fixes.ts): each fix offered for a diagnostic makes that diagnostic go away, on the
// real validator, and never mutates the topology it is given.

import { describe, expect, it } from 'vitest';
import { type Diagnostic, exampleTopology, type Topology, validate } from '../../src/model';
import { fixesFor } from '../../src/model/fixes';

function net(brokers: string[], links: Topology['links'], settings: Topology['settings'] = { preset: 'mcollective' }): Topology {
  return {
    format: 'amq-topology/1', settings, links,
    brokers: brokers.map((name, i) => ({ name, role: i === 0 ? 'noc' : 'broker', host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })),
  };
}

function only(t: Topology, code: string): Diagnostic {
  const found = validate(t).filter((d) => d.code === code);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
}

const codes = (t: Topology) => validate(t).map((d) => d.code);

describe('fixesFor', () => {
  it('offers "Make duplex" and "Add return link" for missing-return-link, and both clear it', () => {
    const t = net(['noc', 'de'], [{ from: 'noc', to: 'de' }]);
    const before = structuredClone(t);
    const fixes = fixesFor(t, only(t, 'missing-return-link'));
    expect(fixes.map((f) => f.label)).toEqual(['Make duplex', 'Add return link']);
    const duplex = fixes[0].apply(t);
    expect(duplex.links).toEqual([{ from: 'noc', to: 'de', duplex: true }]);
    expect(codes(duplex)).not.toContain('missing-return-link');
    const back = fixes[1].apply(t);
    expect(back.links).toEqual([{ from: 'noc', to: 'de' }, { from: 'de', to: 'noc' }]);
    expect(codes(back)).not.toContain('missing-return-link');
    expect(t).toEqual(before);
  });

  it('renames the later of two same-named brokers to a free name', () => {
    const t = net(['noc', 'de', 'de'], [{ from: 'noc', to: 'de', duplex: true }]);
    const [fix] = fixesFor(t, only(t, 'duplicate-broker-name'));
    expect(fix.label).toBe('Rename to de2');
    const fixed = fix.apply(t);
    expect(fixed.brokers.map((b) => b.name)).toEqual(['noc', 'de', 'de2']);
    expect(fixed.links[0].to).toBe('de');
    expect(codes(fixed)).not.toContain('duplicate-broker-name');
  });

  it('moves links along when the clashing names differ only before sanitising', () => {
    const t = net(['noc', 'a b', 'a_b'], [{ from: 'noc', to: 'a_b', duplex: true }, { from: 'noc', to: 'a b', duplex: true }]);
    const [fix] = fixesFor(t, only(t, 'duplicate-broker-name'));
    const fixed = fix.apply(t);
    expect(fixed.brokers[2].name).toBe('a_b2');
    expect(fixed.links[0].to).toBe('a_b2');
    expect(codes(fixed)).not.toContain('duplicate-broker-name');
  });

  it('raises the network networkTTL to the hops the path needs', () => {
    const t = net(['noc', 'de', 'fr'], [{ from: 'noc', to: 'de', duplex: true }, { from: 'noc', to: 'fr', duplex: true }], { preset: 'mcollective', networkTTL: 1 });
    const [fix] = fixesFor(t, only(t, 'ttl-too-low'));
    expect(fix.label).toBe('Raise networkTTL to 2');
    const fixed = fix.apply(t);
    expect(fixed.settings.networkTTL).toBe(2);
    expect(codes(fixed)).not.toContain('ttl-too-low');
  });

  it('raises a link own networkTTL when the link is to blame', () => {
    const t = net(['noc', 'de', 'fr'], [{ from: 'noc', to: 'de', duplex: true, networkTTL: 1 }, { from: 'noc', to: 'fr', duplex: true }]);
    const fixes = fixesFor(t, only(t, 'ttl-too-low'));
    expect(fixes).toHaveLength(1);
    expect(fixes[0].label).toBe('Raise networkTTL of noc-de to 2');
    const fixed = fixes[0].apply(t);
    expect(fixed.links[0].networkTTL).toBe(2);
    expect(codes(fixed)).not.toContain('ttl-too-low');
  });

  it('removes the plain reverse of a duplex link for duplicate-bridge', () => {
    const t = net(['noc', 'de'], [{ from: 'noc', to: 'de', duplex: true }, { from: 'de', to: 'noc' }]);
    const [fix] = fixesFor(t, only(t, 'duplicate-bridge'));
    expect(fix.label).toBe('Remove the extra link de-noc');
    const fixed = fix.apply(t);
    expect(fixed.links).toEqual([{ from: 'noc', to: 'de', duplex: true }]);
    expect(codes(fixed)).not.toContain('duplicate-bridge');
  });

  it('deletes a self-link and a dangling link', () => {
    const self = net(['noc', 'de'], [{ from: 'noc', to: 'de', duplex: true }, { from: 'de', to: 'de' }]);
    const [f1] = fixesFor(self, only(self, 'self-link'));
    expect(f1.label).toBe('Delete link');
    expect(f1.apply(self).links).toEqual([{ from: 'noc', to: 'de', duplex: true }]);
    const dangling = net(['noc', 'de'], [{ from: 'noc', to: 'de', duplex: true }, { from: 'noc', to: 'nowhere' }]);
    const [f2] = fixesFor(dangling, only(dangling, 'dangling-link'));
    const fixed = f2.apply(dangling);
    expect(fixed.links).toEqual([{ from: 'noc', to: 'de', duplex: true }]);
    expect(codes(fixed)).not.toContain('dangling-link');
  });

  it('offers nothing for diagnostics without a clear remedy, nor on a clean example', () => {
    const t = exampleTopology('noc-and-countries');
    expect(validate(t).flatMap((d) => fixesFor(t, d))).toEqual([]);
    const multicast = net(['noc'], []);
    multicast.brokers[0].transports[0].discoveryUri = 'multicast://default';
    expect(fixesFor(multicast, only(multicast, 'multicast-discovery'))).toEqual([]);
  });
});
