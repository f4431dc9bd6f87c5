// Safe by default (issue 15): a designed network, whatever its shape, raises none of the pitfall diagnostics, and the
// files it exports, imported back and checked as written, raise none either.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples, exampleTopology, exportedBrokers, exportFiles, hasErrors, importBrokerFiles, type Topology, validate } from '../../../src/model';
import { OFFERED_VERSIONS } from '../../../src/model/activemqVersion';
import { topologyArb } from '../helpers/arbitraries';

const PITFALLS = new Set(['stranded-queue-messages', 'advisory-support-off', 'consumer-priority-implicit', 'mesh-duplicate-subscriptions',
  'virtual-topic-duplicates', 'network-prefetch-invalid', 'static-include-excluded', 'connectors-start-serially', 'attribute-needs-newer-version']);

const designed = fc.tuple(topologyArb(), fc.option(fc.constantFrom(...OFFERED_VERSIONS), { nil: undefined }))
  .map(([t, v]) => ({ ...t, settings: { ...t.settings, activemqVersion: v } }));

/** Clean designed networks (no errors): 2-6 brokers on a duplex chain plus random extra duplex links. */
const clean = fc.record({
  n: fc.integer({ min: 2, max: 6 }),
  extra: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 6 }),
  preset: fc.constantFrom('mcollective' as const, 'plain' as const),
  version: fc.option(fc.constantFrom(...OFFERED_VERSIONS), { nil: undefined }),
  ttl: fc.option(fc.constantFrom(1, 2, 3, -1), { nil: undefined }),
}).map(({ n, extra, preset, version, ttl }): Topology => {
  const names = Array.from({ length: n }, (_, i) => `b${i}`);
  const pairs = new Set(names.slice(1).map((_, i) => `${i}-${i + 1}`));
  for (const [x, y] of extra) if (x % n !== y % n) pairs.add(`${Math.min(x % n, y % n)}-${Math.max(x % n, y % n)}`);
  return {
    format: 'amq-topology/1',
    settings: { preset, ...(version ? { activemqVersion: version } : {}), ...(ttl !== undefined ? { networkTTL: ttl } : {}) },
    brokers: names.map((name) => ({ name, role: 'broker', host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })),
    links: [...pairs].map((p) => p.split('-').map(Number)).map(([a, b]) => ({ from: names[a], to: names[b], duplex: true })),
  };
});

function asFiles(t: Topology) {
  const files = exportFiles(t);
  return exportedBrokers(t).map(({ fileName }) => ({ name: `${fileName}.xml`, text: files.find((f) => f.path === `${fileName}/activemq.xml`)!.content }));
}

describe('designed networks and the pitfall rules', () => {
  it('a designed network raises none of them', () => {
    fc.assert(fc.property(designed, (t) => {
      expect(validate(t).filter((d) => PITFALLS.has(d.code))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('the example networks, exported and imported back, raise none of them', () => {
    for (const { id } of examples) {
      const t = exampleTopology(id);
      const back = importBrokerFiles(asFiles(t));
      expect(back.brokers.every((b) => b.imported), id).toBe(true);
      expect(validate(back).filter((d) => PITFALLS.has(d.code)).map((d) => d.message), id).toEqual([]);
    }
  });

  // Only networks the export accepts without --force (no error diagnostics): with duplicate names or links to nowhere
  // the files mean something else once read back.
  it('its exported files, imported and checked as written, raise none of them either', () => {
    fc.assert(fc.property(fc.oneof(designed, clean), (t) => {
      if (hasErrors(validate(t))) return;
      const xml = asFiles(t);
      if (!xml.length) return;
      const back = importBrokerFiles(xml);
      back.settings.activemqVersion = t.settings.activemqVersion;
      expect(validate(back).filter((d) => PITFALLS.has(d.code)).map((d) => d.message)).toEqual([]);
    }), { numRuns: 150 });
  });
});
