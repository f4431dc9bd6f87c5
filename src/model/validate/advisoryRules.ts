// P2 (network-pitfalls.md): a bridge learns demand from the advisory topics of the broker where the consumers live.
// With advisorySupport="false" there, a dynamic bridge never sees a consumer: it shows as connected and forwards
// nothing. Only a fully static connector (staticBridge="true") works without advisories.

import { brokerFacts } from '../brokerFacts';
import type { DerivedNetwork } from '../network';
import { rawConnectorInfo } from '../rawConnector';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';
import { judged } from './pitfallShared';

export const advisoryMeta: CodeMeta[] = [{
  code: 'advisory-support-off',
  severities: ['error'],
  title: 'A dynamic bridge forwards to a broker with advisorySupport="false": it never learns of a consumer',
  refs: ['P2'],
  breaks: 'The bridge is established, but no consumer advisory reaches it, so nothing is forwarded to that broker: its consumers get no message from the rest of the network (measured on 5.17: neither queue nor topic messages cross; the other direction delivers).',
  fix: 'Remove advisorySupport="false" (the default is true; the one-click fix removes it), or make the connector fully static: staticBridge="true" with <staticallyIncludedDestinations>.',
  example: '<broker brokerName="b" advisorySupport="false"> … dialled by <networkConnector uri="static:(tcp://b:61616)"/>',
  fixable: true,
}];

export function advisoryRule(net: DerivedNetwork): Diagnostic[] {
  // Only a file can turn advisories off (designed brokers keep the default): find those brokers first.
  const off = new Set<number>();
  net.topology.brokers.forEach((b, i) => {
    if (b.imported && judged(net, i) && !brokerFacts(net, b).advisorySupport) off.add(i);
  });
  if (off.size === 0) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const b of net.graph.bridges) {
    if (!off.has(b.to)) continue;
    const consumerSide = net.topology.brokers[b.to];
    const c = b.connector;
    if (c.raw && rawConnectorInfo(c.raw.xml).attributes.get('staticBridge')?.trim().toLowerCase() === 'true') continue;
    const key = `${c.linkId}\u0000${b.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = net.graph.names[b.from];
    out.push(diagnostic('advisory-support-off', 'error',
      `${JSON.stringify(consumerSide.name)} has advisorySupport="false", but link ${JSON.stringify(c.linkId)} forwards to it from ${JSON.stringify(from)} on demand: the bridge never hears of a consumer on ${JSON.stringify(consumerSide.name)}, so nothing from ${JSON.stringify(from)} is delivered there. Turn advisory support back on, or make the connector static (staticBridge="true" with staticallyIncludedDestinations).`,
      [consumerSide.name, from], [c.linkId]));
  }
  return out;
}
