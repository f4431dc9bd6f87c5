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
  /** The broker at the far end of each edge, for BFS without touching the bridge objects. */
  targets: Int32Array;
}

export class ForwardingGraph {
  readonly names: string[];
  readonly index: Map<string, number>;
  readonly bridges: Bridge[] = [];
  private readonly adjacency = new Map<string, Adjacency>();
  private alike: boolean | undefined;

  constructor(topology: Topology, private readonly connectors: NetworkConnector[]) {
    this.names = topology.brokers.map((b) => b.name);
    this.index = new Map();
    this.names.forEach((n, i) => { if (!this.index.has(n)) this.index.set(n, i); });
    let prev: NetworkConnector | undefined;
    let a: number | undefined;
    let b: number | undefined;
    for (const c of connectors) {
      // A link's connectors come one after another with the same ends: look the names up once per link.
      if (prev === undefined || c.broker !== prev.broker || c.target !== prev.target) {
        a = this.index.get(c.broker);
        b = this.index.get(c.target);
      }
      prev = c;
      if (a === undefined || b === undefined || a === b) continue;
      // Indexed: for…of over the presets' frozen `carries` allocates an iterator result per class, per connector.
      for (let k = 0; k < c.carries.length; k++) {
        const cls = c.carries[k];
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
    // Asked by the hop analysis and by the reach rules: counted once.
    this.alike ??= pairedClasses(this.connectors) || this.countClasses();
    return this.alike;
  }

  private countClasses(): boolean {
    // Numeric keys (direction × distinct TTL) rather than strings: this runs over every bridge of the network.
    const ttlIndex = new Map<number | undefined, number>();
    for (const b of this.bridges) if (!ttlIndex.has(b.ttl)) ttlIndex.set(b.ttl, ttlIndex.size);
    const count = new Map<number, number>();
    for (const b of this.bridges) {
      const key = (b.from * this.size + b.to) * ttlIndex.size + ttlIndex.get(b.ttl)!;
      count.set(key, (count.get(key) ?? 0) + (b.cls === 'topic' ? 1 : -1));
    }
    for (const v of count.values()) if (v !== 0) return false;
    return true;
  }
}

/**
 * True when every connector forwards topics and queues alike by itself (it carries both) or with the next one (a
 * topics connector followed by a queues connector with the same ends, duplex flag and TTL, as the mcollective preset
 * emits per link): then both classes get the same bridges, and classesAlike need not count 10,000s of them.
 */
function pairedClasses(connectors: NetworkConnector[]): boolean {
  for (let i = 0; i < connectors.length; i++) {
    const c = connectors[i];
    if (c.carries.length === 2 && c.carries[0] !== c.carries[1]) continue;
    const d = connectors[i + 1];
    if (d === undefined || c.carries.length !== 1 || c.carries[0] !== 'topic' || d.carries.length !== 1 || d.carries[0] !== 'queue') return false;
    if (c.broker !== d.broker || c.target !== d.target || c.duplex !== d.duplex || c.networkTTL !== d.networkTTL) return false;
    i++;
  }
  return true;
}

function buildAdjacency(n: number, bridges: Bridge[], reversed: boolean): Adjacency {
  const start = new Int32Array(n + 1);
  for (const b of bridges) start[(reversed ? b.to : b.from) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const edges = new Array<Bridge>(bridges.length);
  const targets = new Int32Array(bridges.length);
  for (const b of bridges) {
    const at = fill[reversed ? b.to : b.from]++;
    edges[at] = b;
    targets[at] = reversed ? b.from : b.to;
  }
  return { start, edges, targets };
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
      const v = adj.targets[e];
      if (dist[v] !== -1 || (accept && !accept(adj.edges[e]))) continue;
      dist[v] = dist[u] + 1;
      if (parent) parent[v] = adj.edges[e];
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

/**
 * The largest hop count from any of `sources` to any broker flagged in `isEndpoint` (unreachable pairs ignored).
 * Bit-parallel breadth-first search: 32 sources advance together, one bit each, so the all-pairs pass over a
 * 1,000-broker network costs about as much as 32 ordinary searches.
 */
export function maxHops(adj: Adjacency, sources: number[], isEndpoint: Uint8Array): number {
  const n = adj.start.length - 1;
  const { start, targets } = adj;
  const visited = new Uint32Array(n);
  let frontier = new Uint32Array(n);
  let next = new Uint32Array(n);
  let max = 0;
  for (let base = 0; base < sources.length; base += 32) {
    visited.fill(0);
    frontier.fill(0);
    const batch = Math.min(32, sources.length - base);
    for (let k = 0; k < batch; k++) {
      const bit = (1 << k) >>> 0;
      visited[sources[base + k]] |= bit;
      frontier[sources[base + k]] |= bit;
    }
    for (let level = 1; ; level++) {
      next.fill(0);
      for (let u = 0; u < n; u++) {
        const f = frontier[u];
        if (f === 0) continue;
        for (let e = start[u], end = start[u + 1]; e < end; e++) {
          const v = targets[e];
          const fresh = f & ~visited[v];
          if (fresh !== 0) next[v] |= fresh;
        }
      }
      let any = false;
      for (let v = 0; v < n; v++) {
        if (next[v] === 0) continue;
        visited[v] |= next[v];
        any = true;
        if (isEndpoint[v] && level > max) max = level;
      }
      if (!any) break;
      [frontier, next] = [next, frontier];
    }
  }
  return max;
}
