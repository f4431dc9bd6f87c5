// Reach rules: brokers cut off from the NOC (or from the rest of the network), and broker pairs further apart
// than the TTL of the bridges between them (R8: such traffic is silently not delivered).

import { type Bridge, hopCounts } from '../graph';
import { effectiveTtl } from '../hops';
import type { DerivedNetwork } from '../network';
import { stronglyConnected } from '../scc';
import type { Diagnostic } from '../types';
import { diagnostic, quoteList, unique } from './diagnostic';
import type { CodeMeta } from './meta';

export function unreachableRule(net: DerivedNetwork): Diagnostic[] {
  const { graph, topology } = net;
  const members: number[] = [];
  topology.brokers.forEach((b, i) => { if (b.role !== 'external' && graph.index.get(b.name) === i) members.push(i); });
  if (members.length < 2) return [];
  // Reach over every class; when both classes have the same edges, the topics graph (built for the hops) is that.
  const cls = graph.classesAlike() ? 'topic' : undefined;
  const fwd = graph.adjacencyOf(cls);
  const nocs = members.filter((i) => topology.brokers[i].role === 'noc');
  let anchors: number[];
  let anchorWords: string;
  if (nocs.length) {
    anchors = nocs;
    anchorWords = nocs.length === 1 ? `the NOC broker ${JSON.stringify(graph.names[nocs[0]])}` : 'any NOC broker';
  } else {
    const comp = stronglyConnected(fwd);
    const size = new Map<number, number>();
    for (const i of members) size.set(comp[i], (size.get(comp[i]) ?? 0) + 1);
    const biggest = members.reduce((best, i) => (size.get(comp[i])! > size.get(comp[best])! ? i : best), members[0]);
    anchors = members.filter((i) => comp[i] === comp[biggest]);
    anchorWords = 'the rest of the network';
  }
  const fromAnchors = reachFrom(fwd, anchors);
  const toAnchors = reachFrom(graph.adjacencyOf(cls, true), anchors);
  const isAnchor = new Uint8Array(graph.size);
  for (const i of anchors) isAnchor[i] = 1;
  const out: Diagnostic[] = [];
  const reached = (i: number | undefined) => i !== undefined && (isAnchor[i] === 1 || (fromAnchors[i] === 1 && toAnchors[i] === 1));
  // A backup host of a link (masterslave:(master,slave), a shared-store slave) is reached through that link's target.
  const standbyOf = new Map<string, number[]>();
  for (const l of topology.links) {
    for (const h of l.backups ?? []) {
      const to = graph.index.get(l.to);
      if (to !== undefined) standbyOf.set(h.toLowerCase(), [...(standbyOf.get(h.toLowerCase()) ?? []), to]);
    }
  }
  for (const i of members) {
    if (reached(i)) continue;
    if (standbyOf.get(topology.brokers[i].host.toLowerCase())?.some(reached)) continue;
    const name = JSON.stringify(graph.names[i]);
    const what = !fromAnchors[i] && !toAnchors[i]
      ? `${name} has no path to or from ${anchorWords}`
      : !fromAnchors[i] ? `nothing carries messages from ${anchorWords} to ${name}` : `nothing carries messages from ${name} to ${anchorWords}`;
    out.push(diagnostic('unreachable-broker', 'error', `${what[0].toUpperCase()}${what.slice(1)}: its clients and servers are cut off. Link it to the network (duplex, or a link each way).`, [graph.names[i]]));
  }
  return out;
}

function reachFrom(adj: ReturnType<DerivedNetwork['graph']['adjacencyOf']>, sources: number[]): Uint8Array {
  const seen = new Uint8Array(adj.start.length - 1);
  for (const s of sources) {
    if (seen[s]) continue;
    const dist = hopCounts(adj, s);
    for (let i = 0; i < dist.length; i++) if (dist[i] >= 0) seen[i] = 1;
  }
  return seen;
}

interface Blame {
  needed: number;
  ttl: number;
  sample: Bridge[];
  source: string;
  target: string;
  links: string[];
}

export function ttlRule(net: DerivedNetwork): Diagnostic[] {
  const { hops, graph, topology } = net;
  // Group by where the too-low TTL comes from: a link's own networkTTL, or the network-wide setting.
  const blames = new Map<string, Blame>();
  for (const v of hops.violations) {
    for (const b of v.path) {
      const ttl = effectiveTtl(b, hops.defaultTtl);
      if (ttl >= v.hops) continue;
      const fromLink = topology.links[b.connector.linkIndex]?.networkTTL !== undefined;
      const key = fromLink ? `link:${b.connector.linkIndex}` : 'settings';
      const blame = blames.get(key) ?? { needed: 0, ttl, sample: v.path, source: graph.names[v.source], target: graph.names[v.target], links: [] };
      if (v.hops > blame.needed) Object.assign(blame, { needed: v.hops, sample: v.path, source: graph.names[v.source], target: graph.names[v.target] });
      blame.links.push(b.connector.linkId);
      blames.set(key, blame);
    }
  }
  return [...blames.entries()].map(([key, b]) => {
    const route = [b.source, ...b.sample.map((x) => graph.names[x.to])].join(' → ');
    const where = key === 'settings' ? `the network's networkTTL is ${b.ttl}` : `link ${JSON.stringify(b.links[0])} has networkTTL ${b.ttl}`;
    return diagnostic('ttl-too-low', 'error',
      `${JSON.stringify(b.source)} and ${JSON.stringify(b.target)} are ${b.needed} hops apart (${route}), but ${where}: messages between them are silently not delivered. Raise networkTTL to ${b.needed}${key === 'settings' ? '' : ` on ${quoteList(unique(b.links))}`}.`,
      unique([b.source, b.target, ...b.sample.map((x) => graph.names[x.to])]), unique(b.links));
  });
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const reachCodes: CodeMeta[] = [
  {
    code: 'ttl-too-low', severities: ['error'], refs: ['R8'], fixable: true,
    title: 'Two brokers that must talk are more hops apart than the bridges\' networkTTL',
    breaks: 'A bridge ignores a consumer that is more hops away than its consumerTTL and stops forwarding a message after messageTTL hops (both default to networkTTL, default 1). Traffic between spokes of a star (2 hops) or along a chain is silently not delivered: no error anywhere.',
    fix: 'Raise networkTTL to the number of hops on the longest path that must work (a star needs 2). The designer\'s fix sets it on the links that need it.',
    example: '<!-- de -> noc -> fr is 2 hops --> <networkConnector name="de-noc" networkTTL="1" uri="static:(tcp://noc:61616)"/>',
  },
  {
    code: 'unreachable-broker', severities: ['error'],
    title: 'A broker with no path to or from a NOC broker (or, with no NOC, the rest of the network)',
    breaks: 'Operators\' requests never reach the broker\'s MCollective servers, or their replies never come back: those nodes are missing from every `mco` command.',
    fix: 'Link the broker to the network: a duplex link, or a link each way, to a broker that reaches the NOC.',
    example: '{ "brokers": [{ "name": "noc", "role": "noc" }, { "name": "de" }], "links": [] }',
  },
];
