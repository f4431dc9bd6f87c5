// Model → React Flow: one node per broker (id = its index) and one edge per drawable link. Node and edge objects
// are reused while their inputs are unchanged, so a drag re-renders only the moved node and its edges. Both carry an
// accessible name built from the model (brokerLabel, linkLabel).

import type { Edge, Node } from '@xyflow/react';
import { type Broker, connectorUri, type Link, linkId, type Position, type Topology } from '../model';
import type { DiagnosticIndex } from '../store/derived';
import type { SimHighlight, SimMark } from './simHighlight';

type DiagEntry = { count: number; severity: 'error' | 'warning' | 'info' } | undefined;

/** sim: the simulation's mark on the broker, carried in the data (not a store subscription per node, which made
 * the first render of a large network slower). */
export type BrokerNodeData = { broker: Broker; diag: DiagEntry; sim: SimMark | undefined };
export type BrokerFlowNode = Node<BrokerNodeData, 'broker'>;

export type LinkEdgeData = {
  link: Link; id: string; ssl: boolean; diag: DiagEntry;
  /** How far this edge bends to its own left (in lane widths), 0 when it is the only link between its two brokers:
   *  a paired return link and its partner bend to opposite sides, so each is a curve of its own. */
  lane: number;
  /** What the edge is called for assistive technology and its label button (linkLabel). */ label: string;
  /** On a delivered message's path in the simulation shown. */ onSimPath: boolean;
  /** Named by a cause of a verify report shown (a silent bridge, a broker down). */ simFailed: boolean;
};
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

/** A broker node's size before React Flow has measured it (CSS: 170 px wide; pills may make it a little taller). */
export const NODE_SIZE = { width: 170, height: 64 } as const;

export const nodeId = (index: number): string => `b${index}`;
export const edgeId = (index: number): string => `l${index}`;
export const indexOf = (id: string): number => Number(id.slice(1));

export type Measured = Map<string, { width: number; height: number }>;

export function buildNodes(
  network: Topology, positions: Position[], selected: Set<number>, diags: DiagnosticIndex, sim: SimHighlight, measured: Measured,
  previous: BrokerFlowNode[],
): BrokerFlowNode[] {
  const counts = linkCounts(network.links);
  return network.brokers.map((broker, i) => {
    const id = nodeId(i);
    const prev = previous[i];
    const position = positions[i];
    const diag = diags.brokers.get(broker.name);
    const size = measured.get(id);
    const isSelected = selected.has(i);
    const mark = sim.nodes.get(broker.name);
    const ariaLabel = brokerLabel(broker, counts.get(broker.name) ?? 0, diag);
    if (prev && prev.data.broker === broker && prev.position === position && prev.selected === isSelected
      && sameDiag(prev.data.diag, diag) && prev.measured === size && prev.data.sim === mark && prev.ariaLabel === ariaLabel) return prev;
    // initialWidth/Height: the size React Flow assumes until it has measured the node (its first fit and culling).
    return {
      id, type: 'broker', position, selected: isSelected, measured: size, initialWidth: NODE_SIZE.width, initialHeight: NODE_SIZE.height,
      ariaLabel, data: { broker, diag, sim: mark },
    };
  });
}

