// P5 (network-pitfalls.md): in a cycle of bridges whose consumerTTL (or networkTTL) is above 1, a consumer's demand
// reaches each broker over several routes; with suppressDuplicateQueueSubscriptions off every route becomes its own
// network consumer, so queue messages take "dead routes" and strand when the consumer moves.

import type { NetworkConnector } from '../connectors';
import { connectorTtl, type DerivedNetwork } from '../network';
import { rawConnectorInfo } from '../rawConnector';
import type { Diagnostic } from '../types';
import { diagnostic, quoteList, unique } from './diagnostic';
import type { CodeMeta } from './meta';

export const meshMeta: CodeMeta[] = [{
  code: 'mesh-duplicate-subscriptions',
  severities: ['warning'],
  title: 'A cycle of queue bridges with consumer TTL above 1 and queue duplicate suppression off',
  refs: ['P5'],
  breaks: 'Each broker of the cycle sees one direct demand plus proxy demands over the longer routes for a single remote consumer; queue messages are dispatched to the proxies, take detours and strand when the consumer moves (ThreeBrokerQueueNetworkTest expects 5 consumers per broker in a 4-broker mesh).',
  fix: 'suppressDuplicateQueueSubscriptions="true" on the queue connectors of the cycle (the designer exports it), or consumerTTL="1" where every broker is one hop from every other.',
  example: 'a ↔ b ↔ c ↔ a, duplex connectors with networkTTL="2" and no suppressDuplicateQueueSubscriptions',
  fixable: true,
}];

/** consumerTTL of a connector (Infinity for -1): what decides how far demand travels. */
function consumerTtl(net: DerivedNetwork, c: NetworkConnector): number {
  let t: number;
  if (c.raw) {
    const a = rawConnectorInfo(c.raw.xml).attributes;
    const int = (v: string | undefined) => (v !== undefined && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined);
    t = int(a.get('consumerTTL')) ?? int(a.get('networkTTL')) ?? 1;
  } else {
    t = connectorTtl(net, c);
  }
  return t < 0 ? Infinity : t;
}

export function meshRule(net: DerivedNetwork): Diagnostic[] {
  const { graph } = net;
  // Designed connectors all suppress: without one that does not, there is nothing to find.
  if (!graph.bridges.some((b) => b.cls === 'queue' && !b.connector.suppressDuplicateQueueSubscriptions)) return [];
  // Undirected pairs joined by queue bridges that pass demand further than one hop.
  const pairs = new Map<number, { a: number; b: number; connectors: NetworkConnector[] }>();
  for (const br of graph.bridges) {
    if (br.cls !== 'queue' || consumerTtl(net, br.connector) <= 1) continue;
    const a = Math.min(br.from, br.to);
    const b = Math.max(br.from, br.to);
    const k = a * graph.size + b;
    const e = pairs.get(k) ?? { a, b, connectors: [] };
    e.connectors.push(br.connector);
    pairs.set(k, e);
  }
  if (pairs.size < 3) return [];
  const edges = [...pairs.values()];
  const onCycle = cycleEdges(graph.size, edges);
  // Group the cycle edges into connected components (union-find), one diagnostic each.
  const parent = new Int32Array(graph.size).map((_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  edges.forEach((e, i) => { if (onCycle[i]) parent[find(e.a)] = find(e.b); });
  const groups = new Map<number, typeof edges>();
  edges.forEach((e, i) => {
    if (!onCycle[i]) return;
    const r = find(e.a);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  const out: Diagnostic[] = [];
  for (const group of groups.values()) {
    const unsuppressed = unique(group.flatMap((e) => e.connectors).filter((c) => !c.suppressDuplicateQueueSubscriptions));
    if (!unsuppressed.length) continue;
    const brokers = unique(group.flatMap((e) => [graph.names[e.a], graph.names[e.b]]));
    const links = unique(unsuppressed.map((c) => c.linkId));
    out.push(diagnostic('mesh-duplicate-subscriptions', 'warning',
      `${quoteList(brokers)} form a cycle of queue bridges that pass demand more than one hop, and ${links.length > 1 ? 'links' : 'link'} ${quoteList(links)} ${links.length > 1 ? 'do' : 'does'} not set suppressDuplicateQueueSubscriptions="true": each remote queue consumer appears several times (once per route), so messages take detours and strand when the consumer moves. Set suppressDuplicateQueueSubscriptions="true" on those connectors, or consumerTTL="1" in a full mesh.`,
      brokers, links));
  }
  return out;
}

/** Edges that lie on a cycle (are not bridges of the undirected graph), by an iterative Tarjan low-link pass. */
function cycleEdges(n: number, edges: { a: number; b: number }[]): Uint8Array {
  const adj: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, i) => { adj[e.a].push(i); adj[e.b].push(i); });
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const isBridge = new Uint8Array(edges.length);
  let time = 0;
  for (let s = 0; s < n; s++) {
    if (disc[s] !== -1 || adj[s].length === 0) continue;
    const stack: { v: number; via: number; k: number }[] = [{ v: s, via: -1, k: 0 }];
    disc[s] = low[s] = time++;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.k < adj[top.v].length) {
        const ei = adj[top.v][top.k++];
        if (ei === top.via) continue;
        const w = edges[ei].a === top.v ? edges[ei].b : edges[ei].a;
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          stack.push({ v: w, via: ei, k: 0 });
        } else {
          low[top.v] = Math.min(low[top.v], disc[w]);
        }
      } else {
        stack.pop();
        const up = stack[stack.length - 1];
        if (up) {
          low[up.v] = Math.min(low[up.v], low[top.v]);
          if (low[top.v] > disc[up.v]) isBridge[top.via] = 1;
        }
      }
    }
  }
  return isBridge.map((b) => (b ? 0 : 1));
}
