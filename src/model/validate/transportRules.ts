// Transport rules: two listeners on one port of one host, links that dial something other than an OpenWire
// transport (R12), and multicast discovery (R16).

import { dialedTransports } from '../connectors';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, Transport } from '../types';
import { isOpenWireScheme, isWildcardHost, parseUri } from '../uri';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

interface Listener {
  broker: Broker;
  transport: Transport;
  bind: string;
}

export function portConflictRule(net: DerivedNetwork): Diagnostic[] {
  const byMachinePort = new Map<string, Listener[]>();
  for (const broker of net.topology.brokers) {
    if (broker.role === 'external') continue;
    // Brokers with no host may be on any machine: compare their transports only with their own.
    const machine = broker.host ? `host:${broker.host.toLowerCase()}` : `broker:${broker.name}`;
    for (const transport of broker.transports) {
      const p = parseUri(transport.uri);
      if (!p || p.port === undefined || p.port === 0) continue;
      const key = `${machine}|${p.port}`;
      const listener = { broker, transport, bind: p.host.toLowerCase() };
      const list = byMachinePort.get(key);
      if (list) list.push(listener);
      else byMachinePort.set(key, [listener]);
    }
  }
  const out: Diagnostic[] = [];
  for (const [key, listeners] of byMachinePort) {
    if (listeners.length < 2) continue;
    const clash = listeners.some((a, i) => listeners.slice(i + 1).some((b) => isWildcardHost(a.bind) || isWildcardHost(b.bind) || a.bind === b.bind));
    if (!clash) continue;
    const port = key.slice(key.lastIndexOf('|') + 1);
    const names = listeners.map((l) => `${JSON.stringify(l.broker.name)}/${JSON.stringify(l.transport.name)}`);
    const host = listeners[0].broker.host || 'the same host';
    out.push(diagnostic('port-conflict', 'error',
      `Transports ${names.join(', ')} all listen on port ${port} of ${host}: only the first to start gets it, the others fail. Give each a different port${listeners.some((l) => l.broker !== listeners[0].broker) ? ' or put the brokers on different hosts' : ''}.`,
      listeners.map((l) => l.broker.name)));
  }
  return out;
}

export function targetTransportRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dialed = dialedTransports();
  for (const link of net.topology.links) {
    const target = net.brokerByName.get(link.to);
    if (!target || link.from === link.to || !net.brokerByName.has(link.from)) continue;
    const { transport: t, parsed: p } = dialed(link, target);
    if (p && isOpenWireScheme(p.scheme)) continue;
    // Only a problem gets its words: this runs for every link of the network.
    const id = linkId(link);
    const of = `Link ${JSON.stringify(id)} of ${JSON.stringify(link.from)}`;
    const to = JSON.stringify(target.name);
    let problem: string;
    if (link.transport !== undefined && !t) {
      problem = `${of} dials transport ${JSON.stringify(link.transport)}, which ${to} does not have. Pick one of its OpenWire transports.`;
    } else if (!t) {
      problem = `${of} has nothing to dial: ${to} has no OpenWire transport (tcp, ssl, nio, nio+ssl or auto). Add one, e.g. tcp://0.0.0.0:61616.`;
    } else if (!p) {
      problem = `${of} dials transport ${JSON.stringify(t.name)} of ${to}, whose URI ${JSON.stringify(t.uri)} cannot be read. Fix the URI.`;
    } else {
      problem = `${of} dials transport ${JSON.stringify(t.name)} of ${to}, which speaks ${p.scheme}, not OpenWire: the bridge fails its handshake and reconnects forever. Dial an OpenWire transport (tcp, ssl, nio, auto).`;
    }
    out.push(diagnostic('wrong-target-transport', 'error', problem, [link.from, link.to], [id]));
  }
  return out;
}

export function multicastRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const isMulticast = (uri: unknown) => typeof uri === 'string' && /^\s*multicast:/i.test(uri);
  for (const b of net.topology.brokers) {
    for (const t of b.transports) {
      if (isMulticast(t.discoveryUri) || isMulticast(t.uri)) {
        out.push(diagnostic('multicast-discovery', 'warning', `Transport ${JSON.stringify(t.name)} of ${JSON.stringify(b.name)} advertises itself by multicast: any broker in the multicast group may peer with it uncontrolled. Remove the discovery URI and use static links.`, [b.name]));
      }
    }
  }
  for (const b of net.topology.brokers) {
    for (const xml of b.imported?.connectors ?? []) {
      const uri = /\buri\s*=\s*["']([^"']*)/.exec(xml)?.[1];
      if (isMulticast(uri) || /<multicastNetworkConnector\b/.test(xml)) {
        out.push(diagnostic('multicast-discovery', 'warning', `${JSON.stringify(b.name)} has a network connector that finds its peers by multicast (${uri ?? 'multicastNetworkConnector'}): it bridges to whatever broker answers in the group. Use static links to named brokers.`, [b.name]));
      }
    }
  }
  for (const link of net.topology.links) {
    if (isMulticast(link.extra?.uri)) {
      out.push(diagnostic('multicast-discovery', 'warning', `Link ${JSON.stringify(linkId(link))} of ${JSON.stringify(link.from)} finds its peers by multicast: it bridges to whatever broker answers. Use a static link to a named broker.`, [link.from], [linkId(link)]));
    }
  }
  return out;
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const transportCodes: CodeMeta[] = [
  {
    code: 'port-conflict', severities: ['error'], fixable: true,
    title: 'Two transports bound to the same port on the same host',
    breaks: 'Only the first transport to start gets the port; the broker fails to start the other (and, by default, stops).',
    logLine: 'Failed to start Apache ActiveMQ … java.net.BindException: Address already in use',
    fix: 'Give each transport its own port, or put the brokers on different hosts.',
    example: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>\n<transportConnector name="stomp" uri="stomp://0.0.0.0:61616"/>',
  },
  {
    code: 'wrong-target-transport', severities: ['error'], refs: ['R12'], fixable: true,
    title: 'A link dials something other than an OpenWire transport of its target (or a plain/SSL mismatch)',
    breaks: 'Bridges speak OpenWire. Dialling the STOMP port, a transport the target does not have, or ssl:// against a plain port (or the reverse) fails the wire-format handshake; the bridge reconnects forever and forwards nothing.',
    logLine: 'Network bridge … failed: … Wire format negotiation timeout: peer did not send his wire format.',
    fix: 'Pick one of the target\'s OpenWire transports (tcp, nio, ssl, nio+ssl, auto) as the link\'s target transport; add one to the target if it has none.',
    example: '<!-- on de, dialling noc\'s STOMP port --> <networkConnector uri="static:(tcp://noc:61613)"/>',
  },
  {
    code: 'multicast-discovery', severities: ['warning'], refs: ['R16'],
    title: 'A multicast network connector or discovery URI',
    breaks: 'The broker peers with whatever broker answers in the multicast group (ActiveMQ 5.0-5.2 defaults networked every "localhost" broker this way). Multicast rarely crosses data centres and is not supported by Amazon MQ.',
    fix: 'Remove discoveryUri from transports and use static links to named brokers.',
    example: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616" discoveryUri="multicast://default"/>\n<networkConnector uri="multicast://default"/>',
  },
];
