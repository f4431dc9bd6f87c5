// Resolved connectors → links: an MCollective topics/queues pair to one target becomes one preset link (when the
// preset writes back the very URI the file had); every other connector is kept as written. Linear: a pair's partner
// is the next unpaired single connector between the same two brokers, found through a queue per pair of brokers.

import { amazonMqUri, endpointHosts } from '../amazonMq/engine';
import { connectorUri, dialedTransport } from '../connectors';
import { parseDiscoveryUri } from '../discoveryUri';
import { rawConnectorInfo } from '../rawConnector';
import type { Broker, Link } from '../types';
import { parseUri } from '../uri';
import { mergePair } from './mcollectivePair';
import type { RawLink } from './targets';

/** The links of an import; `brokerAt` gives the broker (imported or external) a raw link's `to` stands for. */
/** The links of an import, and whether some broker splits its connectors to one target into a topics-only and a
 *  queues-only one (MCollective's layout; import/preset.ts). */
export function buildLinks(rawLinks: RawLink[], brokers: Broker[], brokerAt: (to: number | string) => Broker): { links: Link[]; split: boolean } {
  const links: Link[] = [];
  // Per (from, to): 1 = a topics-only connector seen, 2 = a queues-only one; 3 = both (split).
  const only = new Map<string, number>();
  let split = false;
  const carriesOnly = (key: string, info: ReturnType<typeof rawConnectorInfo>) => {
    if (split || info.carries.length !== 1) return;
    const seen = (only.get(key) ?? 0) | (info.carries[0] === 'topic' ? 1 : 2);
    only.set(key, seen);
    split = seen === 3;
  };
  const used = new Set<number>();
  // Single-target connectors by (from, to), in file order, and how far each queue has been consumed: every
  // connector before the cursor was either handled already or taken as a partner.
  const singles = new Map<string, { list: number[]; at: number }>();
  rawLinks.forEach((r, i) => {
    if (!r.single) return;
    const key = `${r.from}\u0000${r.to}`;
    const q = singles.get(key);
    if (q) q.list.push(i);
    else singles.set(key, { list: [i], at: 0 });
  });
  rawLinks.forEach((r, i) => {
    if (used.has(i)) return;
    const from = brokers[r.from].name;
    const target = brokerAt(r.to);
    const to = target.name;
    if (r.single) {
      const key = `${r.from}\u0000${r.to}`;
      const q = singles.get(key)!;
      q.at++; // q.list[q.at - 1] === i
      const j = q.at < q.list.length ? q.list[q.at] : -1;
      // Each connector's XML is read once here (rawConnectorInfo's own cache is bounded, and a large import
      // would overflow it).
      const info = rawConnectorInfo(r.xml);
      const other = j >= 0 ? rawConnectorInfo(rawLinks[j].xml) : undefined;
      carriesOnly(key, info);
      if (other) carriesOnly(key, other);
      const merged: Link | undefined = other ? mergePair(from, to, info, other) ?? mergePair(from, to, other, info) : undefined;
      if (merged) {
        if (r.backups.length) merged.backups = r.backups;
        pickTransport(merged, target, info.uri);
      }
      // Keep the pair as a preset link only if the preset writes back the very URI the file had.
      // (An Amazon MQ pair dials an active/standby peer as masterslave:(…-1…,…-2…), which the export writes too.)
      if (merged && (connectorUri(merged, target) === info.uri || (target.transports.length === 0 && amazonMqUri(endpointHosts(target)) === info.uri))) {
        links.push(merged);
        used.add(j);
        q.at++;
        return;
      }
    }
    const link: Link = { from, to, connectors: [{ xml: r.xml, ...(r.targetIndex ? { targetIndex: r.targetIndex } : {}) }] };
    if (r.backups.length) link.backups = r.backups;
    links.push(link);
  });
  return { links, split };
}

/** Name the dialled transport on the link when it is not the target's default (its first OpenWire one). */
function pickTransport(link: Link, target: Broker, uri: string): void {
  const port = parseDiscoveryUri(uri).targets[0]?.hosts[0]?.port;
  const t = target.transports.find((x) => parseUri(x.uri)?.port === port);
  if (t && dialedTransport(link, target) !== t) link.transport = t.name;
}
