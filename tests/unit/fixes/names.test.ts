// Fixes for name clashes: invalid-broker-name, duplicate-connector-name (within a broker and across brokers).

import { describe, expect, it } from 'vitest';
import { applyFirstFix, broker, codes, net } from './helpers';

describe('invalid-broker-name', () => {
  it('renames a name ActiveMQ would rewrite to its sanitised form, links following', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de site')], [{ from: 'noc', to: 'de site', duplex: true }]);
    const fixed = applyFirstFix(t, 'invalid-broker-name', 'Rename to de_site');
    expect(fixed.brokers[1].name).toBe('de_site');
    expect(fixed.links[0].to).toBe('de_site');
  });

  it('names a "localhost" broker after its host, and keeps clear of taken names', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('localhost', { host: 'lyon.example.net' }), broker('lyon', { host: 'lyon-b.example.net' })], [
      { from: 'noc', to: 'localhost', duplex: true }, { from: 'noc', to: 'lyon', duplex: true },
    ]);
    const fixed = applyFirstFix(t, 'invalid-broker-name', 'Rename to lyon2');
    expect(fixed.links[0].to).toBe('lyon2');
    expect(codes(fixed)).not.toContain('invalid-broker-name');
  });
});

describe('duplicate-connector-name', () => {
  it('gives the second of two links named alike on one broker its default name (error)', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de'), broker('fr')], [
      { from: 'noc', to: 'de', duplex: true, name: 'x' }, { from: 'noc', to: 'fr', duplex: true, name: 'x' },
    ]);
    const fixed = applyFirstFix(t, 'duplicate-connector-name', 'Rename link x to noc-fr');
    expect(fixed.links.map((l) => l.name)).toEqual(['x', 'noc-fr']);
    expect(codes(fixed)).not.toContain('duplicate-connector-name');
  });

  it('renames across brokers (warning) without reusing a taken name', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de'), broker('fr')], [
      { from: 'de', to: 'noc', duplex: true, name: 'x' }, { from: 'fr', to: 'noc', duplex: true, name: 'x' },
      { from: 'de', to: 'fr', duplex: true, name: 'fr-noc' },
    ]);
    const fixed = applyFirstFix(t, 'duplicate-connector-name');
    expect(fixed.links[1].name).toBe('fr-noc-2');
    expect(codes(fixed)).not.toContain('duplicate-connector-name');
  });
});
