// Amazon MQ rules (target `amazon-mq` only; ../shared/amazon-mq/NOTES.md part 2): what the service removes from a
// configuration on upload, its password policy, links that are not OpenWire over TLS on 61617, bridge users that
// are not the same on both ends, and connectors whose endpoint references the deployment cannot order.

import { amazonMqConfig } from '../amazonMq/configXml';
import { OPENWIRE_SSL_PORT, engineVersion, isAmazonMq, unsupportedVersion } from '../amazonMq/engine';
import { describeRemoval } from '../amazonMq/sanitize';
import { awsBrokerName } from '../amazonMq/terraform';
import { dialedTransport } from '../connectors';
import { parseDiscoveryUri } from '../discoveryUri';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import { rawConnectorInfo } from '../rawConnector';
import type { Broker, Diagnostic, Link, Transport } from '../types';
import { dialScheme, isOpenWireScheme, parseUri } from '../uri';
import { diagnostic, quoteList } from './diagnostic';
import { amazonMqCycles } from './amazonMqCycles';
import type { CodeMeta } from './meta';

const q = JSON.stringify;

/** The endpoints the service gives every broker (scheme, port); nothing else listens. */
const SERVICE_PORTS: Record<number, string[]> = { 61617: ['ssl', 'nio+ssl'], 5671: ['amqp+ssl'], 61614: ['stomp+ssl'], 8883: ['mqtt+ssl'], 61619: ['wss'] };

function serviceTransport(t: Transport): boolean {
  const p = parseUri(t.uri);
  return !!p && p.port !== undefined && (SERVICE_PORTS[p.port] ?? []).includes(p.scheme.toLowerCase());
}

const exported = (net: DerivedNetwork) => net.topology.brokers.filter((b) => b.role !== 'external' && net.brokerByName.get(b.name) === b);

export function amazonMqUnsupportedRule(net: DerivedNetwork): Diagnostic[] {
  if (!isAmazonMq(net.topology)) return [];
  const out: Diagnostic[] = [];
  const version = engineVersion(net.topology.settings);
  if (unsupportedVersion(net.topology.settings)) {
    out.push(diagnostic('amazon-mq-unsupported', 'warning', `ActiveMQ version ${q(net.topology.settings.activemqVersion)} is not an Amazon MQ engine version (5.17, 5.18, 5.19): the export targets ${version}. Set the version in the network settings.`));
  }
  for (const b of exported(net)) {
    if (awsBrokerName(b.name) !== b.name) {
      out.push(diagnostic('amazon-mq-unsupported', 'warning', `Amazon MQ broker names hold 1-50 letters, digits, "-" and "_": ${q(b.name)} is created as ${q(awsBrokerName(b.name))}.`, [b.name]));
    }
    for (const t of b.transports) {
      if (serviceTransport(t)) continue;
      out.push(diagnostic('amazon-mq-unsupported', 'warning', `Transport ${q(t.name)} (${t.uri}) of ${q(b.name)}: Amazon MQ fixes protocols and ports (OpenWire ssl 61617, STOMP stomp+ssl 61614, AMQP 5671, MQTT 8883, WSS 61619; TLS only), so the configuration carries no transport and this one will not exist.`, [b.name]));
    }
    if (b.ssl) {
      out.push(diagnostic('amazon-mq-unsupported', 'warning', `The SSL context of ${q(b.name)} (key and trust stores): Amazon MQ terminates TLS with its own certificate and removes <sslContext>; the stores are not used.`, [b.name]));
    }
    for (const r of amazonMqConfig(net, b).removed) {
      out.push(diagnostic('amazon-mq-unsupported', 'warning', `Amazon MQ ${version} removes ${describeRemoval(r)} from the configuration of ${q(b.name)} on upload (its schema does not allow it): the broker runs without it.`, [b.name]));
    }
  }
  return out;
}

/** Why a password breaks the service's policy, or undefined. */
export function passwordPolicyProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < 12) return `has ${length} characters (Amazon MQ needs at least 12)`;
  if (length > 250) return `has ${length} characters (Amazon MQ allows at most 250)`;
  if (new Set(password).size < 4) return `has fewer than 4 different characters`;
  const bad = [',', ':', '='].filter((c) => password.includes(c));
  if (bad.length) return `holds ${bad.map((c) => `"${c}"`).join(' and ')}, which Amazon MQ refuses`;
  return undefined;
}

