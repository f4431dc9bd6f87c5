// One-click fixes for diagnostics whose remedy is mechanical: given a topology and one of its diagnostics, the
// fixes on offer, each a pure function from topology to a new topology (the input is never mutated). The links
// family lives here; names, authentication and transports have their own files (fixesNames, fixesAuth,
// fixesTransport, securityFixes).

import { AMAZON_MQ_FIX_CODES, amazonMqFixes } from './amazonMq/fixes';
import { defaultFixContext, type FixContext } from './fixContext';
import { noAuthenticationFixes, weakPasswordFixes } from './fixesAuth';
import { duplicateConnectorFixes, duplicateNameFixes, invalidNameFixes } from './fixesNames';
import { plainPortFixes, plaintextWanFixes, portConflictFixes, wrongTargetFixes } from './fixesTransport';
import { linkId } from './names';
import { deriveNetwork } from './network';
import { PITFALL_FIX_CODES, pitfallFixes } from './fixesPitfalls';
import { bridgeUserUnauthorizedFixes, bridgeUserUnknownFixes } from './securityFixes';
import type { Diagnostic, Link, Topology } from './types';

export type { FixContext } from './fixContext';

export interface Fix {
  label: string;
  apply(topology: Topology): Topology;
}

/** The codes some diagnostic of which may have a one-click fix (for "Fix all" and the catalogue). */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'missing-return-link', 'duplicate-broker-name', 'invalid-broker-name', 'duplicate-connector-name', 'ttl-too-low',
  'duplicate-bridge', 'self-link', 'dangling-link', 'bridge-user-unknown', 'bridge-user-unauthorized', 'no-authentication',
  'weak-password', 'plaintext-wan-link', 'wrong-target-transport', 'port-conflict', 'plain-port-open',
  ...PITFALL_FIX_CODES, ...AMAZON_MQ_FIX_CODES,
]);

const AMAZON_MQ_FIX_CODES_SET = new Set<string>(AMAZON_MQ_FIX_CODES);

/** The fixes available for a diagnostic of `topology`; empty when none is clear-cut. */
export function fixesFor(topology: Topology, d: Diagnostic, ctx: FixContext = defaultFixContext()): Fix[] {
  if (PITFALL_FIX_CODES.has(d.code)) return pitfallFixes(topology, d);
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
    case 'invalid-broker-name': return invalidNameFixes(topology, d);
    case 'duplicate-connector-name': return duplicateConnectorFixes(topology, d);
    case 'no-authentication': return noAuthenticationFixes(topology, d, ctx);
    case 'weak-password': return weakPasswordFixes(topology, d, ctx);
    case 'plaintext-wan-link': return plaintextWanFixes(topology, d, ctx);
    case 'wrong-target-transport': return wrongTargetFixes(topology, d, ctx);
    case 'port-conflict': return portConflictFixes(topology, d);
    case 'plain-port-open': return plainPortFixes(topology, d, ctx);
    default: return AMAZON_MQ_FIX_CODES_SET.has(d.code) ? amazonMqFixes(topology, d) : [];
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
