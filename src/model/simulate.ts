// Where a message goes (CONTRACT `simulate`): for a message sent at one broker with a consumer at each of some
// brokers, whether it is delivered and by which path. Forwarding is demand-driven over the bridges of the
// message's destination class, through each connector's filters (excluded wins; a non-empty dynamically-included
// list means "only these", notes §1.4), and within TTL: on a path of k hops, the bridge at position i forwards
// only if i < messageTTL, and the consumer's demand reaches it only if k-1-i < consumerTTL (notes §2.4). Each bridge
// checks its own two TTLs: a kept connector may set messageTTL and consumerTTL apart, and then their minimum is
// wrong (measured on 5.17: X→Y messageTTL 1 consumerTTL 2, then Y→Z messageTTL 2 consumerTTL 1 delivers X → Z).

import type { DestinationClass, NetworkConnector } from './connectors';
import { matchesDestination } from './destinations';
import { type Adjacency, type Bridge, hopCounts, pathTo } from './graph';
import { effectiveTtl } from './hops';
import { deriveNetwork } from './network';
import { rawConnectorInfo } from './rawConnector';
import { demandReaches, simulateVirtualTopic } from './simulatePitfalls';
import type { Topology } from './types';

export interface Destination {
  type: DestinationClass;
  name: string;
}

/** One step of a delivered message: the bridge it crossed and the connector behind that bridge. */
export interface Hop {
  from: string;
  to: string;
  /** The <networkConnector> name. */
  connector: string;
  /** The broker whose activemq.xml holds the connector: `from` when it dials, `to` for a duplex connector's way back. */
  dialledBy: string;
}

export interface FlowResult {
  to: string;
  delivered: boolean;
  path: string[];
  /** Each hop of `path` with its connector (absent when the message stays on the broker it was sent at). */
  hops?: Hop[];
  /** How many copies the consumer receives: 0 when not delivered, 2 when a virtual topic is fanned out twice (P7). */
  copies: number;
  /** Why not, in plain words, when not delivered. */
  reason?: string;
}

export interface SimulateOptions {
  /**
   * The message is published to this (virtual) topic, and the consumers read `destination`, a queue the virtual topic
   * fans out into (e.g. topic://VirtualTopic.Orders with queue://Consumer.A.VirtualTopic.Orders). A topic subscriber
   * at the consumer's broker is assumed too, as in the P7 repro: that is what makes the topic itself cross.
   */
  via?: Destination;
}

export interface Simulation {
  destination: string;
  from: string;
  results: FlowResult[];
}

export function parseDestination(text: string): Destination | undefined {
  const m = /^(topic|queue):\/\/(.+)$/.exec(text.trim());
  return m ? { type: m[1] as DestinationClass, name: m[2] } : undefined;
}

/** Whether a connector forwards this destination. */
export function connectorForwards(c: NetworkConnector, d: Destination): boolean {
  if (!c.carries.includes(d.type)) return false;
  if (c.excludedDestinations.some((f) => f.type === d.type && matchesDestination(f.physicalName, d.name))) return false;
  const inc = c.dynamicallyIncludedDestinations ?? [];
  return inc.length === 0 || inc.some((f) => f.type === d.type && matchesDestination(f.physicalName, d.name));
}

