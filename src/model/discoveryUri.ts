// networkConnector@uri forms (notes §2.3): static:(a,b) is one bridge per URI, masterslave:(a,b) and
// static:(failover:(a,b)) one bridge that fails over, multicast:// and others discover their peers.

import { parseUri, type ParsedUri } from './uri';

export interface DiscoveryTarget {
  /** The hosts of one bridge: one, or several for failover / master-slave. */
  hosts: ParsedUri[];
}

export interface Discovery {
  kind: 'static' | 'masterslave' | 'multicast' | 'other';
  /** One entry per bridge the connector makes. */
  targets: DiscoveryTarget[];
}

/** Splits `a,b(c,d),e` at top-level commas. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** `(a,b)?q` or `a` → the list inside the parentheses (or the single URI). */
function compositeParts(rest: string): string[] {
  let r = rest.trim().replace(/^\/\//, '');
  if (r.startsWith('(')) {
    let depth = 0;
    for (let i = 0; i < r.length; i++) {
      if (r[i] === '(') depth++;
      else if (r[i] === ')' && --depth === 0) { r = r.slice(1, i); break; }
    }
    return splitTop(r);
  }
  return [r.split('?')[0]];
}

function hostsOf(uri: string): ParsedUri[] {
  const m = /^failover:(.*)$/i.exec(uri.trim());
  if (m) return compositeParts(m[1]).map(parseUri).filter((p): p is ParsedUri => !!p);
  const p = parseUri(uri);
  return p ? [p] : [];
}

export function parseDiscoveryUri(uri: string): Discovery {
  const m = /^\s*([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(uri);
  if (!m) return { kind: 'other', targets: [] };
  const scheme = m[1].toLowerCase();
  if (scheme === 'static') {
    return { kind: 'static', targets: compositeParts(m[2]).map((part) => ({ hosts: hostsOf(part) })).filter((t) => t.hosts.length) };
  }
  if (scheme === 'masterslave') {
    const hosts = compositeParts(m[2]).flatMap(hostsOf);
    return { kind: 'masterslave', targets: hosts.length ? [{ hosts }] : [] };
  }
  if (scheme === 'multicast') return { kind: 'multicast', targets: [] };
  if (scheme === 'failover') return { kind: 'static', targets: [{ hosts: hostsOf(uri) }] };
  return { kind: 'other', targets: [] };
}
