// Turning imported brokers into a topology: each connector target is resolved to the imported broker that listens
// on that host and port (by bind address, broker name, file name, or the only broker on that port); targets no
// file describes become `external` brokers.

import type { ParsedUri } from '../uri';
import { isOpenWireScheme, isWildcardHost, parseUri } from '../uri';
import type { Broker } from '../types';
import type { ImportedBroker } from './readBroker';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface Resolved {
  /** Index into the imported brokers, or the key of an external broker. */
  broker: number | string;
  host: string;
}

function firstLabel(host: string): string {
  return host.toLowerCase().split('.')[0];
}

function score(b: ImportedBroker, bind: string, host: string): number {
  const h = host.toLowerCase();
  if (b.meta?.host?.toLowerCase() === h) return 5;
  if (!isWildcardHost(bind) && bind.toLowerCase() === h) return 4;
  if (b.name.toLowerCase() === h || b.name.toLowerCase() === firstLabel(h)) return 3;
  const file = b.file.toLowerCase().replace(/\.[a-z]+$/, '');
  if (firstLabel(h).length > 2 && file.includes(firstLabel(h))) return 2;
  if (LOOPBACK.has(h) && (isWildcardHost(bind) || LOOPBACK.has(bind.toLowerCase()))) return 1;
  return 0;
}

/** The imported broker a connector at broker `from` reaches at host:port, or undefined if none fits. */
export function resolveTarget(brokers: ImportedBroker[], from: number, target: ParsedUri): number | undefined {
  const candidates: { i: number; score: number; openwire: boolean }[] = [];
  brokers.forEach((b, i) => {
    if (i === from) return;
    for (const t of b.transports) {
      const p = parseUri(t.uri);
      if (!p || p.port !== target.port) continue;
      candidates.push({ i, score: score(b, p.host, target.host), openwire: isOpenWireScheme(p.scheme) });
    }
  });
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => b.score - a.score || Number(b.openwire) - Number(a.openwire));
  const best = candidates[0];
  const tied = candidates.filter((c) => c.score === best.score && c.i !== best.i);
  if (best.score > 0 && tied.length === 0) return best.i;
  // Only one broker listens on that port: the connector can only mean it.
  const distinct = new Set(candidates.map((c) => c.i));
  return distinct.size === 1 ? best.i : undefined;
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
