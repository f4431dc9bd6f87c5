// The forwarding graph: which broker forwards which destination class to which, over which bridge. A connector on
// A dialing B is a bridge A→B; duplex adds B→A (the passive side copies the configuration, AMQ-NOB). Hop counts
// over this graph decide TTLs (R8) and reachability.

import type { DestinationClass, NetworkConnector } from './connectors';
import type { Topology } from './types';

export interface Bridge {
  from: number;
  to: number;
  cls: DestinationClass;
  /** Explicit TTL (-1 = unlimited), or undefined for the computed default. */
  ttl: number | undefined;
  connector: NetworkConnector;
}

/** Adjacency in compressed rows: the bridges leaving broker i are `edges[start[i]..start[i+1])`. */
export interface Adjacency {
  start: Int32Array;
  edges: Bridge[];
}

export class ForwardingGraph {
  readonly names: string[];
  readonly index: Map<string, number>;
  readonly bridges: Bridge[] = [];
  private readonly adjacency = new Map<string, Adjacency>();

  constructor(topology: Topology, connectors: NetworkConnector[]) {
    this.names = topology.brokers.map((b) => b.name);
    this.index = new Map();
    this.names.forEach((n, i) => { if (!this.index.has(n)) this.index.set(n, i); });
    for (const c of connectors) {
      const a = this.index.get(c.broker);
      const b = this.index.get(c.target);
      if (a === undefined || b === undefined || a === b) continue;
      for (const cls of c.carries) {
        this.bridges.push({ from: a, to: b, cls, ttl: c.networkTTL, connector: c });
        if (c.duplex) this.bridges.push({ from: b, to: a, cls, ttl: c.networkTTL, connector: c });
      }
    }
  }

  get size(): number {
    return this.names.length;
  }

  /** Outgoing (or, reversed, incoming) adjacency of one class, or of all classes with `cls` undefined. */
  adjacencyOf(cls: DestinationClass | undefined, reversed = false): Adjacency {
    const key = `${cls ?? '*'}${reversed ? '<' : '>'}`;
    let adj = this.adjacency.get(key);
    if (!adj) {
      adj = buildAdjacency(this.size, this.bridges.filter((b) => cls === undefined || b.cls === cls), reversed);
      this.adjacency.set(key, adj);
    }
    return adj;
  }

  /** True when the topics and queues graphs have the same edges, so one BFS answers for both. */
  classesAlike(): boolean {
    const key = (b: Bridge) => `${b.from}>${b.to}:${b.ttl}`;
    const t = this.bridges.filter((b) => b.cls === 'topic').map(key).sort();
    const q = this.bridges.filter((b) => b.cls === 'queue').map(key).sort();
    return t.length === q.length && t.every((k, i) => k === q[i]);
  }
}

function buildAdjacency(n: number, bridges: Bridge[], reversed: boolean): Adjacency {
  const start = new Int32Array(n + 1);
  for (const b of bridges) start[(reversed ? b.to : b.from) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const edges = new Array<Bridge>(bridges.length);
  for (const b of bridges) edges[fill[reversed ? b.to : b.from]++] = b;
  return { start, edges };
}

/**
 * Breadth-first hop counts from `source` (-1 = unreachable). `accept` can restrict the bridges used;
 * `parent` receives the bridge that first reached each broker, for path reconstruction.
 */
export function hopCounts(adj: Adjacency, source: number, accept?: (b: Bridge) => boolean, parent?: (Bridge | undefined)[]): Int32Array {
  const n = adj.start.length - 1;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++];
    for (let e = adj.start[u]; e < adj.start[u + 1]; e++) {
      const b = adj.edges[e];
      const v = b.from === u ? b.to : b.from; // reversed adjacency stores the bridge under its target
      if (dist[v] !== -1 || (accept && !accept(b))) continue;
      dist[v] = dist[u] + 1;
      if (parent) parent[v] = b;
      queue[tail++] = v;
    }
  }
  return dist;
}

/** The bridges from the source to `target`, following `parent` links written by hopCounts. */
export function pathTo(parent: (Bridge | undefined)[], target: number): Bridge[] {
  const path: Bridge[] = [];
  for (let b = parent[target]; b; b = parent[b.from]) path.unshift(b);
  return path;
}
