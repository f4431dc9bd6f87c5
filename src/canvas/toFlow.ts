// Model → React Flow: one node per broker (id = its index) and one edge per drawable link. Node and edge objects
// are reused while their inputs are unchanged, so a drag re-renders only the moved node and its edges.

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
  link: Link; id: string; ssl: boolean; diag: DiagEntry; /** -1/1 when a reverse link exists: draw the two apart. */ lane: number;
  /** On a delivered message's path in the simulation shown. */ onSimPath: boolean;
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
  return network.brokers.map((broker, i) => {
    const id = nodeId(i);
    const prev = previous[i];
    const position = positions[i];
    const diag = diags.brokers.get(broker.name);
    const size = measured.get(id);
    const isSelected = selected.has(i);
    const mark = sim.nodes.get(broker.name);
    if (prev && prev.data.broker === broker && prev.position === position && prev.selected === isSelected
      && sameDiag(prev.data.diag, diag) && prev.measured === size && prev.data.sim === mark) return prev;
    // initialWidth/Height: the size React Flow assumes until it has measured the node (its first fit and culling).
    return {
      id, type: 'broker', position, selected: isSelected, measured: size, initialWidth: NODE_SIZE.width, initialHeight: NODE_SIZE.height,
      data: { broker, diag, sim: mark },
    };
  });
}

export function buildEdges(
  network: Topology, selected: Set<number>, diags: DiagnosticIndex, sim: SimHighlight, previous: Map<string, LinkFlowEdge>,
): LinkFlowEdge[] {
  const first = new Map<string, number>();
  network.brokers.forEach((b, i) => { if (!first.has(b.name)) first.set(b.name, i); });
  const pairs = new Set(network.links.map((l) => `${l.from}\u0000${l.to}`));
  const out: LinkFlowEdge[] = [];
  network.links.forEach((link, i) => {
    const s = first.get(link.from);
    const t = first.get(link.to);
    if (s === undefined || t === undefined || s === t) return; // dangling and self links show in diagnostics only
    const id = edgeId(i);
    const prev = previous.get(id);
    const diag = diags.links.get(linkId(link));
    const lane = pairs.has(`${link.to}\u0000${link.from}`) ? (link.from < link.to ? -1 : 1) : 0;
    const isSelected = selected.has(i);
    const target = network.brokers[t];
    const lid = linkId(link);
    const onSimPath = sim.links.has(lid);
    if (prev && prev.data!.link === link && prev.source === nodeId(s) && prev.target === nodeId(t) && prev.selected === isSelected
      && sameDiag(prev.data!.diag, diag) && prev.data!.lane === lane && prev.data!.ssl === isSsl(link, target) && prev.data!.onSimPath === onSimPath) {
      out.push(prev);
      return;
    }
    out.push({
      id, type: 'link', source: nodeId(s), target: nodeId(t), selected: isSelected,
      data: { link, id: lid, ssl: isSsl(link, target), diag, lane, onSimPath },
    });
  });
  return out;
}

function isSsl(link: Link, target: Broker): boolean {
  return /^[a-z]+:\((?:[a-z+]*ssl|ssl)/i.test(connectorUri(link, target));
}

function sameDiag(a: DiagEntry, b: DiagEntry): boolean {
  return a === b || (!!a && !!b && a.count === b.count && a.severity === b.severity);
}
