// Destination suggestions of the simulate panel: MCollective's own traffic under its preset (each one a destination
// the preset's connectors carry), the authorization map's concrete names under the plain preset, generic examples
// when there are none.
import { describe, expect, it } from 'vitest';
import { destinationSuggestions, exampleTopology, parseDestination, simulate, type Topology } from '../../src/model';

describe('destination suggestions', () => {
  it('offers MCollective broadcast topics, the direct queue and a reply queue, each delivered across the example', () => {
    const t = exampleTopology('noc-and-countries');
    const s = destinationSuggestions(t);
    expect(s.map((x) => x.destination)).toEqual([
      'topic://mcollective.discovery.agent', 'topic://mcollective.rpcutil.agent', 'queue://mcollective.nodes', 'queue://mcollective.reply.noc-client_4242.1',
    ]);
    for (const x of s) {
      const r = simulate(t, 'noc', ['de', 'us'], parseDestination(x.destination)!);
      expect(r.results.every((f) => f.delivered), x.destination).toBe(true);
    }
  });

  it('under the plain preset, names the destinations of the authorization maps (wildcards made concrete), once each', () => {
    const t: Topology = {
      format: 'amq-topology/1', name: 'p', settings: { preset: 'plain' }, links: [],
      brokers: ['a', 'b'].map((name) => ({ name, role: 'broker' as const, host: name, transports: [], authorization: [
        { queue: 'orders.>', read: ['*'], write: ['*'], admin: ['*'] },
        { topic: 'ActiveMQ.Advisory.>', read: ['*'], write: ['*'], admin: ['*'] },
        { topic: 'prices.*.eu', read: ['*'], write: ['*'], admin: ['*'] },
        { tempQueue: true, read: ['*'], write: ['*'], admin: ['*'] },
      ] })),
    };
    expect(destinationSuggestions(t).map((x) => x.destination)).toEqual(['queue://orders.x', 'topic://prices.x.eu']);
    t.brokers.forEach((b) => delete b.authorization);
    expect(destinationSuggestions(t).map((x) => x.destination)).toEqual(['queue://orders', 'topic://events']);
  });
});
