// Hop counts over the forwarding graph (R8): the network's diameter, which is the default networkTTL, and the
// broker pairs whose bridges' TTLs are lower than the hops between them. A pair passes when some path of d hops
// uses only bridges whose TTL is at least d, which is R8's rule ("every bridge on such a path needs networkTTL ≥ D").

import type { DestinationClass } from './connectors';
import { type Bridge, ForwardingGraph, hopCounts, maxHops, pathTo } from './graph';
import type { Topology } from './types';

export interface TtlViolation {
  source: number;
  target: number;
  cls: DestinationClass;
  hops: number;
  /** The shortest path, whose too-low bridges are to blame. */
  path: Bridge[];
}

export interface HopAnalysis {
  /** Largest hop count between two brokers that can reach each other (0 with no bridges). */
  diameter: number;
  /** The networkTTL emitted where neither the link nor the settings give one. */
  defaultTtl: number;
  violations: TtlViolation[];
}

const CLASSES: DestinationClass[] = ['topic', 'queue'];

export function effectiveTtl(b: Bridge, defaultTtl: number): number {
  const t = b.ttl ?? defaultTtl;
  return t === -1 ? Infinity : t;
}

export function analyzeHops(topology: Topology, graph: ForwardingGraph): HopAnalysis {
  const endpoints: number[] = [];
  topology.brokers.forEach((b, i) => { if (b.role !== 'external' && graph.index.get(b.name) === i) endpoints.push(i); });
  const isEndpoint = new Uint8Array(graph.size);
  for (const i of endpoints) isEndpoint[i] = 1;
  const classes = graph.classesAlike() ? [CLASSES[0]] : CLASSES;
  // First pass: only the diameter, with reused buffers; paths are rebuilt below only if some TTL could be too low.
  let diameter = 0;
  if (graph.bridges.length) {
    for (const cls of classes) diameter = Math.max(diameter, maxHops(graph.adjacencyOf(cls), endpoints, isEndpoint));
  }
  const defaultTtl = Math.max(1, diameter);
  let minTtl = Infinity;
  for (const b of graph.bridges) minTtl = Math.min(minTtl, effectiveTtl(b, defaultTtl));
  const violations: TtlViolation[] = [];
  if (minTtl < diameter) {
    const ttlValues = [...new Set(graph.bridges.map((b) => effectiveTtl(b, defaultTtl)))].sort((a, b) => a - b);
    for (const cls of classes) {
      const adj = graph.adjacencyOf(cls);
      for (const s of endpoints) {
        const parent: (Bridge | undefined)[] = new Array(graph.size);
        const d = hopCounts(adj, s, undefined, parent);
        const limited = new Map<number, Int32Array>();
        for (const t of endpoints) {
          const hops = d[t];
          if (hops <= 0 || hops <= minTtl) continue;
          const passes = ttlValues.some((ttl) => {
            if (ttl < hops) return false;
            let dl = limited.get(ttl);
            if (!dl) limited.set(ttl, (dl = hopCounts(adj, s, (b) => effectiveTtl(b, defaultTtl) >= ttl)));
            return dl[t] !== -1 && dl[t] <= ttl;
          });
          if (!passes) violations.push({ source: s, target: t, cls, hops, path: pathTo(parent, t) });
        }
      }
    }
  }
  return { diameter, defaultTtl, violations };
}
