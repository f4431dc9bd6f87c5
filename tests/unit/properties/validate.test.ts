// Properties of validate on random (hostile) topologies: never throws, well-formed and deterministic diagnostics.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkId, validate } from '../../../src/model';
import { topologyArb } from '../helpers/arbitraries';
import { mentions, shapeProblems } from '../helpers/checks';

const RUNS = { numRuns: 200 };

/** The codes these tests were written for; rules added since are held to the shape checks only. */
const COVERED = new Set(['duplicate-broker-name', 'invalid-broker-name', 'duplicate-connector-name', 'duplicate-bridge', 'missing-return-link',
  'self-link', 'dangling-link', 'ttl-too-low', 'unreachable-broker', 'port-conflict', 'wrong-target-transport', 'multicast-discovery']);

describe('validate on random topologies', () => {
  it('never throws and returns well-formed diagnostics with known severities', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const list = validate(t);
      expect(Array.isArray(list)).toBe(true);
      for (const d of list) expect(shapeProblems(d), JSON.stringify(d)).toEqual([]);
    }), RUNS);
  });

  it('names only brokers and links of the topology (or the missing end of a link), and names its brokers in the message (covered codes)', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const known = new Set([...t.brokers.map((b) => b.name), ...t.links.flatMap((l) => [l.from, l.to])]);
      const ids = new Set(t.links.map(linkId));
      for (const d of validate(t)) {
        for (const b of d.brokers) {
          expect(known.has(b), `${d.code} names unknown broker ${JSON.stringify(b)}`).toBe(true);
          if (COVERED.has(d.code)) expect(mentions(d.message, b), `${d.code} message does not name ${JSON.stringify(b)}: ${d.message}`).toBe(true);
        }
        for (const l of d.links) expect(ids.has(l), `${d.code} names unknown link ${JSON.stringify(l)}`).toBe(true);
      }
    }), RUNS);
  });

  it('lists errors first, then warnings, then info', () => {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    fc.assert(fc.property(topologyArb(), (t) => {
      const ranks = validate(t).map((d) => rank[d.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }), RUNS);
  });

  it('gives the same diagnostics for an equal copy of the topology and does not modify it', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const copy = structuredClone(t);
      const first = validate(t);
      expect(validate(copy)).toEqual(first);
      expect(t).toEqual(copy);
    }), RUNS);
  });
});
