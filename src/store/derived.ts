// What is derived from the network, never stored: diagnostics, the per-broker/per-link diagnostic counts, the
// full topology for save/export. Memoised per network object, which only network edits replace (not drags).

import { useDeferredValue } from 'react';
import { type Diagnostic, linkId, type Topology, validate } from '../model';
import { useDesigner } from './designerStore';
import { mergePositions } from './snapshot';

const diagnosticsCache = new WeakMap<Topology, Diagnostic[]>();

export function diagnosticsOf(network: Topology): Diagnostic[] {
  let d = diagnosticsCache.get(network);
  if (!d) diagnosticsCache.set(network, (d = validate(network)));
  return d;
}

export interface DiagnosticIndex {
  /** By broker name: how many diagnostics name it, and the worst severity. */
  brokers: Map<string, { count: number; severity: Diagnostic['severity'] }>;
  /** By link id. */
  links: Map<string, { count: number; severity: Diagnostic['severity'] }>;
}

const indexCache = new WeakMap<Topology, DiagnosticIndex>();
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function diagnosticIndex(network: Topology): DiagnosticIndex {
  let idx = indexCache.get(network);
  if (idx) return idx;
  idx = { brokers: new Map(), links: new Map() };
  const bump = (m: DiagnosticIndex['brokers'], key: string, d: Diagnostic) => {
    const e = m.get(key);
    m.set(key, { count: (e?.count ?? 0) + 1, severity: e && RANK[e.severity] < RANK[d.severity] ? e.severity : d.severity });
  };
  for (const d of diagnosticsOf(network)) {
    for (const b of d.brokers) bump(idx.brokers, b, d);
    for (const l of d.links) bump(idx.links, l, d);
  }
  indexCache.set(network, idx);
  return idx;
}

export const useNetwork = (): Topology => useDesigner((s) => s.current.network);
/**
 * The network as the diagnostics see it: a deferred value, null until the first check has run. The canvas shows a
 * loaded network, and answers an edit, before validation (90 ms on 1,000 brokers) runs in a later render.
 * (null, not undefined: React takes an undefined initial value for none given.)
 */
export const useCheckedNetwork = (): Topology | null => useDeferredValue<Topology | null>(useNetwork(), null);


/** The full topology with positions, for save, export and share (not for rendering: it changes on every drag). */
export function currentTopology(): Topology {
  return mergePositions(useDesigner.getState().current);
}

/** Link indices whose id is one of `ids`. */
export function linkIndicesOf(network: Topology, ids: string[]): number[] {
  const want = new Set(ids);
  return network.links.flatMap((l, i) => (want.has(linkId(l)) ? [i] : []));
}

export function brokerIndicesOf(network: Topology, names: string[]): number[] {
  const want = new Set(names);
  return network.brokers.flatMap((b, i) => (want.has(b.name) ? [i] : []));
}
