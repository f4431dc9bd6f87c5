// The network connectors a topology emits: each link becomes one connector (plain preset) or a topics + queues
// pair (mcollective preset, as MCollective's "Settings for Networks of Brokers" recommends). Validation, the
// forwarding graph and the XML generator all read these, so they agree on what a broker really gets.

import { connectorNames, linkId } from './names';
import { rawConnectorInfo } from './rawConnector';
import type { Broker, Link, RawConnector, Topology, Transport } from './types';
import { dialScheme, isOpenWireScheme, parseUri } from './uri';

export type DestinationClass = 'topic' | 'queue';

export interface DestinationFilter {
  type: DestinationClass;
  physicalName: string;
}

export interface NetworkConnector {
  /** The broker whose activemq.xml holds the connector. */
  broker: string;
  /** The broker it dials. */
  target: string;
  name: string;
  linkId: string;
  linkIndex: number;
  uri: string;
  duplex: boolean;
  /** Explicit TTL of the link or the settings; undefined means "the computed default". */
  networkTTL: number | undefined;
  conduitSubscriptions: boolean;
  dynamicOnly: boolean;
  decreaseNetworkConsumerPriority: boolean;
  /** Queue demand that arrives over a second, longer route is dropped (P5); the presets set it on queue connectors. */
  suppressDuplicateQueueSubscriptions: boolean;
  /** Shared between connectors (frozen for the presets): read, never modify. */
  excludedDestinations: readonly DestinationFilter[];
  /** Non-empty: only these destinations are forwarded (imported connectors). */
  dynamicallyIncludedDestinations?: readonly DestinationFilter[];
  carries: readonly DestinationClass[];
  userName?: string;
  password?: string;
  /** Set when the connector was imported and is kept as written. */
  raw?: RawConnector;
}

/** The transport a link dials on its target: the named one, else the target's first OpenWire transport. */
export function dialedTransport(link: Link, target: Broker | undefined): Transport | undefined {
  if (!target) return undefined;
  if (link.transport !== undefined) return target.transports.find((t) => t.name === link.transport);
  return target.transports.find((t) => {
    const p = parseUri(t.uri);
    return p !== undefined && isOpenWireScheme(p.scheme);
  });
}

/** The `uri` attribute of a link's connectors: static:(…) to the target, masterslave:(…) with backup hosts. */
export function connectorUri(link: Link, target: Broker | undefined): string {
  const transport = dialedTransport(link, target);
  const parsed = transport ? parseUri(transport.uri) : undefined;
  const scheme = parsed ? dialScheme(parsed.scheme) : 'tcp';
  const port = parsed?.port ?? 61616;
  const host = target?.host || link.to;
  if (!link.backups?.length) return `static:(${scheme}://${host}:${port})`;
  return `masterslave:(${[host, ...link.backups].map((h) => `${scheme}://${h}:${port}`).join(',')})`;
}

/** Every network connector of the topology, in link order. */
export function networkConnectors(topology: Topology): NetworkConnector[] {
  const byName = new Map(topology.brokers.map((b) => [b.name, b] as const));
  const out: NetworkConnector[] = [];
  topology.links.forEach((link, linkIndex) => {
    for (const c of linkConnectors(topology, link, linkIndex, byName.get(link.to))) out.push(c);
  });
  return out;
}

/** The connectors one link emits under the topology's preset. */
export function linkConnectors(topology: Topology, link: Link, linkIndex: number, target: Broker | undefined): NetworkConnector[] {
  if (link.connectors) return link.connectors.map((raw) => keptConnector(link, linkIndex, raw));
  const preset = topology.settings.preset;
  const names = connectorNames(link, preset);
  const id = linkId(link);
  const uri = connectorUri(link, target);
  const ttl = link.networkTTL ?? topology.settings.networkTTL;
  if (preset === 'plain') return [presetConnector(link, linkIndex, id, uri, ttl, names[0], true, NOTHING_EXCLUDED, BOTH)];
  return [
    presetConnector(link, linkIndex, id, uri, ttl, names[0], true, QUEUES_EXCLUDED, TOPICS),
    presetConnector(link, linkIndex, id, uri, ttl, names[1], false, TOPICS_EXCLUDED, QUEUES),
  ];
}

// The presets' filters and classes, one frozen copy for all the connectors of a network (fewer objects to collect).
const excludeAll = (type: DestinationClass): readonly DestinationFilter[] => Object.freeze([Object.freeze({ type, physicalName: '>' })]);
const NOTHING_EXCLUDED: readonly DestinationFilter[] = Object.freeze([]);
const QUEUES_EXCLUDED = excludeAll('queue');
const TOPICS_EXCLUDED = excludeAll('topic');
const BOTH: readonly DestinationClass[] = Object.freeze(['topic', 'queue']);
const TOPICS: readonly DestinationClass[] = Object.freeze(['topic']);
const QUEUES: readonly DestinationClass[] = Object.freeze(['queue']);

// A plain literal from a top-level function: this runs for every link and dominates derive time at scale. (No object
// spread, and no closure made per link: under tsx, which names each closure with defineProperty, that was 3-5x.)
function presetConnector(link: Link, linkIndex: number, id: string, uri: string, networkTTL: number | undefined, name: string,
  conduitSubscriptions: boolean, excludedDestinations: readonly DestinationFilter[], carries: readonly DestinationClass[]): NetworkConnector {
  return {
    broker: link.from, target: link.to, name, linkId: id, linkIndex, uri, duplex: link.duplex ?? false, networkTTL,
    conduitSubscriptions, dynamicOnly: true, decreaseNetworkConsumerPriority: true,
    suppressDuplicateQueueSubscriptions: carries !== TOPICS, excludedDestinations, carries,
    userName: link.userName, password: link.password,
  };
}

/** A connector kept as written: its own attributes decide, with ActiveMQ's defaults where it says nothing. */
function keptConnector(link: Link, linkIndex: number, raw: RawConnector): NetworkConnector {
  const info = rawConnectorInfo(raw.xml);
  return {
    broker: link.from,
    target: link.to,
    name: info.name,
    linkId: linkId(link),
    linkIndex,
    uri: info.uri,
    duplex: info.duplex,
    networkTTL: info.ttl,
    conduitSubscriptions: info.conduitSubscriptions,
    dynamicOnly: info.attributes.get('dynamicOnly') === 'true',
    decreaseNetworkConsumerPriority: info.attributes.get('decreaseNetworkConsumerPriority') === 'true',
    suppressDuplicateQueueSubscriptions: info.attributes.get('suppressDuplicateQueueSubscriptions')?.trim().toLowerCase() === 'true',
    excludedDestinations: info.excluded,
    dynamicallyIncludedDestinations: info.dynamicallyIncluded,
    carries: info.carries,
    userName: info.userName,
    password: info.password,
    raw,
  };
}
