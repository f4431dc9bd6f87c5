// The network connectors a topology emits: each link becomes one connector (plain preset) or a topics + queues
// pair (mcollective preset, as MCollective's "Settings for Networks of Brokers" recommends). Validation, the
// forwarding graph and the XML generator all read these, so they agree on what a broker really gets.

import { connectorNames, linkId } from './names';
import { rawConnectorInfo } from './rawConnector';
import type { Broker, Link, RawConnector, Topology, Transport } from './types';
import { dialScheme, isOpenWireScheme, type ParsedUri, parseUri } from './uri';

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
  // Plain loops rather than find with a closure: derive and two rules ask this for every link of the network.
  const { transports } = target;
  if (link.transport !== undefined) {
    for (let i = 0; i < transports.length; i++) if (transports[i].name === link.transport) return transports[i];
    return undefined;
  }
  for (let i = 0; i < transports.length; i++) {
    const p = parseUri(transports[i].uri);
    if (p !== undefined && isOpenWireScheme(p.scheme)) return transports[i];
  }
  return undefined;
}

/**
 * dialedTransport and its parsed URI, remembered per target for the links that name no transport (the same answer
 * for every such link to one broker): for rules that ask for every link of the network. One per rule run.
 */
export function dialedTransports(): (link: Link, target: Broker) => { transport: Transport | undefined; parsed: Readonly<ParsedUri> | undefined } {
  const byTarget = new Map<Broker, { transport: Transport | undefined; parsed: Readonly<ParsedUri> | undefined }>();
  const answer = (link: Link, target: Broker) => {
    const transport = dialedTransport(link, target);
    return { transport, parsed: transport && parseUri(transport.uri) };
  };
  return (link, target) => {
    if (link.transport !== undefined) return answer(link, target);
    let a = byTarget.get(target);
    if (!a) byTarget.set(target, (a = answer(link, target)));
    return a;
  };
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

/**
 * Every network connector of the topology, in link order. `lastByName` (the last broker of each name, which is the
 * broker a link's target name resolves to here) may be passed by a caller that has it already.
 */
export function networkConnectors(topology: Topology, lastByName?: Map<string, Broker>): NetworkConnector[] {
  const byName = lastByName ?? new Map(topology.brokers.map((b) => [b.name, b] as const));
  const out: NetworkConnector[] = [];
  // The links to one target nearly always dial it alike: build each distinct uri string once (a string per link was
  // a third of what deriving a 1,000-broker network allocated).
  const uris = new Map<Broker, string>();
  const { links } = topology;
  for (let linkIndex = 0; linkIndex < links.length; linkIndex++) {
    const link = links[linkIndex];
    const target = byName.get(link.to);
    let uri: string | undefined;
    if (!link.connectors && target && link.transport === undefined && !link.backups?.length) {
      uri = uris.get(target);
      if (uri === undefined) uris.set(target, (uri = connectorUri(link, target)));
    }
    pushLinkConnectors(out, topology, link, linkIndex, target, uri);
  }
  return out;
}

/** The connectors one link emits under the topology's preset. */
export function linkConnectors(topology: Topology, link: Link, linkIndex: number, target: Broker | undefined): NetworkConnector[] {
  const out: NetworkConnector[] = [];
  pushLinkConnectors(out, topology, link, linkIndex, target);
  return out;
}

/** Appends one link's connectors to `out` (no array per link); `knownUri` is connectorUri(link, target) if known. */
function pushLinkConnectors(out: NetworkConnector[], topology: Topology, link: Link, linkIndex: number, target: Broker | undefined, knownUri?: string): void {
  if (link.connectors) {
    for (const raw of link.connectors) out.push(keptConnector(link, linkIndex, raw));
    return;
  }
  const preset = topology.settings.preset;
  const id = linkId(link);
  const uri = knownUri ?? connectorUri(link, target);
  const ttl = link.networkTTL ?? topology.settings.networkTTL;
  if (preset === 'plain') {
    out.push(presetConnector(link, linkIndex, id, uri, ttl, id, true, NOTHING_EXCLUDED, BOTH));
    return;
  }
  // connectorNames' names, built without its array for the mcollective preset.
  const names = preset === 'mcollective' ? undefined : connectorNames(link, preset);
  out.push(presetConnector(link, linkIndex, id, uri, ttl, names ? names[0] : `${id}-topics`, true, QUEUES_EXCLUDED, TOPICS));
  out.push(presetConnector(link, linkIndex, id, uri, ttl, names ? names[1] : `${id}-queues`, false, TOPICS_EXCLUDED, QUEUES));
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
