// Turning imported brokers into a topology: each connector target is resolved to the imported broker that listens
// on that host and port (by bind address, broker name, file name, or the only broker on that port); targets no
// file describes become `external` brokers.

import type { ParsedUri } from '../uri';
import { isOpenWireScheme, isWildcardHost, parseUri } from '../uri';
import type { Broker } from '../types';
import type { ImportedBroker } from './readBroker';

const AMAZON_OPENWIRE = { name: 'openwire', uri: 'ssl://0.0.0.0:61617' };
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface Resolved {
  /** Index into the imported brokers, or the key of an external broker. */
  broker: number | string;
  host: string;
}

function firstLabel(host: string): string {
  return host.toLowerCase().split('.')[0];
}

/** One listening transport of an imported broker, with what scoring needs computed once per import. */
interface Listener {
  i: number;
  bindLower: string;
  wildcard: boolean;
  openwire: boolean;
  metaHost?: string;
  name: string;
  file: string;
}

/** The listeners on one port, with indexes for the exact matches (scores 5, 4, 3) so most lookups skip the scan. */
interface PortIndex {
  all: Listener[];
  exact: Map<string, Listener[]>[];
}

/** Listeners by port, built once per list of brokers, so resolving every connector target stays near-linear. */
const indexCache = new WeakMap<ImportedBroker[], Map<number | undefined, PortIndex>>();

function portIndex(brokers: ImportedBroker[], port: number | undefined): PortIndex | undefined {
  let byPort = indexCache.get(brokers);
  if (!byPort) {
    const built = new Map<number | undefined, PortIndex>();
    const add = (m: Map<string, Listener[]>, k: string | undefined, l: Listener) => {
      if (k === undefined) return;
      const list = m.get(k);
      if (list) list.push(l);
      else m.set(k, [l]);
    };
    brokers.forEach((b, i) => {
      const common = { i, metaHost: b.meta?.host?.toLowerCase(), name: b.name.toLowerCase(), file: b.file.toLowerCase().replace(/\.[a-z]+$/, '') };
      // An Amazon MQ broker listens for peers on the service's OpenWire endpoint, which its file does not name.
      for (const t of b.amazonMq ? [...b.transports, AMAZON_OPENWIRE] : b.transports) {
        const p = parseUri(t.uri);
        if (!p) continue;
        const l: Listener = { ...common, bindLower: p.host.toLowerCase(), wildcard: isWildcardHost(p.host), openwire: isOpenWireScheme(p.scheme) };
        let idx = built.get(p.port);
        if (!idx) built.set(p.port, (idx = { all: [], exact: [new Map(), new Map(), new Map()] }));
        idx.all.push(l);
        add(idx.exact[0], l.metaHost, l);
        add(idx.exact[1], l.wildcard ? undefined : l.bindLower, l);
        add(idx.exact[2], l.name, l);
      }
    });
    indexCache.set(brokers, (byPort = built));
  }
  return byPort.get(port);
}

function score(l: Listener, h: string, label: string): number {
  if (l.metaHost === h) return 5;
  if (!l.wildcard && l.bindLower === h) return 4;
  if (l.name === h || l.name === label) return 3;
  if (label.length > 2 && l.file.includes(label)) return 2;
  if (LOOPBACK.has(h) && (l.wildcard || LOOPBACK.has(l.bindLower))) return 1;
  return 0;
}

/** The imported broker a connector at broker `from` reaches at host:port, or undefined if none fits. */
export function resolveTarget(brokers: ImportedBroker[], from: number, target: ParsedUri): number | undefined {
  return resolveTargetBy(brokers, from, target)?.broker;
}

/** As resolveTarget, and whether only the file name matched the host (a match that a renamed file loses). */
export function resolveTargetBy(brokers: ImportedBroker[], from: number, target: ParsedUri): { broker: number; byFileName: boolean } | undefined {
  const h = target.host.toLowerCase();
  const label = firstLabel(h);
  const idx = portIndex(brokers, target.port);
  if (!idx) return undefined;
  // Scores 5, 4 and 3 are exact matches: the first level that has a candidate decides, as the full scan would
  // (one broker at the top score wins; two or more tie, and a tie with two brokers on the port resolves nothing).
  const levels = [idx.exact[0].get(h), idx.exact[1].get(h), [...(idx.exact[2].get(h) ?? []), ...(label !== h ? idx.exact[2].get(label) ?? [] : [])]];
  for (const list of levels) {
    const hits = (list ?? []).filter((l) => l.i !== from);
    if (hits.length) return new Set(hits.map((l) => l.i)).size === 1 ? { broker: hits[0].i, byFileName: false } : undefined;
  }
  const candidates: { i: number; score: number; openwire: boolean }[] = [];
  for (const l of idx.all) {
    if (l.i !== from) candidates.push({ i: l.i, score: score(l, h, label), openwire: l.openwire });
  }
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => b.score - a.score || Number(b.openwire) - Number(a.openwire));
  const best = candidates[0];
  const tied = candidates.filter((c) => c.score === best.score && c.i !== best.i);
  // Only one broker listens on that port: the connector can only mean it, whatever its file is called.
  const distinct = new Set(candidates.map((c) => c.i));
  if (distinct.size === 1) return { broker: best.i, byFileName: false };
  if (best.score > 0 && tied.length === 0) return { broker: best.i, byFileName: best.score === 2 };
  return undefined;
}

/** The host other brokers reach an imported broker by: what they dial, else a specific bind address, else its name. */
export function brokerHost(b: ImportedBroker, dialedAs: string | undefined): string {
  if (dialedAs) return dialedAs;
  for (const t of b.transports) {
    const p = parseUri(t.uri);
    if (p && isOpenWireScheme(p.scheme) && !isWildcardHost(p.host)) return p.host;
  }
  return b.name;
}

/** A broker known only as a link target: named after its host, with the one OpenWire port dialled. */
export function externalBroker(name: string, target: ParsedUri): Broker {
  return {
    name,
    role: 'external',
    host: target.host,
    transports: [{ name: 'openwire', uri: `${target.scheme === 'ssl' ? 'ssl' : 'tcp'}://0.0.0.0:${target.port ?? 61616}` }],
  };
}
