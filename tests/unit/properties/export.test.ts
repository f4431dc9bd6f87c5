// Properties of the export on random (hostile) topologies: never throws, well-formed XML, stable bytes.

import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildZip, exportedBrokers, exportFiles, validate } from '../../../src/model';
import type { Topology } from '../../../src/model/types';
import { topologyArb } from '../helpers/arbitraries';
import { topology } from '../helpers/build';
import { badComments, readBroker, xmlChars } from '../helpers/xml';

const RUNS = { numRuns: 100 };

describe('export of random topologies', () => {
  it('exportFiles and buildZip never throw; file paths are unique, one folder per exported broker', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const files = exportFiles(t);
      buildZip(t);
      const paths = files.map((f) => f.path);
      expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
      expect(paths.filter((p) => p.endsWith('/activemq.xml'))).toHaveLength(t.brokers.filter((b) => b.role !== 'external').length);
    }), RUNS);
  });

  it('every activemq.xml is well-formed XML whose <broker> has the broker name and alphabetical children', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const files = exportFiles(t);
      exportedBrokers(t).forEach(({ broker, fileName }) => {
        const file = files.find((f) => f.path === `${fileName}/activemq.xml`);
        expect(file, fileName).toBeDefined();
        const xml = file!.content;
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(badComments(xml)).toEqual([]);
        const { attributes, children } = readBroker(xml);
        expect(attributes.brokerName).toBe(xmlChars(broker.name));
        expect(children).toEqual([...new Set(children)].sort());
      });
    }), RUNS);
  });

  it('never lets "--" into the header comment, even for a dash run like "a---b" (a valid broker name)', () => {
    const t = topology(['a---b', 'c-'], ['a---b<>c-']);
    t.name = 'net---work-';
    for (const f of exportFiles(t).filter((x) => x.path.endsWith('.xml'))) expect(badComments(f.content)).toEqual([]);
  });

  it('writes distinct brokerName attributes whenever validate reports no duplicate-broker-name (R1)', () => {
    // Names drawn from hostile pieces, half of them a twin of another that differs only by characters XML cannot
    // carry or ActiveMQ rewrites. fc.pre skips the drawn networks that validate refuses, so fast-check keeps drawing
    // until the number of checked networks is exact: 150 in all, then 30 that hold such twins. (Counting how many
    // random runs happened to reach the check, against a threshold, failed now and then: 97 of 300 once.)
    const twin = (n: string) => fc.constantFrom(`${n}\u0000`, `\uFFFE${n}`, `${n} `, n.replace(/_/g, ' '), `${n}\uD800`);
    const named = topologyArb().chain((t) => (t.brokers.length < 2 ? fc.constant(t)
      : fc.tuple(...t.brokers.map((b, i) => (i % 2 ? twin(t.brokers[i - 1].name) : fc.constant(b.name))))
        .map((names) => ({ ...t, brokers: t.brokers.map((b, i) => ({ ...b, name: names[i] })) }))));
    const hasTwins = (t: Topology) => new Set(t.brokers.map((b) => b.name)).size > new Set(t.brokers.map((b) => xmlChars(b.name).trim())).size;
    const check = (t: Topology) => {
      const written = exportFiles(t).filter((f) => f.path.endsWith('/activemq.xml')).map((f) => readBroker(f.content).attributes.brokerName);
      expect(new Set(written).size, JSON.stringify(written)).toBe(written.length);
    };
    const accepted = (t: Topology) => !validate(t).some((d) => d.code === 'duplicate-broker-name');
    let checked = 0;
    fc.assert(fc.property(named, (t) => { fc.pre(accepted(t)); checked++; check(t); }), { numRuns: 150 });
    let checkedWithTwins = 0;
    fc.assert(fc.property(named, (t) => { fc.pre(hasTwins(t) && accepted(t)); checkedWithTwins++; check(t); }), { numRuns: 30 });
    // Shrinking never runs on a pass, so these are the checked networks exactly (a guard against a vacuous pass).
    expect([checked, checkedWithTwins]).toEqual([150, 30]);
  });

  it('gives byte-identical zips for the same topology and for an equal copy, holding exactly the exported files', () => {
    fc.assert(fc.property(topologyArb(), (t) => {
      const zip = buildZip(t);
      expect(buildZip(t)).toEqual(zip);
      expect(buildZip(structuredClone(t))).toEqual(zip);
      const unzipped = unzipSync(zip);
      const encoder = new TextEncoder(); // UTF-8; a lone surrogate (no UTF-8 form) becomes U+FFFD, as in any file write
      const files = exportFiles(t);
      expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
      for (const f of files) expect(unzipped[f.path]).toEqual(encoder.encode(f.content));
    }), { numRuns: 40 });
  });
});
