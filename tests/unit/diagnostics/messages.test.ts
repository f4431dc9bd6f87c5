// Across all codes: the examples validate clean, and every implemented code's message is plain text naming its brokers.

import { describe, expect, it } from 'vitest';
import { exampleTopology, examples, type Topology, validate } from '../../../src/model';
import { broker, link, noc, star, topology } from '../helpers/build';
import { expectReadable, shapeProblems } from '../helpers/checks';

/** One broken network per implemented code. Links carry their own names, so a message cannot name brokers by accident. */
const BROKEN: Record<string, () => Topology> = {
  'duplicate-broker-name': () => topology(['amq one', 'amq_one']),
  'invalid-broker-name': () => topology(['dc/one', 'okay']),
  'duplicate-connector-name': () => topology(['alpha', 'bravo', 'charlie'], [link('alpha<>bravo', { name: 'x' }), link('alpha<>charlie', { name: 'x' })]),
  'duplicate-bridge': () => topology(['alpha', 'bravo'], [link('alpha<>bravo', { name: 'one' }), link('bravo>alpha', { name: 'two' })]),
  'missing-return-link': () => topology([noc('alpha'), 'bravo'], [link('alpha>bravo', { name: 'oneway' })]),
  'self-link': () => topology(['alpha', 'bravo'], [link('alpha<>bravo', { name: 'ab' }), link('alpha>alpha', { name: 'loop' })]),
  'dangling-link': () => topology([noc('alpha')], [link('alpha>ghost', { name: 'lost' })]),
  'ttl-too-low': () => {
    const t = star('noc', ['de', 'fr', 'uk']);
    t.links = t.links.map((l, i) => ({ ...l, name: `link${i}`, networkTTL: 1 }));
    return t;
  },
  'unreachable-broker': () => topology([noc('noc'), 'alpha', 'island'], [link('noc<>alpha', { name: 'l1' })]),
  'port-conflict': () => topology([broker('alpha', { host: 'h1' }), broker('bravo', { host: 'h1' })], [link('alpha<>bravo', { name: 'l1' })]),
  'wrong-target-transport': () => topology(['alpha', 'bravo'], [link('alpha<>bravo', { name: 'viaStomp', transport: 'stomp' })]),
  'multicast-discovery': () => topology(['alpha', 'bravo'], [link('alpha<>bravo', { name: 'disco', extra: { uri: 'multicast://default' } })]),
};

describe('the examples', () => {
  it('are the three reference networks', () => {
    expect(examples.map((e) => e.id).sort()).toEqual(['clustering-2009', 'mesh-of-three', 'noc-and-countries']);
  });

  for (const { id } of examples) {
    it(`${id} validates with zero diagnostics`, () => {
      expect(validate(exampleTopology(id))).toEqual([]);
    });
  }
});

describe('every implemented code', () => {
  for (const [code, build] of Object.entries(BROKEN)) {
    it(`${code}: fires on its broken network with a plain-text message naming every broker it lists`, () => {
      const list = validate(build());
      const mine = list.filter((d) => d.code === code);
      expect(mine.length, JSON.stringify(list, null, 1)).toBeGreaterThanOrEqual(1);
      for (const d of mine) expect(d.brokers.length, d.message).toBeGreaterThanOrEqual(1);
      mine.forEach(expectReadable);
      for (const d of list) expect(shapeProblems(d), JSON.stringify(d)).toEqual([]);
    });
  }

  it('reports errors before warnings', () => {
    const list = validate(topology(['dc/1', 'dc_1', broker('m', { transports: [{ name: 'mc', uri: 'multicast://default' }] })], ['dc/1>dc_1']));
    const ranks = list.map((d) => ['error', 'warning', 'info'].indexOf(d.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list.some((d) => d.severity === 'error') && list.some((d) => d.severity === 'warning')).toBe(true);
  });
});