export function amazonMqPasswordRule(net: DerivedNetwork): Diagnostic[] {
  if (!isAmazonMq(net.topology)) return [];
  const out: Diagnostic[] = [];
  for (const b of exported(net)) {
    for (const u of b.users ?? []) {
      const p = passwordPolicyProblem(u.password);
      if (p) out.push(diagnostic('amazon-mq-password-policy', 'error', `The password of user ${q(u.username)} on ${q(b.name)} ${p}: the broker cannot be created with it. Use 12-250 characters, at least 4 different, none of , : =.`, [b.name]));
    }
  }
  for (const link of net.topology.links) {
    if (link.password === undefined) continue;
    const p = passwordPolicyProblem(link.password);
    if (p) out.push(diagnostic('amazon-mq-password-policy', 'error', `The bridge password of link ${q(linkId(link))} ${p}: the bridge user cannot exist with it on Amazon MQ.`, [link.from, link.to], [linkId(link)]));
  }
  return out;
}

/** What is wrong with how a link dials its target on Amazon MQ, or undefined. */
function transportProblem(link: Link, target: Broker): string | undefined {
  if (typeof link.extra?.uri === 'string' && /^\s*multicast:/i.test(link.extra.uri)) return 'finds its peer by multicast discovery, which Amazon MQ does not support';
  if (link.connectors) {
    for (const raw of link.connectors) {
      const uri = rawConnectorInfo(raw.xml).uri;
      const d = parseDiscoveryUri(uri);
      if (d.kind !== 'static' && d.kind !== 'masterslave') return `uses ${q(uri)}: Amazon MQ links are static:(ssl://…:61617) or masterslave:(…), never discovery`;
      const wrong = d.targets.flatMap((t) => t.hosts).find((h) => dialScheme(h.scheme) !== 'ssl' || !isOpenWireScheme(h.scheme) || h.port !== OPENWIRE_SSL_PORT);
      if (wrong) return `dials ${wrong.scheme}://${wrong.host}:${wrong.port ?? ''} (${q(uri)}): Amazon MQ brokers accept network connectors only on OpenWire over TLS, ssl://…:61617`;
    }
    return undefined;
  }
  // A target without transports is the service's plain broker: the export dials its 61617 endpoint.
  if (link.transport === undefined && target.transports.length === 0) return undefined;
  const t = dialedTransport(link, target);
  if (!t) return `dials ${link.transport !== undefined ? `transport ${q(link.transport)}, which ${q(target.name)} does not have` : `no OpenWire transport of ${q(target.name)}`}`;
  const p = parseUri(t.uri);
  if (!p || !isOpenWireScheme(p.scheme) || dialScheme(p.scheme) !== 'ssl' || p.port !== OPENWIRE_SSL_PORT) {
    return `dials transport ${q(t.name)} (${t.uri}) of ${q(target.name)}: on Amazon MQ a network connector must dial OpenWire over TLS on ${OPENWIRE_SSL_PORT}`;
  }
  return undefined;
}

