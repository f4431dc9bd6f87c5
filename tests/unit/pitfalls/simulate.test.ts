// The simulator and the pitfalls that change delivery: advisories off at the consumer's broker (P2), a virtual topic
// fanned out twice (P7); every result says how many copies arrive.

import { describe, expect, it } from 'vitest';
import { exampleTopology, simulate } from '../../../src/model';
import { brokerFile, imported, LOCAL_VT, nc } from './helpers';

const q = (name: string) => ({ type: 'queue' as const, name });
const topic = (name: string) => ({ type: 'topic' as const, name });

describe('simulate and the pitfalls', () => {
  it('P2: nothing is delivered to a broker with advisorySupport="false" over a dynamic bridge; the other way is', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b', { attrs: 'advisorySupport="false"' })]);
    const [toB] = simulate(t, 'a', ['b'], q('Q')).results;
    expect(toB).toMatchObject({ delivered: false, copies: 0 });
    expect(toB.reason).toContain('advisorySupport');
    expect(simulate(t, 'b', ['a'], q('Q')).results[0]).toMatchObject({ delivered: true, copies: 1 });
  });

  it('P2: a static include still crosses without advisories', () => {
    const inc = '<staticallyIncludedDestinations><queue physicalName="Q"/></staticallyIncludedDestinations>';
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"', inc)] }), brokerFile('b', { attrs: 'advisorySupport="false"' })]);
    expect(simulate(t, 'a', ['b'], q('Q')).results[0].delivered).toBe(true);
  });

  it('P7: a virtual topic bridged as topic and as consumer queue arrives twice, once with local="true"', () => {
    const files = (before = '') => [brokerFile('a', { before, connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b', { before })];
    const run = (t: ReturnType<typeof imported>) => simulate(t, 'a', ['b', 'a'], q('Consumer.X.VirtualTopic.O'), { via: topic('VirtualTopic.O') }).results;
    expect(run(imported(files())).map((r) => r.copies)).toEqual([2, 1]);
    expect(run(imported(files(LOCAL_VT))).map((r) => r.copies)).toEqual([1, 1]);
  });

  it('designed networks: one copy per delivered consumer, virtual topics included', () => {
    const t = exampleTopology('clustering-2009');
    const [r] = simulate(t, 'noc1-broker', ['dc1-broker'], q('Consumer.X.VirtualTopic.O'), { via: topic('VirtualTopic.O') }).results;
    expect(r).toMatchObject({ delivered: true, copies: 1 });
    expect(simulate(t, 'noc1-broker', ['dc1-broker'], topic('mcollective.x')).results[0].copies).toBe(1);
  });
});
