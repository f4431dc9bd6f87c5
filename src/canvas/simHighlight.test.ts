// The simulation highlight derived from simulate(): the forwarding links of each delivered path, and a mark with a
// short reason for each consumer that is not reached.

import { describe, expect, it } from 'vitest';
import { exampleTopology, linkId, parseDestination, simulate, type Topology } from '../model';
import { highlightOf, shortReason } from './simHighlight';

const topic = parseDestination('topic://x')!;

describe('highlightOf', () => {
  const noc = exampleTopology('noc-and-countries');

  it('lights the links on the path and marks source and consumers', () => {
    const h = highlightOf(noc, simulate(noc, 'de', ['fr', 'noc'], topic));
    expect([...h.links].sort()).toEqual([linkId(noc.links[0]), linkId(noc.links[1])].sort());
    expect(h.nodes.get('de')).toEqual({ kind: 'source' });
    expect(h.nodes.get('fr')).toEqual({ kind: 'delivered' });
    expect(h.nodes.has('uk')).toBe(false);
  });

  it('marks a consumer past the networkTTL with TTL and lights only what is reached', () => {
    const ttl1: Topology = { ...noc, settings: { ...noc.settings, networkTTL: 1 } };
    const h = highlightOf(ttl1, simulate(ttl1, 'de', ['fr', 'noc'], topic));
    expect(h.nodes.get('fr')).toMatchObject({ kind: 'missed', short: 'TTL' });
    expect([...h.links]).toEqual([linkId(noc.links[0])]);
  });

  it('uses only links that forward that way', () => {
    const oneWay: Topology = { ...noc, links: [{ from: 'de', to: 'noc' }, { from: 'noc', to: 'de' }] };
    const h = highlightOf(oneWay, simulate(oneWay, 'de', ['noc'], topic));
    expect([...h.links]).toEqual([linkId(oneWay.links[0])]);
    expect(shortReason(simulate(oneWay, 'de', ['fr'], topic).results[0].reason)).toBe('no link');
  });
});
