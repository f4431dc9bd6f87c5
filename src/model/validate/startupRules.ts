// P13 (network-pitfalls.md): network connectors start one after another, and a static URI whose peer drops SYNs
// blocks in connect() for up to the connection timeout (30 s), holding up every bridge after it. A broker with two or
// more connectors (or one static:(a,b)) should set networkConnectorStartAsync="true".

import { atLeast, networkVersion } from '../activemqVersion';
import { brokerFacts } from '../brokerFacts';
import type { DerivedNetwork } from '../network';
import { connectorCount } from '../safeDefaults';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

export const startupMeta: CodeMeta[] = [{
  code: 'connectors-start-serially',
  severities: ['warning'],
  title: 'Several network connectors started one after another (no networkConnectorStartAsync="true")',
  refs: ['P13'],
  breaks: 'A peer that is black-holed (its SYNs dropped) holds the connector in connect() for the connection timeout; the bridges listed after it, and what the broker starts after its connectors, wait that long (measured on 5.17: each connector to a peer that drops SYNs held the start for 30 s).',
  fix: 'networkConnectorStartAsync="true" on <broker> (5.5+). Designed brokers get it from the export; the one-click fix adds it to an imported file.',
  example: '<broker brokerName="a"> with two <networkConnector>s',
  fixable: true,
}];

export function startupRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  // From 5.5 the export starts a designed broker's connectors asynchronously whenever it has several (safeDefaults.ts
  // counts them as below): only imported brokers can be told, and nothing of a designed one need be counted.
  const designedSafe = atLeast(networkVersion(net.topology), 5);
  for (const b of net.topology.brokers) {
    if (b.role === 'external' || (designedSafe && !b.imported) || net.brokerByName.get(b.name) !== b) continue;
    const { count, multiUri } = connectorCount(net, b);
    if ((count < 2 && !multiUri) || brokerFacts(net, b).startAsync) continue;
    const what = count >= 2 ? `${count} network connectors` : 'a static: connector with several URIs';
    out.push(diagnostic('connectors-start-serially', 'warning',
      `${JSON.stringify(b.name)} has ${what} and starts them one after another: a peer that does not answer holds up the bridges after it for the connection timeout (30 s). Set networkConnectorStartAsync="true" on its <broker>.`,
      [b.name]));
  }
  return out;
}
