// What the pitfalls change in where a message goes (network-pitfalls.md): demand needs advisories at the consumer's
// side of a bridge (P2), and a virtual topic whose topic and consumer queues both cross is fanned out twice (P7).

import { brokerFacts } from './brokerFacts';

import { matchesDestination } from './destinations';
import type { Bridge } from './graph';
import type { DerivedNetwork } from './network';
import { deriveNetwork } from './network';
import { rawConnectorInfo } from './rawConnector';
import { type Destination, type FlowResult, type Simulation, simulate } from './simulate';
import type { Topology } from './types';

/**
 * Whether a bridge learns of demand for `d`: the broker it forwards to announces its consumers by advisory, unless
 * the connector includes `d` statically (a static include forwards without demand).
 */
export function demandReaches(net: DerivedNetwork, b: Bridge, d: Destination): boolean {
  const target = net.topology.brokers[b.to];
  if (!target || brokerFacts(net, target).advisorySupport) return true;
  if (!b.connector.raw) return false;
  return rawConnectorInfo(b.connector.raw.xml).staticallyIncluded.some((f) => f.type === d.type && matchesDestination(f.physicalName, d.name));
}

/** True when broker `name` fans `topic` out into `queue` (forwarded messages too unless `local`). */
function fansOut(net: DerivedNetwork, name: string, topic: string, queue: string, forwarded: boolean): boolean {
  const b = net.brokerByName.get(name);
  if (!b) return false;
  return brokerFacts(net, b).virtualTopics.some((vt) => {
    if (forwarded && vt.local) return false;
    if (!matchesDestination(vt.name, topic)) return false;
    const prefix = vt.prefix;
    if (!queue.startsWith(prefix.replace(/\*.*$/, '')) || !queue.endsWith(`${topic}${vt.postfix}`)) return false;
    const middle = queue.slice(0, queue.length - topic.length - vt.postfix.length);
    return matchesDestination(prefix.replace(/\.$/, ''), middle.replace(/\.$/, ''));
  });
}

/**
 * A message published to virtual topic `via` at `from`, consumed from queue `destination` at each of `to`: one copy
 * when the origin fans it out into the queue and the queue's route delivers it, one more when the topic itself
 * reaches the consumer's broker and is fanned out again there (no local="true").
 */
export function simulateVirtualTopic(topology: Topology, from: string, to: string[], destination: Destination, via: Destination): Simulation {
  const net = deriveNetwork(topology);
  const queueSim = simulate(topology, from, to, destination).results;
  const topicSim = simulate(topology, from, to, via).results;
  const results = to.map((name, i): FlowResult => {
    if (name === from) {
      const copies = fansOut(net, from, via.name, destination.name, false) ? 1 : 0;
      return { to: name, delivered: copies > 0, path: copies ? [from] : [], copies, ...(copies ? {} : { reason: `${JSON.stringify(from)} has no virtual topic fanning ${via.name} out into ${destination.name}` }) };
    }
    const q = queueSim[i];
    const t = topicSim[i];
    const viaQueue = fansOut(net, from, via.name, destination.name, false) && q.delivered;
    const viaTopic = t.delivered && fansOut(net, name, via.name, destination.name, true);
    const copies = Number(viaQueue) + Number(viaTopic);
    const route = viaQueue ? q : viaTopic ? t : undefined;
    return { to: name, delivered: copies > 0, path: route?.path ?? [], ...(route?.hops ? { hops: route.hops } : {}), copies, ...(copies ? {} : { reason: q.reason ?? t.reason ?? 'no fan-out reaches the consumer queue' }) };
  });
  return { destination: `${destination.type}://${destination.name}`, from, results };
}