export function simulate(topology: Topology, from: string, to: string[], destination: Destination, opts: SimulateOptions = {}): Simulation {
  if (opts.via) return simulateVirtualTopic(topology, from, to, destination, opts.via);
  const net = deriveNetwork(topology);
  const { graph } = net;
  const adj = graph.adjacencyOf(destination.type);
  const s = graph.index.get(from);
  const label = `${destination.type}://${destination.name}`;
  const results = to.map((name): FlowResult => {
    const t = graph.index.get(name);
    if (s === undefined || t === undefined) return { to: name, delivered: false, path: [], copies: 0, reason: `no broker named ${JSON.stringify(s === undefined ? from : name)}` };
    if (s === t) return { to: name, delivered: true, path: [from], copies: 1 };
    const ttlsOf = (b: Bridge) => bridgeTtls(b, net.hops.defaultTtl);
    const filtered = (b: Bridge) => connectorForwards(b.connector, destination) && demandReaches(net, b, destination);
    const parent: (Bridge | undefined)[] = new Array(graph.size);
    const any = hopCounts(adj, s);
    if (any[t] < 0) return { to: name, delivered: false, path: [], copies: 0, reason: `no bridge carries ${destination.type}s from ${JSON.stringify(from)} to ${JSON.stringify(name)} (a missing link or return link)` };
    const dist = hopCounts(adj, s, filtered, parent);
    if (dist[t] < 0) {
      // Demand travels as advisories from the consumer's side: a broker with advisorySupport="false" never announces one (P2).
      const filtersOnly = hopCounts(adj, s, (b) => connectorForwards(b.connector, destination));
      const reason = filtersOnly[t] >= 0
        ? `every route from ${JSON.stringify(from)} to ${JSON.stringify(name)} forwards on demand to a broker with advisorySupport="false", which never announces its consumers`
        : `every route from ${JSON.stringify(from)} to ${JSON.stringify(name)} crosses a connector whose filters exclude ${label}`;
      return { to: name, delivered: false, path: [], copies: 0, reason };
    }
    const ok = (b: Bridge, i: number, k: number) => filtered(b) && i < ttlsOf(b).message && k - 1 - i < ttlsOf(b).consumer;
    const shortest = pathTo(parent, t);
    const path = shortest.every((b, i) => ok(b, i, shortest.length)) ? shortest : findPathWithinTtl(adj, s, t, dist[t], graph.size, ok);
    if (path) return { to: name, delivered: true, path: [from, ...path.map((b) => graph.names[b.to])], hops: path.map((b) => hopOf(graph.names, b)), copies: 1 };
    return { to: name, delivered: false, path: [], copies: 0, reason: `${JSON.stringify(name)} is ${dist[t]} hops from ${JSON.stringify(from)} (${[from, ...shortest.map((b) => graph.names[b.to])].join(' → ')}), more than the networkTTL of the bridges allows` };
  });
  return { destination: label, from, results };
}

function hopOf(names: readonly string[], b: Bridge): Hop {
  return { from: names[b.from], to: names[b.to], connector: b.connector.name, dialledBy: b.connector.broker };
}

/**
 * The TTLs a bridge checks (Infinity = unlimited): the link's or computed networkTTL for both, except on a kept
 * connector, where messageTTL and consumerTTL each default to its networkTTL (itself 1 by default, notes §2.1).
 */
function bridgeTtls(b: Bridge, defaultTtl: number): { message: number; consumer: number } {
  if (!b.connector.raw) {
    const t = effectiveTtl(b, defaultTtl);
    return { message: t, consumer: t };
  }
  const attributes = rawConnectorInfo(b.connector.raw.xml).attributes;
  const int = (name: string) => {
    const v = attributes.get(name);
    return v !== undefined && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined;
  };
  const network = int('networkTTL') ?? 1;
  const ttl = (name: string) => {
    const t = int(name) ?? network;
    return t < 0 ? Infinity : t;
  };
  return { message: ttl('messageTTL'), consumer: ttl('consumerTTL') };
}

/** A simple path of exactly k hops (k from `minHops` up) whose every bridge passes `ok(bridge, position, k)`. */
function findPathWithinTtl(adj: Adjacency, s: number, t: number, minHops: number, n: number, ok: (b: Bridge, i: number, k: number) => boolean): Bridge[] | undefined {
  // Longer detours only matter when TTLs differ per link; the budget keeps a dense mesh from exploding.
  const budget = { steps: 200_000 };
  for (let k = minHops; k <= Math.min(n - 1, minHops + 4); k++) {
    const found = search(adj, s, t, k, ok, [s], [], budget);
    if (found) return found;
  }
  return undefined;
}

function search(adj: Adjacency, u: number, t: number, k: number, ok: (b: Bridge, i: number, k: number) => boolean, visited: number[], path: Bridge[], budget: { steps: number }): Bridge[] | undefined {
  if (--budget.steps < 0) return undefined;
  const i = path.length;
  if (i === k) return u === t ? path.slice() : undefined;
  for (let e = adj.start[u]; e < adj.start[u + 1]; e++) {
    const b = adj.edges[e];
    if (visited.includes(b.to) || !ok(b, i, k)) continue;
    visited.push(b.to);
    path.push(b);
    const r = search(adj, b.to, t, k, ok, visited, path, budget);
    visited.pop();
    path.pop();
    if (r) return r;
  }
  return undefined;
}
