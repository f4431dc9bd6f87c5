// Reach diagnostics: ttl-too-low (R8: TTL must cover the largest hop count) and unreachable-broker.

import { describe, expect, it } from 'vitest';
import { broker, chain, link, noc, only, star, topology } from '../helpers/build';
import { single } from '../helpers/checks';

const LEAVES = ['de', 'fr', 'uk', 'us'];
const STAR_LINKS = LEAVES.map((l) => `noc-${l}`);

describe('ttl-too-low (R8)', () => {
  it('fires on a hub-and-spoke star with networkTTL 1: leaf to leaf is 2 hops', () => {
    const d = single(only(star('noc', LEAVES, { networkTTL: 1 }), 'ttl-too-low'));
    expect(d.severity).toBe('error');
    expect(d.brokers).toContain('noc');
    expect(d.brokers.filter((b) => LEAVES.includes(b)).length).toBeGreaterThanOrEqual(2);
    expect(d.brokers.every((b) => b === 'noc' || LEAVES.includes(b))).toBe(true);
    expect(d.links.length).toBeGreaterThanOrEqual(2);
    expect(d.links.every((l) => STAR_LINKS.includes(l))).toBe(true);
    expect(d.message).toMatch(/\b2\b/);
  });

  it('fires on a star of simplex links both ways with networkTTL 1', () => {
    const links = LEAVES.flatMap((l) => [`noc>${l}`, `${l}>noc`]);
    expect(only(topology([noc('noc'), ...LEAVES], links, { networkTTL: 1 }), 'ttl-too-low')).toHaveLength(1);
  });

  it('is silent on the star with TTL absent (computed default), 2, more, or -1 (unlimited)', () => {
    for (const networkTTL of [undefined, 2, 3, -1]) {
      expect(only(star('noc', LEAVES, { networkTTL }), 'ttl-too-low'), `networkTTL ${networkTTL}`).toEqual([]);
    }
  });

  it('needs 3 on a chain of 4 brokers: 2 fires and names both ends, 3 and the default are clean', () => {
    const names = ['a', 'b', 'c', 'd'];
    const d = single(only(chain(names, { networkTTL: 2 }), 'ttl-too-low'));
    expect(d.brokers).toEqual(expect.arrayContaining(['a', 'd']));
    expect(d.message).toMatch(/\b3\b/);
    expect(only(chain(names, { networkTTL: 3 }), 'ttl-too-low')).toEqual([]);
    expect(only(chain(names), 'ttl-too-low')).toEqual([]);
  });

  it('needs 2 on A<>B<>C (AMQ-4607) and 1 on a full mesh of three', () => {
    expect(only(chain(['a', 'b', 'c'], { networkTTL: 1 }), 'ttl-too-low')).toHaveLength(1);
    expect(only(chain(['a', 'b', 'c'], { networkTTL: 2 }), 'ttl-too-low')).toEqual([]);
    expect(only(topology(['a', 'b', 'c'], ['a<>b', 'b<>c', 'a<>c'], { networkTTL: 1 }), 'ttl-too-low')).toEqual([]);
    expect(only(topology(['a', 'b'], ['a<>b'], { networkTTL: 1 }), 'ttl-too-low')).toEqual([]);
  });

  it('fires on a per-link override too low, blaming that link only', () => {
    const t = star('noc', LEAVES);
    t.links[0] = { ...t.links[0], networkTTL: 1 };
    const d = single(only(t, 'ttl-too-low'));
    expect(d.links).toEqual(['noc-de']);
    expect(d.brokers).toEqual(expect.arrayContaining(['noc', 'de']));
    expect(d.message).toContain('noc-de');
  });

  it('lets per-link overrides win over a too-low network setting', () => {
    const t = star('noc', LEAVES, { networkTTL: 1 });
    t.links = t.links.map((l, i) => ({ ...l, networkTTL: i % 2 ? 2 : -1 }));
    expect(only(t, 'ttl-too-low')).toEqual([]);
  });

  it('does not blame an unlimited (-1) link when the others are too low', () => {
    const t = star('noc', LEAVES, { networkTTL: 1 });
    t.links[0] = { ...t.links[0], networkTTL: -1 };
    const d = single(only(t, 'ttl-too-low'));
    expect(d.links).not.toContain('noc-de');
    expect(d.links.length).toBeGreaterThanOrEqual(2);
  });
});

describe('unreachable-broker', () => {
  it('fires on a broker with no link to the NOC, naming only it', () => {
    const t = star('noc', ['a', 'b']);
    t.brokers.push(broker('z'));
    const d = single(only(t, 'unreachable-broker'));
    expect(d.severity).toBe('error');
    expect(d.brokers).toEqual(['z']);
  });

  it('fires when the NOC reaches a broker but nothing comes back', () => {
    const d = single(only(topology([noc('noc'), 'a', 'b'], ['noc<>a', 'noc>b']), 'unreachable-broker'));
    expect(d.brokers).toEqual(['b']);
  });

  it('fires when a broker can send to the NOC but nothing reaches it', () => {
    const d = single(only(topology([noc('noc'), 'a', 'b'], ['noc<>a', 'b>noc']), 'unreachable-broker'));
    expect(d.brokers).toEqual(['b']);
  });

  it('without a NOC, fires on a broker cut off from the rest of the network', () => {
    const d = single(only(topology(['a', 'b', 'c', 'd'], ['a<>b', 'b<>c']), 'unreachable-broker'));
    expect(d.brokers).toEqual(['d']);
  });

  it('is silent on a broker reached through another broker (chain behind a spoke)', () => {
    expect(only(topology([noc('noc'), 'a', 'b'], ['noc<>a', link('a<>b')]), 'unreachable-broker')).toEqual([]);
  });

  it('is silent on connected networks without a NOC, on a lone broker, and on unlinked external brokers', () => {
    expect(only(chain(['a', 'b', 'c', 'd']), 'unreachable-broker')).toEqual([]);
    expect(only(topology(['a']), 'unreachable-broker')).toEqual([]);
    const t = star('noc', ['a']);
    t.brokers.push(broker('ext', { role: 'external' }));
    expect(only(t, 'unreachable-broker')).toEqual([]);
  });
});
