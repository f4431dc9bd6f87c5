// Properties of the topology file: serializeTopology then parseTopology gives back an equal topology, unknown fields included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTopology, serializeTopology } from '../../../src/model';
import { extraArb, hostileKeys, plainKeys, topologyArb } from '../helpers/arbitraries';

const RUNS = { numRuns: 150 };

describe('topology file round trip', () => {
  it('gives back an equal topology, without unknown fields', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      expect(parseTopology(serializeTopology(t))).toEqual(t);
    }), RUNS);
  });

  it('keeps unknown fields at every level (topology, settings, broker, position, transport, user, authorization, ssl, link)', () => {
    fc.assert(fc.property(topologyArb(extraArb(plainKeys)), (t) => {
      expect(parseTopology(serializeTopology(t))).toEqual(t);
    }), RUNS);
  });

  it('keeps unknown fields named like Object.prototype members ("__proto__", "constructor", "toString"…)', () => {
    fc.assert(fc.property(topologyArb(extraArb(hostileKeys)), (t) => {
      const back = parseTopology(serializeTopology(t));
      expect(back).toEqual(t);
      // toEqual alone would not see a "__proto__" field turned into a prototype: compare the own keys too.
      const keys = (o: unknown): unknown => (o && typeof o === 'object'
        ? Object.fromEntries(Object.getOwnPropertyNames(o).map((k) => [k, keys((o as Record<string, unknown>)[k])]))
        : o);
      expect(keys(back)).toEqual(keys(t));
    }), RUNS);
  });

  it('writes the same text again after a load (a save of an unchanged file changes nothing)', () => {
    fc.assert(fc.property(topologyArb(extraArb(plainKeys)), (t) => {
      const text = serializeTopology(t);
      expect(serializeTopology(parseTopology(text))).toBe(text);
    }), RUNS);
  });

  it('writes text that is valid JSON with the format tag first', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const json = JSON.parse(serializeTopology(t)) as Record<string, unknown>;
      expect(Object.keys(json)[0]).toBe('format');
      expect(json.format).toBe('amq-topology/1');
    }), { numRuns: 50 });
  });
});
