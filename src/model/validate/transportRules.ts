// Transport rules: two listeners on one port of one host, links that dial something other than an OpenWire
// transport (R12), and multicast discovery (R16).

import { dialedTransport } from '../connectors';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, Transport } from '../types';
import { isOpenWireScheme, isWildcardHost, parseUri } from '../uri';
import { diagnostic } from './diagnostic';

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
  for (const link of net.topology.links) {
    const target = net.brokerByName.get(link.to);
    if (!target || link.from === link.to || !net.brokerByName.has(link.from)) continue;
    const t = dialedTransport(link, target);
    const p = t && parseUri(t.uri);
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
