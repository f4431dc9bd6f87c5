// Settings of kept (imported) network connectors that break or change a network (network-pitfalls.md): a prefetch
// that stops the broker from starting (P9), a static include that an exclude cancels on 5.14+ (P10), and
// decreaseNetworkConsumerPriority left to a default that flips in 5.18 (P4). Designed connectors write all three
// right, so only connectors kept as written are checked.

import { defaultDecreasePriority, excludesWinOverStatic, networkVersion } from '../activemqVersion';
import { matchesDestination } from '../destinations';
import type { DerivedNetwork } from '../network';
import { rawConnectorInfo } from '../rawConnector';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

export const connectorSettingsMeta: CodeMeta[] = [
  {
    code: 'network-prefetch-invalid',
    severities: ['error'],
    title: 'A network connector with prefetchSize 0 or below: the broker does not start',
    refs: ['P9'],
    breaks: 'NetworkBridgeConfiguration refuses the value while Spring builds the broker, so the whole broker fails to start (measured on 5.17).',
    logLine: 'IllegalArgumentException: prefetchSize must be > 0 because network consumers do not poll',
    fix: 'Remove prefetchSize (default 1000) or set it to 1 or more. The one-click fix removes the attribute.',
    example: '<networkConnector name="a-b" uri="static:(tcp://b:61616)" prefetchSize="0"/>',
    fixable: true,
  },
  {
    code: 'static-include-excluded',
    severities: ['warning'],
    title: 'A statically included destination is also excluded: the outcome depends on the version',
    refs: ['P10'],
    breaks: 'From 5.14 (AMQ-6331) the exclude wins and the static include forwards nothing; before 5.14 the include wins. Upgrading silently changes what crosses the bridge.',
    fix: 'Remove the destination from one of the two lists, so the file says one thing on every version.',
    example: '<staticallyIncludedDestinations><queue physicalName="S"/></staticallyIncludedDestinations><excludedDestinations><queue physicalName=">"/></excludedDestinations>',
  },
  {
    code: 'consumer-priority-implicit',
    severities: ['info'],
    title: 'decreaseNetworkConsumerPriority is left to its default, which flips between 5.17 and 5.18',
    refs: ['P4'],
    breaks: 'Up to 5.17 a network consumer competes with local consumers as an equal (about half of a backlog crosses the WAN); from 5.18 it only gets the overflow. An upgrade changes queue dispatch with no change to the file.',
    fix: 'Write decreaseNetworkConsumerPriority explicitly ("true": local consumers first, as the designer exports). The one-click fix writes "true".',
    example: '<networkConnector name="a-b" uri="static:(tcp://b:61616)"/>',
    fixable: true,
  },
];

function int(v: string | undefined): number | undefined {
  return v !== undefined && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined;
}

export function connectorSettingsRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const v = networkVersion(net.topology);
  for (const c of net.connectors) {
    if (!c.raw || c.raw.targetIndex) continue;
    const info = rawConnectorInfo(c.raw.xml);
    const where = `Connector ${JSON.stringify(c.name)} of ${JSON.stringify(c.broker)}`;
    const ends = [c.broker, c.target];
    const prefetch = int(info.attributes.get('prefetchSize'));
    if (prefetch !== undefined && prefetch <= 0) {
      out.push(diagnostic('network-prefetch-invalid', 'error',
        `${where} has prefetchSize="${prefetch}": ActiveMQ refuses it ("prefetchSize must be > 0 because network consumers do not poll") and ${JSON.stringify(c.broker)} does not start. Remove the attribute (default 1000) or set it to 1 or more.`,
        ends, [c.linkId]));
    }
    for (const inc of info.staticallyIncluded) {
      const ex = info.excluded.find((e) => e.type === inc.type && (matchesDestination(e.physicalName, inc.physicalName) || matchesDestination(inc.physicalName, e.physicalName)));
      if (!ex) continue;
      const outcome = excludesWinOverStatic(v)
        ? `on ActiveMQ ${v.text} the exclude wins, so the static include forwards nothing`
        : `on ActiveMQ ${v.text} the include wins, but from 5.14 the exclude does`;
      out.push(diagnostic('static-include-excluded', 'warning',
        `${where} statically includes ${inc.type} ${JSON.stringify(inc.physicalName)} and also excludes ${JSON.stringify(ex.physicalName)}: ${outcome}. Remove it from one of the lists.`,
        ends, [c.linkId]));
    }
    if (!info.attributes.has('decreaseNetworkConsumerPriority') && info.carries.includes('queue')) {
      out.push(diagnostic('consumer-priority-implicit', 'info',
        `${where} leaves decreaseNetworkConsumerPriority to its default: ${defaultDecreasePriority(v)} on ActiveMQ ${v.text}, but ${v.minor >= 18 ? 'false up to 5.17' : 'true from 5.18'}, so queue dispatch between local and remote consumers changes with the version. Write it explicitly (true: local consumers first).`,
        ends, [c.linkId]));
    }
  }
  return out;
}
