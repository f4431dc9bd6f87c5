// P7 (network-pitfalls.md): a topic message forwarded to a broker that fans virtual topics out locally is fanned out
// again there, into Consumer.*.VirtualTopic.* queues that already get the copy forwarded over the queue bridge: the
// consumers see duplicates. Bridge the topic or the consumer queues, not both, or set local="true" on the receiver.

import { brokerFacts, type VirtualTopicSetting } from '../brokerFacts';
import { matchesDestination } from '../destinations';
import { atLeast, networkVersion } from '../activemqVersion';
import type { Adjacency, Bridge } from '../graph';
import type { DerivedNetwork } from '../network';
import { connectorForwards } from '../simulate';
import type { Broker, Diagnostic } from '../types';
import { diagnostic, quoteList, unique } from './diagnostic';
import type { CodeMeta } from './meta';
import { judged, sampleOf } from './pitfallShared';

export const virtualTopicMeta: CodeMeta[] = [{
  code: 'virtual-topic-duplicates',
  severities: ['warning'],
  title: 'Virtual topics fanned out twice: both the topic and its consumer queues are bridged, and local is not set',
  refs: ['P7'],
  breaks: 'Consumers of Consumer.*.VirtualTopic.* queues on the receiving broker get a message twice: once fanned out at the origin and forwarded as a queue message, once fanned out again from the forwarded topic message (measured on 5.17: every message reaches the receiving queue twice; the queue audit or its duplicate check catches some copies, the rest are delivered twice).',
  fix: '<virtualTopic name="VirtualTopic.>" prefix="Consumer.*." local="true"/> in <destinationInterceptors> on the receiving broker (the designer exports it; the one-click fix adds it), or exclude either the topic or its consumer queues from the connector.',
  example: 'two brokers with ActiveMQ\'s default virtual topics and a duplex connector that excludes nothing',
  fixable: true,
}];

/** The topic and queue names a virtual topic setting stands for. */
export function virtualSamples(vt: VirtualTopicSetting): { topic: string; queue: string } {
  const topic = sampleOf(vt.name);
  return { topic, queue: `${vt.prefix.replace(/\*/g, 'x')}${topic}${vt.postfix.replace(/\*/g, 'x')}` };
}

const NONE: VirtualTopicSetting[] = [];

export function virtualTopicRule(net: DerivedNetwork): Diagnostic[] {
  const { graph } = net;
  // From 5.6 the export writes local="true" on every designed broker a bridge touches (safeDefaults.ts), so only an
  // imported receiver can fan out again. What each receiver fans out is read once, not once per bridge.
  const designedLocal = atLeast(networkVersion(net.topology), 6);
  const fanOuts: (VirtualTopicSetting[] | undefined)[] = new Array(graph.size);
  const fanOutOf = (i: number, receiver: Broker): VirtualTopicSetting[] => {
    let f = fanOuts[i];
    if (f === undefined) {
      f = designedLocal && !receiver.imported ? NONE : brokerFacts(net, receiver).virtualTopics.filter((vt) => !vt.local);
      fanOuts[i] = f;
    }
    return f;
  };
  let queues: Adjacency | undefined;
  const found = new Map<number, { peers: string[]; links: string[]; topic: string }>();
  for (const b of graph.bridges) {
    if (b.cls !== 'topic') continue;
    const receiver = judged(net, b.to);
    if (!receiver) continue;
    const fanOut = fanOutOf(b.to, receiver);
    if (!fanOut.length) continue;
    const sender = judged(net, b.from);
    if (!sender) continue;
    const origin = brokerFacts(net, sender).virtualTopics;
    if (!origin.length) continue;
    queues ??= graph.adjacencyOf('queue');
    for (const vt of fanOut) {
      const s = virtualSamples(vt);
      if (!connectorForwards(b.connector, { type: 'topic', name: s.topic })) continue;
      if (!origin.some((o) => matchesDestination(o.name, s.topic))) continue;
      let queueBridge: Bridge | undefined;
      for (let e = queues.start[b.from]; e < queues.start[b.from + 1] && !queueBridge; e++) {
        const q = queues.edges[e];
        if (q.to === b.to && connectorForwards(q.connector, { type: 'queue', name: s.queue })) queueBridge = q;
      }
      if (!queueBridge) continue;
      const e = found.get(b.to) ?? { peers: [], links: [], topic: vt.name };
      e.peers.push(graph.names[b.from]);
      e.links.push(b.connector.linkId, queueBridge.connector.linkId);
      found.set(b.to, e);
      break;
    }
  }
  return [...found.entries()].map(([i, { peers, links, topic }]) => {
    const name = graph.names[i];
    return diagnostic('virtual-topic-duplicates', 'warning',
      `${JSON.stringify(name)} fans out virtual topics (${JSON.stringify(topic)}) without local="true", and the bridges from ${quoteList(unique(peers))} carry both the topic and its consumer queues: consumers of those queues on ${JSON.stringify(name)} receive messages twice. Set local="true" on the virtualTopic of ${JSON.stringify(name)}, or exclude the topic or the consumer queues from the bridge.`,
      [name, ...unique(peers)], unique(links));
  });
}