export function amazonMqTransportRule(net: DerivedNetwork): Diagnostic[] {
  if (!isAmazonMq(net.topology)) return [];
  const out: Diagnostic[] = [];
  for (const link of net.topology.links) {
    const target = net.brokerByName.get(link.to);
    if (!target || !net.brokerByName.has(link.from) || link.from === link.to) continue;
    const p = transportProblem(link, target);
    if (p) out.push(diagnostic('amazon-mq-transport', 'error', `Link ${q(linkId(link))} of ${q(link.from)} ${p}. The bridge would never form.`, [link.from, link.to], [linkId(link)]));
  }
  for (const b of exported(net)) {
    for (const xml of b.imported?.connectors ?? []) {
      const uri = /\buri\s*=\s*["']([^"']*)/.exec(xml)?.[1] ?? '';
      out.push(diagnostic('amazon-mq-transport', 'error', `${q(b.name)} has a network connector that discovers its peers (${uri || 'no static URI'}): Amazon MQ supports only static:(ssl://…:61617) and masterslave:(…) links to named brokers.`, [b.name]));
    }
  }
  return out;
}

export function amazonMqBridgeUserRule(net: DerivedNetwork): Diagnostic[] {
  if (!isAmazonMq(net.topology)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const c of net.connectors) {
    const from = net.brokerByName.get(c.broker);
    const to = net.brokerByName.get(c.target);
    if (!from || !to || from === to) continue;
    const key = `${c.linkIndex}`;
    if (seen.has(key)) continue;
    const id = c.linkId;
    if (!c.userName) {
      seen.add(key);
      out.push(diagnostic('amazon-mq-bridge-user', 'error', `Link ${q(id)} has no bridge user: on Amazon MQ every network connector names a broker user (userName), whose password the service fills in.`, [from.name, to.name], [id]));
      continue;
    }
    const ends = [from, to].filter((b) => b.role !== 'external');
    const users = ends.map((b) => ({ b, u: b.users?.find((x) => x.username === c.userName) }));
    const missing = users.filter((x) => !x.u).map((x) => x.b.name);
    // The password that must hold on both ends: the link's own, else the one of the first end that has the user.
    const password = c.password ?? users.find((x) => x.u)?.u?.password;
    const other = users.filter((x) => x.u && x.u.password !== password).map((x) => x.b.name);
    if (!missing.length && !other.length) continue;
    seen.add(key);
    const parts = [
      missing.length ? `user ${q(c.userName)} is missing on ${quoteList(missing)}` : '',
      other.length ? `${quoteList(other)} ${other.length === 1 ? 'has' : 'have'} it with another password${c.password !== undefined ? ' than the link' : ''}` : '',
    ].filter(Boolean);
    out.push(diagnostic('amazon-mq-bridge-user', 'error', `Link ${q(id)}: ${parts.join(', and ')}. Amazon MQ injects the password of the user named by userName, so that user must exist with the same password on both brokers; the bridge is refused otherwise.`, [from.name, to.name], [id]));
  }
  return out;
}

export function amazonMqCycleRule(net: DerivedNetwork): Diagnostic[] {
  if (!isAmazonMq(net.topology)) return [];
  return amazonMqCycles(net).map((cycle) => {
    const pair = cycle.brokers.length === 2;
    const how = pair
      ? `${quoteList(cycle.brokers)} dial each other, so each one's configuration needs the other's endpoint first. Keep one duplex link from one side`
      : `the configurations of ${quoteList(cycle.brokers)} need each other's endpoints in a ring. Turn a link around so that the links run one way (duplex links carry both directions)`;
    return diagnostic('amazon-mq-dependency-cycle', 'error', `Terraform cannot order these brokers: ${how}.`, cycle.brokers, cycle.links);
  });
}

export const amazonMqCodes: CodeMeta[] = [
  {
    code: 'amazon-mq-unsupported', severities: ['warning'],
    title: '(Amazon MQ) Something the engine version\'s schema does not allow, or the service does not offer',
    breaks: 'Amazon MQ silently removes on upload every element and attribute its schema for the engine version lacks (DISALLOWED_ELEMENT_REMOVED, DISALLOWED_ATTRIBUTE_REMOVED, INVALID_ATTRIBUTE_VALUE_REMOVED): the broker runs without it. Transports and SSL stores are the service\'s own.',
    fix: 'Drop the item from the design, or accept that the broker runs without it. For transports and SSL contexts the one-click fix gives the broker the service\'s endpoints (OpenWire ssl 61617, STOMP stomp+ssl 61614) and no stores.',
    example: '<broker … useJmx="false">  <!-- useJmx is not in the Amazon MQ schema -->',
    fixable: true,
  },
  {
    code: 'amazon-mq-password-policy', severities: ['error'],
    title: '(Amazon MQ) A password outside the service\'s policy',
    breaks: 'Amazon MQ refuses to create a user whose password has fewer than 12 or more than 250 characters, fewer than 4 different characters, or a comma, colon or equals sign: the broker (or the Terraform apply) fails.',
    fix: 'Use 12-250 characters, at least 4 different, none of , : = (the inspector can generate one). A bridge password must be the same on both brokers.',
    example: '{ "username": "amq", "password": "secret" }',
  },
  {
    code: 'amazon-mq-transport', severities: ['error'],
    title: '(Amazon MQ) A link that is not OpenWire over TLS on 61617, or uses discovery',
    breaks: 'Amazon MQ brokers listen for network connectors only on OpenWire over TLS, port 61617, and support no multicast or other discovery: such a bridge never forms.',
    fix: 'Dial the peer\'s OpenWire endpoint, static:(ssl://<endpoint>:61617), or masterslave:(…-1…,…-2…) for an active/standby peer. The one-click fix gives the target the service\'s endpoints.',
    example: '<networkConnector uri="static:(tcp://b-1234-1.mq.us-east-1.amazonaws.com:61616)"/>',
    fixable: true,
  },
  {
    code: 'amazon-mq-bridge-user', severities: ['error'],
    title: '(Amazon MQ) A bridge user missing, or with another password, on either end',
    breaks: 'A network connector on Amazon MQ carries userName only; the service injects the password of the user of that name. Unless that user exists with the same password on both brokers, the far broker refuses the bridge.',
    logLine: 'User name [amq] or password is invalid.',
    fix: 'Give the link a userName, and create that user with the same password on both brokers.',
    example: '{ "from": "hub", "to": "spoke", "userName": "bridge" }  // spoke has no user "bridge"',
  },
  {
    code: 'amazon-mq-dependency-cycle', severities: ['error'],
    title: '(Amazon MQ) Brokers whose configurations need each other\'s endpoints',
    breaks: 'A configuration names the endpoints of the brokers it dials, which exist only once those brokers are created. Two brokers that dial each other (or a ring of them) cannot be created in any order: Terraform reports a dependency cycle.',
    fix: 'Keep one duplex link per pair, from one side (a duplex link carries both directions); in a ring, turn a duplex link around. The one-click fix does either.',
    example: '{ "from": "a", "to": "b" }, { "from": "b", "to": "a" }',
    fixable: true,
  },
];
