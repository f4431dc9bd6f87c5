// Link rules: links to nowhere or to themselves, two bridges doing the same job (R4), and a direction nothing
// carries back (R5: requests arrive, replies never return).

import type { DestinationClass, NetworkConnector } from '../connectors';
import type { Bridge, ForwardingGraph } from '../graph';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import type { Diagnostic } from '../types';
import { connectorsOverlap } from './bridgeOverlap';
import { diagnostic, quoteList, unique } from './diagnostic';
import type { CodeMeta } from './meta';

const CLASSES: DestinationClass[] = ['topic', 'queue'];

export function linkEndRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const link of net.topology.links) {
    if (link.from !== link.to && net.brokerByName.has(link.from) && net.brokerByName.has(link.to)) continue;
    const id = linkId(link);
    if (link.from === link.to) {
      out.push(diagnostic('self-link', 'error', `Link ${JSON.stringify(id)} goes from ${JSON.stringify(link.from)} to itself; ActiveMQ drops such a bridge as a loop-back. Delete it.`, [link.from], [id]));
      continue;
    }
    const missing = [link.from, link.to].filter((n) => !net.brokerByName.has(n));
    if (missing.length) {
      out.push(diagnostic('dangling-link', 'error', `Link ${JSON.stringify(id)} from ${JSON.stringify(link.from)} to ${JSON.stringify(link.to)} names ${quoteList(missing)}, but no broker has ${missing.length > 1 ? 'those names' : 'that name'}. Point the link at an existing broker or delete it.`, [link.from, link.to].filter((n) => net.brokerByName.has(n)), [id]));
    }
  }
  return out;
}

function classWords(classes: Set<DestinationClass>): string {
  return classes.size === 2 ? 'topics and queues' : classes.has('topic') ? 'topics' : 'queues';
}

/** One number per (from, to, class): numeric keys keep these passes cheap on networks of thousands of bridges. */
function directionKey(from: number, to: number, cls: DestinationClass, n: number): number {
  return (from * n + to) * 2 + (cls === 'topic' ? 0 : 1);
}

/**
 * The bridges that share a direction and class with another, grouped, in the order of each group's first bridge.
 * Found along the adjacency rows (one row per sending broker, bridges in order) with a stamp per far end, rather
 * than by hashing each of the 10,000s of bridges of a large network.
 */
