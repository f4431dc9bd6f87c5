// One-click fixes for name clashes (R1-R3): a broker name that collides after ActiveMQ's sanitising, a name
// ActiveMQ would rewrite (or `localhost` in a network), and network connector names used twice.

import { renameBrokerAt } from './brokerEdits';
import type { Fix } from './fixes';
import { connectorNames, linkId, sanitizeBrokerName } from './names';
import type { Diagnostic, Topology } from './types';

/** `stem` (sanitised) itself when free, else stem2, stem3…: free also after sanitising. */
function freeBrokerName(t: Topology, stem: string, exceptIndex?: number): string {
  const taken = new Set(t.brokers.filter((_, i) => i !== exceptIndex).map((b) => sanitizeBrokerName(b.name)));
  const base = sanitizeBrokerName(stem) || 'broker';
  if (!taken.has(base)) return base;
  const root = base.replace(/\d+$/, '') || 'broker';
  let n = 2;
  while (taken.has(`${root}${n}`)) n++;
  return `${root}${n}`;
}

export function duplicateNameFixes(t: Topology, d: Diagnostic): Fix[] {
  const key = sanitizeBrokerName(d.brokers[0] ?? '');
  const clashing = t.brokers.flatMap((b, i) => (sanitizeBrokerName(b.name) === key ? [i] : []));
  if (clashing.length < 2) return [];
  // Keep the first broker's name (links resolve to the first of a name); rename the last one.
  const index = clashing[clashing.length - 1];
  const old = t.brokers[index].name;
  const fresh = freeBrokerName(t, `${old.replace(/\d+$/, '') || 'broker'}2`);
  // Links naming `old` still mean the first broker when the raw names are equal; renameBrokerAt moves them only
  // when `old` was unique.
  return [{ label: `Rename to ${fresh}`, apply: (x) => (x.brokers[index]?.name === old ? renameBrokerAt(x, index, fresh) : x) }];
}

export function invalidNameFixes(t: Topology, d: Diagnostic): Fix[] {
  const name = d.brokers[0];
  const index = t.brokers.findIndex((b) => b.name === name);
  if (name === undefined || index < 0) return [];
  const b = t.brokers[index];
  // "localhost" and empty names get a name from the host (its first label) when it has one.
  const fromHost = /^[A-Za-z][A-Za-z0-9-]*/.exec(b.host ?? '')?.[0];
  const stem = name === '' || name.toLowerCase() === 'localhost' ? (fromHost && fromHost.toLowerCase() !== 'localhost' ? fromHost : 'broker') : sanitizeBrokerName(name);
  const fresh = freeBrokerName(t, stem, index);
  return [{ label: `Rename to ${fresh}`, apply: (x) => (x.brokers[index]?.name === name ? renameBrokerAt(x, index, fresh) : x) }];
}

export function duplicateConnectorFixes(t: Topology, d: Diagnostic): Fix[] {
  const ids = new Set(d.links);
  const indices = t.links.flatMap((l, i) => (ids.has(linkId(l)) && !l.connectors ? [i] : []));
  if (indices.length < 2) return [];
  const rename = indices.slice(1);
  return [{
    label: rename.length === 1 ? `Rename link ${linkId(t.links[rename[0]])} to ${freshLinkNames(t, rename)[0]}` : `Give ${rename.length} links their own names`,
    apply: (x) => {
      const names = freshLinkNames(x, rename);
      return { ...x, links: x.links.map((l, i) => { const k = rename.indexOf(i); return k >= 0 ? { ...l, name: names[k] } : l; }) };
    },
  }];
}

/** Names for links `indices` whose connectors clash with no connector of the network: <from>-<to>, then -2, -3… */
function freshLinkNames(t: Topology, indices: number[]): string[] {
  const preset = t.settings.preset;
  const used = new Set(t.links.flatMap((l, i) => (indices.includes(i) ? [] : connectorNames(l, preset))));
  return indices.map((i) => {
    const l = t.links[i];
    const base = `${l.from}-${l.to}`;
    let name = base;
    for (let n = 2; connectorNames({ ...l, name }, preset).some((c) => used.has(c)); n++) name = `${base}-${n}`;
    for (const c of connectorNames({ ...l, name }, preset)) used.add(c);
    return name;
  });
}
