// What the export writes into a designed broker to prevent the production pitfalls by construction
// (../shared/network-pitfalls.md): the queue replay policy (P1), networkConnectorStartAsync (P13) and local virtual
// topics (P7). The rules read the same answers (brokerFacts.ts), so a designed network never raises them.

import { hasReplayPolicy, networkVersion, replayNeedsAuditOff, atLeast } from './activemqVersion';
import { parseDiscoveryUri } from './discoveryUri';
import { connectorsOf, type DerivedNetwork } from './network';
import { rawConnectorInfo } from './rawConnector';
import type { Broker } from './types';

export interface SafeDefaults {
  /** `<policyEntry queue=">">` (and every other queue entry) with the conditional replay filter. */
  replay: boolean;
  /** Before 5.9 the replaying entries also need enableAudit="false". */
  auditOff: boolean;
  /** `networkConnectorStartAsync="true"` on `<broker>`: several connectors, or one static:(…) with several URIs. */
  startAsync: boolean;
  /** `<virtualTopic name="VirtualTopic.>" prefix="Consumer.*." local="true"/>`: forwarded topic messages are not fanned out again. */
  virtualTopicLocal: boolean;
}

interface Touch {
  queue: Uint8Array;
  any: Uint8Array;
}

const touches = new WeakMap<DerivedNetwork, Touch>();

/** Which brokers are an end of some bridge (any class, and queues), once per derived network. */
function touched(net: DerivedNetwork): Touch {
  let t = touches.get(net);
  if (!t) {
    const n = net.graph.size;
    t = { queue: new Uint8Array(n), any: new Uint8Array(n) };
    for (const b of net.graph.bridges) {
      t.any[b.from] = t.any[b.to] = 1;
      if (b.cls === 'queue') t.queue[b.from] = t.queue[b.to] = 1;
    }
    touches.set(net, t);
  }
  return t;
}

/** How many `<networkConnector>`s a broker's file holds, and whether one of them dials several URIs statically. */
export function connectorCount(net: DerivedNetwork, broker: Broker): { count: number; multiUri: boolean } {
  let count = 0;
  let multiUri = false;
  const own = net.brokerByName.get(broker.name) === broker ? connectorsOf(net, broker.name) : [];
  for (const c of own) {
    if (c.raw?.targetIndex) {
      multiUri = true;
      continue;
    }
    count++;
    if (c.raw && !multiUri) {
      const d = parseDiscoveryUri(rawConnectorInfo(c.raw.xml).uri);
      if (d.kind === 'static' && d.targets.length > 1) multiUri = true;
    }
  }
  for (const xml of broker.imported?.connectors ?? []) {
    count++;
    const uri = /\buri\s*=\s*["']([^"']*)/.exec(xml)?.[1];
    const d = uri ? parseDiscoveryUri(uri) : undefined;
    if (d?.kind === 'static' && d.targets.length > 1) multiUri = true;
  }
  return { count, multiUri };
}

/** The safe defaults the export writes into a designed (not imported) broker. */
export function safeDefaults(net: DerivedNetwork, broker: Broker): SafeDefaults {
  const v = networkVersion(net.topology);
  const i = net.graph.index.get(broker.name);
  const t = touched(net);
  const first = i !== undefined && net.topology.brokers[i] === broker;
  const { count, multiUri } = connectorCount(net, broker);
  return {
    replay: hasReplayPolicy(v) && (net.topology.settings.preset === 'mcollective' || (first && t.queue[i!] === 1)),
    auditOff: replayNeedsAuditOff(v),
    startAsync: atLeast(v, 5) && (count >= 2 || multiUri),
    virtualTopicLocal: atLeast(v, 6) && first && t.any[i!] === 1,
  };
}
