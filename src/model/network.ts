// Everything derived from a topology that more than one consumer needs (validation, XML, simulation): the emitted
// connectors, the forwarding graph and its hop analysis. Derive once per topology and share.

import { type NetworkConnector, networkConnectors } from './connectors';
import { ForwardingGraph } from './graph';
import { analyzeHops, type HopAnalysis } from './hops';
import type { Broker, Topology } from './types';

export interface DerivedNetwork {
  topology: Topology;
  connectors: NetworkConnector[];
  graph: ForwardingGraph;
  hops: HopAnalysis;
  /** First broker of each name (duplicates are a diagnostic, not a crash). */
  brokerByName: Map<string, Broker>;
}

const cache = new WeakMap<Topology, DerivedNetwork>();

/** The derived network of a topology, memoised on the (immutable) topology object. */
export function deriveNetwork(topology: Topology): DerivedNetwork {
  let net = cache.get(topology);
  if (!net) {
    const brokerByName = new Map<string, Broker>();
    const { brokers } = topology;
    for (let i = 0; i < brokers.length; i++) if (!brokerByName.has(brokers[i].name)) brokerByName.set(brokers[i].name, brokers[i]);
    // A link's target name resolves to the last broker of that name (networkConnectors): the same map unless names repeat.
    const connectors = networkConnectors(topology, brokerByName.size === brokers.length ? brokerByName : undefined);
    const graph = new ForwardingGraph(topology, connectors);
    net = { topology, connectors, graph, hops: analyzeHops(topology, graph), brokerByName };
    cache.set(topology, net);
  }
  return net;
}

/** The networkTTL written on a connector: its explicit one, else the smallest that reaches every broker. */
export function connectorTtl(net: DerivedNetwork, c: NetworkConnector): number {
  return c.networkTTL ?? net.hops.defaultTtl;
}

const byBroker = new WeakMap<DerivedNetwork, Map<string, NetworkConnector[]>>();

/** The connectors a broker holds, grouped once per derived network (export asks this for every broker). */
export function connectorsOf(net: DerivedNetwork, brokerName: string): NetworkConnector[] {
  let map = byBroker.get(net);
  if (!map) {
    map = new Map();
    for (const c of net.connectors) {
      const list = map.get(c.broker);
      if (list) list.push(c);
      else map.set(c.broker, [c]);
    }
    byBroker.set(net, map);
  }
  return map.get(brokerName) ?? [];
}