export function buildEdges(
  network: Topology, selected: Set<number>, diags: DiagnosticIndex, sim: SimHighlight, previous: Map<string, LinkFlowEdge>,
): LinkFlowEdge[] {
  const first = new Map<string, number>();
  network.brokers.forEach((b, i) => { if (!first.has(b.name)) first.set(b.name, i); });
  const lanes = linkLanes(network.links);
  const out: LinkFlowEdge[] = [];
  network.links.forEach((link, i) => {
    const s = first.get(link.from);
    const t = first.get(link.to);
    if (s === undefined || t === undefined || s === t) return; // dangling and self links show in diagnostics only
    const id = edgeId(i);
    const prev = previous.get(id);
    const diag = diags.links.get(linkId(link));
    const lane = lanes[i];
    const isSelected = selected.has(i);
    const target = network.brokers[t];
    const lid = linkId(link);
    const onSimPath = sim.links.has(lid);
    const simFailed = sim.failedLinks?.has(lid) ?? false;
    const ssl = isSsl(link, target);
    if (prev && prev.data!.link === link && prev.source === nodeId(s) && prev.target === nodeId(t) && prev.selected === isSelected
      && sameDiag(prev.data!.diag, diag) && prev.data!.lane === lane && prev.data!.ssl === ssl && prev.data!.onSimPath === onSimPath
      && prev.data!.simFailed === simFailed) {
      out.push(prev);
      return;
    }
    const label = linkLabel(link, ssl);
    out.push({
      id, type: 'link', source: nodeId(s), target: nodeId(t), selected: isSelected, ariaLabel: label,
      data: { link, id: lid, ssl, diag, lane, label, onSimPath, simFailed },
    });
  });
  return out;
}

const ROLE_NAME = { noc: 'NOC broker', broker: 'Broker', external: 'External broker' } as const;

/** The accessible name of a broker node, from the model: "Broker de, location Germany, 2 links, 1 diagnostic (worst: error)". */
export function brokerLabel(broker: Broker, links: number, diag: DiagEntry): string {
  const parts = [`${ROLE_NAME[broker.role]} ${broker.name || '(no name)'}`];
  if (broker.location) parts.push(`location ${broker.location}`);
  parts.push(`${links} link${links === 1 ? '' : 's'}`);
  // The count covers every severity; the worst one is named.
  if (diag) parts.push(`${diag.count} diagnostic${diag.count === 1 ? '' : 's'} (worst: ${diag.severity})`);
  return parts.join(', ');
}

const countsOf = new WeakMap<readonly Link[], Map<string, number>>();

/** Links per broker name (either end), once per links array: a drag rebuilds nodes on every frame, not the counts. */
function linkCounts(links: readonly Link[]): Map<string, number> {
  let counts = countsOf.get(links);
  if (counts) return counts;
  counts = new Map();
  for (const l of links) {
    counts.set(l.from, (counts.get(l.from) ?? 0) + 1);
    if (l.to !== l.from) counts.set(l.to, (counts.get(l.to) ?? 0) + 1);
  }
  countsOf.set(links, counts);
  return counts;
}

/** The accessible name of a link, from the model: "Link de dials noc, duplex, SSL". The one place edge labels are
 *  worded (the edge, its label button and the tests read it). */
export function linkLabel(link: Link, ssl: boolean): string {
  return `Link ${link.from} dials ${link.to}${link.duplex ? ', duplex' : ', one-way'}${ssl ? ', SSL' : ''}`;
}

/**
 * Each link's lane: links that join the same two brokers (either way round) are spread symmetrically around the
 * straight line, -0.5 and +0.5 for a pair, so no two share a path. Measured in the frame of the link's own
 * direction: a→b at -0.5 and b→a at -0.5 bend to opposite sides, each to its own right.
 */
export function linkLanes(links: readonly Link[]): number[] {
  const groups = new Map<string, number[]>();
  links.forEach((l, i) => {
    if (l.from === l.to) return;
    const key = l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`;
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
  });
  const lanes = links.map(() => 0);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.forEach((i, k) => {
      const canonical = k - (g.length - 1) / 2;
      // In the frame of the first broker by name; a link dialling the other way sees that frame mirrored.
      lanes[i] = links[i].from < links[i].to ? canonical : -canonical;
    });
  }
  return lanes;
}

function isSsl(link: Link, target: Broker): boolean {
  return /^[a-z]+:\((?:[a-z+]*ssl|ssl)/i.test(connectorUri(link, target));
}

function sameDiag(a: DiagEntry, b: DiagEntry): boolean {
  return a === b || (!!a && !!b && a.count === b.count && a.severity === b.severity);
}
