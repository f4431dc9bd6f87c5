// One-click fixes for diagnostics whose remedy is unambiguous: given a topology and one of its diagnostics, the
// fixes on offer, each a pure function from topology to a new topology (the input is never mutated).

import { linkId, sanitizeBrokerName } from './names';
import { deriveNetwork } from './network';
import { bridgeUserUnauthorizedFixes, bridgeUserUnknownFixes } from './securityFixes';
import type { Diagnostic, Link, Topology } from './types';

export interface Fix {
  label: string;
  apply(topology: Topology): Topology;
}

/** The fixes available for a diagnostic of `topology`; empty when none is clear-cut. */
export function fixesFor(topology: Topology, d: Diagnostic): Fix[] {
  switch (d.code) {
    case 'missing-return-link': return missingReturnFixes(topology, d);
    case 'duplicate-broker-name': return duplicateNameFixes(topology, d);
    case 'ttl-too-low': return ttlFixes(topology, d);
    case 'duplicate-bridge': return duplicateBridgeFixes(topology, d);
    case 'self-link': return deleteLinkFix(topology, d, (l) => l.from === l.to);
    case 'dangling-link': {
      const names = new Set(topology.brokers.map((b) => b.name));
      return deleteLinkFix(topology, d, (l) => !names.has(l.from) || !names.has(l.to));
    }
    case 'bridge-user-unknown': return bridgeUserUnknownFixes(topology, d);
    case 'bridge-user-unauthorized': return bridgeUserUnauthorizedFixes(topology, d);
    default: return [];
  }
}

function replaceLink(t: Topology, index: number, link: Link): Topology {
  return { ...t, links: t.links.map((l, i) => (i === index ? link : l)) };
}

function removeLink(t: Topology, index: number): Topology {
  return { ...t, links: t.links.filter((_, i) => i !== index) };
}

function indexOfLink(t: Topology, id: string, accept: (l: Link) => boolean = () => true): number {
  return t.links.findIndex((l) => linkId(l) === id && accept(l));
}

function missingReturnFixes(t: Topology, d: Diagnostic): Fix[] {
  const [from, to] = d.brokers;
  const index = d.links.map((id) => indexOfLink(t, id, (l) => l.from === from && l.to === to)).find((i) => i >= 0);
  if (index === undefined || from === undefined || to === undefined) return [];
  const link = t.links[index];
  // The return link reuses the bridge credentials and TTL: the same user must be known on both brokers anyway.
  const back: Link = { from: to, to: from };
  if (link.userName !== undefined) back.userName = link.userName;
  if (link.password !== undefined) back.password = link.password;
  if (link.networkTTL !== undefined) back.networkTTL = link.networkTTL;
  return [
    { label: 'Make duplex', apply: (x) => replaceLink(x, index, { ...x.links[index], duplex: true }) },
    { label: 'Add return link', apply: (x) => ({ ...x, links: [...x.links, back] }) },
  ];
}

function duplicateNameFixes(t: Topology, d: Diagnostic): Fix[] {
  const key = sanitizeBrokerName(d.brokers[0] ?? '');
  const clashing = t.brokers.flatMap((b, i) => (sanitizeBrokerName(b.name) === key ? [i] : []));
  if (clashing.length < 2) return [];
  // Keep the first broker's name (links resolve to the first of a name); rename the last one.
  const index = clashing[clashing.length - 1];
  const old = t.brokers[index].name;
  const taken = new Set(t.brokers.map((b) => sanitizeBrokerName(b.name)));
  const stem = (old.replace(/\d+$/, '') || 'broker');
  let n = 2;
  while (taken.has(sanitizeBrokerName(`${stem}${n}`))) n++;
  const fresh = `${stem}${n}`;
  // Links naming `old` still mean the first broker when the raw names are equal; they move only when `old` was unique.
  const oldUnique = t.brokers.filter((b) => b.name === old).length === 1;
  return [{
    label: `Rename to ${fresh}`,
    apply: (x) => ({
      ...x,
      brokers: x.brokers.map((b, i) => (i === index ? { ...b, name: fresh } : b)),
      links: oldUnique ? x.links.map((l) => ({ ...l, from: l.from === old ? fresh : l.from, to: l.to === old ? fresh : l.to })) : x.links,
    }),
  }];
}

/** What each blamed TTL must become: the most hops of a pair whose path crosses a bridge with a too-low TTL. */
function neededTtls(t: Topology): { settings: number; links: Map<number, number> } {
  const net = deriveNetwork(t);
  const out = { settings: 0, links: new Map<number, number>() };
  for (const v of net.hops.violations) {
    for (const b of v.path) {
      const ttl = b.ttl ?? net.hops.defaultTtl;
      if (ttl === -1 || ttl >= v.hops) continue;
      const li = b.connector.linkIndex;
      if (t.links[li]?.networkTTL !== undefined) out.links.set(li, Math.max(out.links.get(li) ?? 0, v.hops));
      else out.settings = Math.max(out.settings, v.hops);
    }
  }
  return out;
}

function ttlFixes(t: Topology, d: Diagnostic): Fix[] {
  const needed = neededTtls(t);
  const blamed = [...needed.links.entries()].filter(([i]) => d.links.includes(linkId(t.links[i])));
  const fromSettings = /the network's networkTTL is/.test(d.message);
  if (fromSettings && needed.settings > 0) {
    const n = needed.settings;
    return [{ label: `Raise networkTTL to ${n}`, apply: (x) => ({ ...x, settings: { ...x.settings, networkTTL: n } }) }];
  }
  if (!blamed.length) return [];
  const n = Math.max(...blamed.map(([, v]) => v));
  const what = blamed.length === 1 ? `of ${linkId(t.links[blamed[0][0]])} ` : '';
  return [{
    label: `Raise networkTTL ${what}to ${n}`,
    apply: (x) => ({ ...x, links: x.links.map((l, i) => (needed.links.has(i) && blamed.some(([j]) => j === i) ? { ...l, networkTTL: needed.links.get(i)! } : l)) }),
  }];
}

function duplicateBridgeFixes(t: Topology, d: Diagnostic): Fix[] {
  const indices = d.links.map((id) => indexOfLink(t, id)).filter((i) => i >= 0);
  if (indices.length < 2) return [];
  // The extra one: a plain link when a duplex one already carries both ways, else the later link.
  const extra = [...indices].reverse().find((i) => !t.links[i].duplex) ?? indices[indices.length - 1];
  const target = t.links[extra];
  return [{
    label: `Remove the extra link ${linkId(target)}`,
    apply: (x) => { const i = x.links.indexOf(target); return i >= 0 ? removeLink(x, i) : removeLink(x, extra); },
  }];
}

function deleteLinkFix(t: Topology, d: Diagnostic, accept: (l: Link) => boolean): Fix[] {
  const index = d.links.map((id) => indexOfLink(t, id, accept)).find((i) => i >= 0);
  if (index === undefined) return [];
  const target = t.links[index];
  return [{ label: 'Delete link', apply: (x) => { const i = x.links.indexOf(target); return removeLink(x, i >= 0 ? i : index); } }];
}
