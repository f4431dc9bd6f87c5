// Model → React Flow: one node per broker (id = its index) and one edge per drawable link. Node and edge objects
// are reused while their inputs are unchanged, so a drag re-renders only the moved node and its edges.

import type { Edge, Node } from '@xyflow/react';
import { type Broker, connectorUri, type Link, linkId, type Position, type Topology } from '../model';
import type { DiagnosticIndex } from '../store/derived';

type DiagEntry = { count: number; severity: 'error' | 'warning' | 'info' } | undefined;

export type BrokerNodeData = { broker: Broker; diag: DiagEntry };
export type BrokerFlowNode = Node<BrokerNodeData, 'broker'>;

export type LinkEdgeData = { link: Link; id: string; ssl: boolean; diag: DiagEntry; /** -1/1 when a reverse link exists: draw the two apart. */ lane: number };
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export const nodeId = (index: number): string => `b${index}`;
export const edgeId = (index: number): string => `l${index}`;
export const indexOf = (id: string): number => Number(id.slice(1));

export type Measured = Map<string, { width: number; height: number }>;

export function buildNodes(
  network: Topology, positions: Position[], selected: Set<number>, diags: DiagnosticIndex, measured: Measured, previous: BrokerFlowNode[],
): BrokerFlowNode[] {
  return network.brokers.map((broker, i) => {
    const id = nodeId(i);
    const prev = previous[i];
    const position = positions[i];
    const diag = diags.brokers.get(broker.name);
    const size = measured.get(id);
    const isSelected = selected.has(i);
    if (prev && prev.data.broker === broker && prev.position === position && prev.selected === isSelected
      && sameDiag(prev.data.diag, diag) && prev.measured === size) return prev;
    return { id, type: 'broker', position, selected: isSelected, measured: size, data: { broker, diag } };
  });
}

export function buildEdges(network: Topology, selected: Set<number>, diags: DiagnosticIndex, previous: Map<string, LinkFlowEdge>): LinkFlowEdge[] {
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
    if (prev && prev.data!.link === link && prev.source === nodeId(s) && prev.target === nodeId(t) && prev.selected === isSelected
      && sameDiag(prev.data!.diag, diag) && prev.data!.lane === lane && prev.data!.ssl === isSsl(link, target)) {
      out.push(prev);
      return;
    }
    out.push({
      id, type: 'link', source: nodeId(s), target: nodeId(t), selected: isSelected,
      data: { link, id: linkId(link), ssl: isSsl(link, target), diag, lane },
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
