// What an imported <networkConnector>, kept as written, means: its attributes with ActiveMQ's defaults (notes §2.1),
// its destination filters, and which destination classes it forwards.

import type { DestinationClass, DestinationFilter } from './connectors';
import { parseXml } from './xml/parse';
import { attr, children, localName } from './xml/query';

export interface RawConnectorInfo {
  name: string;
  uri: string;
  attributes: Map<string, string>;
  duplex: boolean;
  /** The smaller of messageTTL and consumerTTL (networkTTL sets both; ActiveMQ's default is 1; -1 unlimited). */
  ttl: number;
  conduitSubscriptions: boolean;
  excluded: DestinationFilter[];
  dynamicallyIncluded: DestinationFilter[];
  staticallyIncluded: DestinationFilter[];
  carries: DestinationClass[];
  /** How many child elements the connector has (filters, nested beans): the MCollective pair has exactly one. */
  childElements: number;
  userName?: string;
  password?: string;
}

const cache = new Map<string, RawConnectorInfo>();

/** Empties the cache (bench: every timed import starts cold, as a user's import does). */
export function forgetConnectorInfo(): void {
  cache.clear();
}

function bool(v: string | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : v.trim().toLowerCase() === 'true';
}

function int(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*-?\d+\s*$/.test(v)) return undefined;
  return Number(v);
}

function filters(list: ReturnType<typeof children>): DestinationFilter[] {
  return list.flatMap((l) => children(l)).flatMap((d) => {
    const type = localName(d);
    const physicalName = attr(d, 'physicalName') ?? '';
    return type === 'queue' || type === 'topic' ? [{ type, physicalName } as DestinationFilter] : [];
  });
}

/** Reads a kept connector's XML; throws the parser's XmlError if the text is not one well-formed element. */
export function rawConnectorInfo(xml: string): RawConnectorInfo {
  let info = cache.get(xml);
  if (info) return info;
  const el = parseXml(xml).root;
  const attributes = new Map(el.attrs.map((a) => [a.name, a.value]));
  const networkTTL = int(attributes.get('networkTTL')) ?? 1;
  const messageTTL = int(attributes.get('messageTTL')) ?? networkTTL;
  const consumerTTL = int(attributes.get('consumerTTL')) ?? networkTTL;
  const unlimited = (t: number) => (t < 0 ? Infinity : t);
  const ttl = Math.min(unlimited(messageTTL), unlimited(consumerTTL));
  const excluded = filters(children(el, 'excludedDestinations'));
  const dynamicallyIncluded = filters(children(el, 'dynamicallyIncludedDestinations'));
  const staticallyIncluded = filters(children(el, 'staticallyIncludedDestinations'));
  const carries = (['topic', 'queue'] as const).filter((cls) => {
    if (excluded.some((f) => f.type === cls && f.physicalName === '>')) return false;
    if (staticallyIncluded.some((f) => f.type === cls)) return true;
    return dynamicallyIncluded.length === 0 || dynamicallyIncluded.some((f) => f.type === cls);
  });
  info = {
    name: attributes.get('name') ?? 'NC',
    uri: attributes.get('uri') ?? '',
    attributes,
    duplex: bool(attributes.get('duplex'), false),
    ttl: ttl === Infinity ? -1 : ttl,
    conduitSubscriptions: bool(attributes.get('conduitSubscriptions'), true),
    excluded, dynamicallyIncluded, staticallyIncluded, carries, childElements: children(el).length,
    userName: attributes.get('userName'),
    password: attributes.get('password'),
  };
  if (cache.size > 10_000) cache.clear();
  cache.set(xml, info);
  return info;
}