function sharedDirections(graph: ForwardingGraph): Bridge[][] {
  const groups: Bridge[][] = [];
  const lastRow = new Int32Array(graph.size);
  const firstEdge = new Int32Array(graph.size);
  const groupRow = new Int32Array(graph.size);
  const groupAt = new Int32Array(graph.size);
  for (const cls of CLASSES) {
    const { start, edges, targets } = graph.adjacencyOf(cls);
    lastRow.fill(-1);
    groupRow.fill(-1);
    for (let u = 0; u < graph.size; u++) {
      for (let e = start[u]; e < start[u + 1]; e++) {
        const v = targets[e];
        if (lastRow[v] !== u) {
          lastRow[v] = u;
          firstEdge[v] = e;
        } else {
          if (groupRow[v] !== u) {
            groupRow[v] = u;
            groupAt[v] = groups.push([edges[firstEdge[v]]]) - 1;
          }
          groups[groupAt[v]].push(edges[e]);
        }
      }
    }
  }
  if (groups.length < 2) return groups;
  const order = new Map(graph.bridges.map((b, i) => [b, i]));
  return groups.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

export function duplicateBridgeRule(net: DerivedNetwork): Diagnostic[] {
  const { graph } = net;
  const reported = new Map<string, { from: number; to: number; classes: Set<DestinationClass>; links: string[]; connectors: NetworkConnector[] }>();
  for (const bridges of sharedDirections(graph)) {
    const all = unique(bridges.map((b) => b.connector));
    // Only connectors whose destinations overlap with another's are duplicates (P3: disjoint include lists are fine).
    const connectors = all.length > 2 || all.some((c) => c.raw) ? all.filter((c, i) => all.some((d, j) => i !== j && connectorsOverlap(c, d, bridges[0].cls))) : all;
    if (connectors.length < 2) continue;
    const links = unique(connectors.map((c) => c.linkId));
    const key = `${Math.min(bridges[0].from, bridges[0].to)}|${Math.max(bridges[0].from, bridges[0].to)}|${links.join('\u0000')}`;
    const entry = reported.get(key) ?? { from: bridges[0].from, to: bridges[0].to, classes: new Set(), links, connectors };
    entry.classes.add(bridges[0].cls);
    reported.set(key, entry);
  }
  return [...reported.values()].map(({ from, to, classes, links, connectors }) => {
    const [a, b] = [graph.names[from], graph.names[to]];
    const what = classWords(classes);
    const duplex = connectors.filter((c) => c.duplex);
    let why: string;
    if (links.length === 1) {
      why = `Link ${JSON.stringify(links[0])} has two connectors that both carry ${what} from ${JSON.stringify(a)} to ${JSON.stringify(b)}${connectors.some((c) => c.raw) ? ', with overlapping destinations' : ''}`;
    } else if (duplex.length && unique(duplex.map((c) => c.broker)).length > 1) {
      why = `Links ${quoteList(links)} are duplex from both ends (${quoteList(unique(duplex.map((c) => c.broker)))}): each already carries ${what} both ways, so every direction is bridged twice`;
    } else if (duplex.length) {
      why = `Link ${JSON.stringify(duplex[0].linkId)} is duplex and ${quoteList(links.filter((l) => l !== duplex[0].linkId))} also carr${links.length > 2 ? 'y' : 'ies'} ${what} from ${JSON.stringify(a)} to ${JSON.stringify(b)} (a duplex link already carries both directions)`;
    } else {
      why = `Links ${quoteList(links)} each carry ${what} from ${JSON.stringify(a)} to ${JSON.stringify(b)}, with overlapping destinations`;
    }
    return diagnostic('duplicate-bridge', 'error', `${why}: doubled connections, duplicate queue consumers and skewed dispatch. Keep one: delete the extra link, or make one duplex link and remove its reverse.`, [a, b], links);
  });
}

export function missingReturnRule(net: DerivedNetwork): Diagnostic[] {
  const { graph } = net;
  // A duplex connector's bridges come in both directions (graph.ts adds the reverse of each): only the bridges of
  // simplex connectors can lack a return, and on a network of duplex links there is nothing to index.
  const simplex = graph.bridges.filter((b) => !b.connector.duplex);
  if (simplex.length === 0) return [];
  const present = new Set<number>();
  for (const b of graph.bridges) present.add(directionKey(b.from, b.to, b.cls, graph.size));
  const missing = new Map<string, { from: number; to: number; classes: Set<DestinationClass>; links: string[] }>();
  for (const b of simplex) {
    if (present.has(directionKey(b.to, b.from, b.cls, graph.size))) continue;
    const key = `${b.from}>${b.to}`;
    const entry = missing.get(key) ?? { from: b.from, to: b.to, classes: new Set(), links: [] };
    entry.classes.add(b.cls);
    entry.links.push(b.connector.linkId);
    missing.set(key, entry);
  }
  return [...missing.values()].map(({ from, to, classes, links }) => {
    const [a, b] = [JSON.stringify(graph.names[from]), JSON.stringify(graph.names[to])];
    const ids = unique(links);
    return diagnostic('missing-return-link', 'error',
      `${ids.length > 1 ? 'Links' : 'Link'} ${quoteList(ids)} carr${ids.length > 1 ? 'y' : 'ies'} ${classWords(classes)} from ${a} to ${b}, but nothing carries them back from ${b} to ${a}: requests arrive and replies never return. Make the link duplex, or add a link from ${b} to ${a}.`,
      [graph.names[from], graph.names[to]], ids);
  });
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const linkCodes: CodeMeta[] = [
  {
    code: 'self-link', severities: ['error'], fixable: true,
    title: 'A link from a broker to itself',
    breaks: 'ActiveMQ notices that the remote broker ID is its own and drops the bridge as a loop-back: the connector does nothing.',
    fix: 'Delete the link (the designer\'s fix does).',
    example: '<broker brokerName="de">\n  <networkConnectors><networkConnector uri="static:(tcp://localhost:61616)"/></networkConnectors>',
  },
  {
    code: 'dangling-link', severities: ['error'], fixable: true,
    title: 'A link whose end names no broker',
    breaks: 'The designer cannot tell which host and port to dial, so no connector can be written for it; an imported connector to an unknown host may dial a broker outside the design.',
    fix: 'Point the link at an existing broker, add the missing broker (mark it external if you do not manage it), or delete the link.',
    example: '{ "from": "de", "to": "nco" }   // no broker is called "nco"',
  },
  {
    code: 'duplicate-bridge', severities: ['error'], refs: ['R4', 'P3'], fixable: true,
    title: 'Two bridges for the same direction and destinations',
    breaks: 'Both bridges forward: doubled connections and advisory traffic, two network consumers per queue (skewed dispatch), and duplicate topic messages where duplicate suppression does not apply. The typical cases: duplex on both ends, a duplex link plus its reverse link, two connectors to one peer with overlapping destinations (connectors with disjoint include lists are not duplicates).',
    fix: 'Keep one bridge per direction: delete the extra link, or keep a duplex link and remove its reverse (or the other way round).',
    example: '<!-- on noc --> <networkConnector name="noc-de" duplex="true" uri="static:(tcp://de:61616)"/>\n<!-- on de  --> <networkConnector name="de-noc" uri="static:(tcp://noc:61616)"/>',
  },
  {
    code: 'missing-return-link', severities: ['error'], refs: ['R5'], fixable: true,
    title: 'One direction between two brokers has no bridge',
    breaks: 'A network connector forwards one way only. Requests reach the far broker, but its replies (and its broadcasts) never come back: `mco ping` from the NOC lists only the NOC\'s own nodes.',
    fix: 'Make the link duplex, or add the reverse link (a link from the other broker back). The designer\'s fixes offer both.',
    example: '<!-- on noc --> <networkConnector name="noc-de" uri="static:(tcp://de:61616)"/>\n<!-- de has no connector to noc, and noc-de is not duplex -->',
  },
];
