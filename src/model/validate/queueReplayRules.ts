// P1 (network-pitfalls.md): brokers joined by queue bridges in both directions strand queue messages when a consumer
// moves: a message forwarded to B is never sent back to A (A is in its broker path) unless B's policy for the queue
// has conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true" (and, below 5.9, enableAudit="false").

import { hasReplayPolicy, networkVersion, replayNeedsAuditOff } from '../activemqVersion';
import { brokerFacts, type QueuePolicy } from '../brokerFacts';
import type { NetworkConnector } from '../connectors';
import type { DerivedNetwork } from '../network';
import { connectorForwards } from '../simulate';
import type { Diagnostic } from '../types';
import { diagnostic, quoteList, unique } from './diagnostic';
import type { CodeMeta } from './meta';
import { judged, policyFor, sampleOf } from './pitfallShared';

export const queueReplayMeta: CodeMeta[] = [{
  code: 'stranded-queue-messages',
  severities: ['warning'],
  title: 'Queue messages can be stranded: brokers exchange queues both ways, and the receiving one has no replay policy',
  refs: ['P1'],
  breaks: 'A consumer takes queue messages over the bridge and leaves (failover, restart): what was forwarded to its broker stays there, because a message is never forwarded back to a broker already in its path. Measured on 5.17: 0 of 10 arrive at the new consumer; 10 of 10 with the policy.',
  fix: 'On every broker that receives networked queues: <policyEntry queue=">"> with <networkBridgeFilterFactory><conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true"/></networkBridgeFilterFactory> (below 5.9 also enableAudit="false"). Designed brokers get it from the export; the one-click fix adds it to an imported file.',
  example: '<policyEntry queue=">"/>  <!-- on a broker with a duplex link: no replay -->',
  fixable: true,
}];

const GENERAL = ['x', 'x.y.z'];

/** The queue names a receiving broker must replay: what its incoming connectors forward, plus names its own policy entries single out. */
function samplesFor(incoming: NetworkConnector[], patterns: string[]): string[] {
  const names = new Set<string>();
  for (const c of incoming) {
    const inc = (c.dynamicallyIncludedDestinations ?? []).filter((f) => f.type === 'queue');
    for (const n of inc.length ? inc.map((f) => sampleOf(f.physicalName)) : GENERAL) names.add(n);
    for (const p of patterns) names.add(sampleOf(p));
  }
  return [...names].filter((n) => incoming.some((c) => connectorForwards(c, { type: 'queue', name: n })));
}

export function strandedQueueRule(net: DerivedNetwork): Diagnostic[] {
  const { graph } = net;
  const v = networkVersion(net.topology);
  // The export writes the replay policy on every designed broker a queue bridge touches (safeDefaults.ts): from 5.6
  // only imported receivers can lack it, and a network with none needs no further look.
  const designedCovered = hasReplayPolicy(v);
  const candidate = (i: number) => !designedCovered || net.topology.brokers[i]?.imported !== undefined;
  if (!graph.bridges.some((b) => b.cls === 'queue' && candidate(b.to))) return [];
  // Incoming queue connectors per receiving broker, from senders it also sends queues back to.
  const key = (a: number, b: number) => a * graph.size + b;
  const directions = new Set<number>();
  for (const b of graph.bridges) if (b.cls === 'queue') directions.add(key(b.from, b.to));
  const incoming = new Map<number, { connectors: NetworkConnector[]; peers: number[]; links: string[] }>();
  for (const b of graph.bridges) {
    if (b.cls !== 'queue' || !candidate(b.to) || !directions.has(key(b.to, b.from))) continue;
    const entry = incoming.get(b.to) ?? { connectors: [], peers: [], links: [] };
    entry.connectors.push(b.connector);
    entry.peers.push(b.from);
    entry.links.push(b.connector.linkId);
    incoming.set(b.to, entry);
  }
  const out: Diagnostic[] = [];
  const auditOff = replayNeedsAuditOff(v);
  for (const [i, { connectors, peers, links }] of incoming) {
    const broker = judged(net, i);
    if (!broker) continue;
    const facts = brokerFacts(net, broker);
    // A policy whose every queue entry replays, one of them for ">", covers whatever the bridges bring.
    const effective = (p: QueuePolicy) => p.replay && (!auditOff || p.auditOff);
    if (facts.queuePolicies.every(effective) && facts.queuePolicies.some((p) => p.pattern === '>')) continue;
    const samples = samplesFor(unique(connectors), facts.queuePolicies.map((p) => p.pattern));
    const uncovered = samples.filter((n) => {
      const p = policyFor(facts.queuePolicies, n);
      return !p || !p.replay || (auditOff && !p.auditOff);
    });
    if (!uncovered.length) continue;
    const peerNames = unique(peers.map((p) => graph.names[p]));
    const auditOnly = uncovered.every((n) => policyFor(facts.queuePolicies, n)?.replay);
    const why = auditOnly
      ? `its replay policy lacks enableAudit="false", which ActiveMQ ${v.text} needs (before 5.9 the cursor audit drops a replayed message)`
      : !hasReplayPolicy(v) ? `ActiveMQ ${v.text} has no replay policy at all (it came with 5.6)` : `no policy entry with conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true" covers queues such as ${quoteList(uncovered.slice(0, 2))}`;
    out.push(diagnostic('stranded-queue-messages', 'warning',
      `${JSON.stringify(broker.name)} exchanges queues both ways with ${quoteList(peerNames)}, but ${why}: queue messages forwarded to ${JSON.stringify(broker.name)} stay there when their consumer moves to another broker. Add <policyEntry queue=">"> with the replay filter${auditOff ? ' and enableAudit="false"' : ''}.`,
      [broker.name, ...peerNames], unique(links)));
  }
  return out;
}
