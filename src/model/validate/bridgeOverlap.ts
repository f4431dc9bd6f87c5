// P3 (network-pitfalls.md): two connectors bridging the same direction are duplicates only when their destinations
// overlap. Several connectors to one peer are allowed with distinct names and disjoint include lists (NOB), so two
// kept connectors whose filters share nothing are not reported.

import type { DestinationClass, DestinationFilter, NetworkConnector } from '../connectors';
import { matchesDestination } from '../destinations';
import { rawConnectorInfo } from '../rawConnector';
import { sampleOf } from './pitfallShared';

function includes(c: NetworkConnector, cls: DestinationClass): string[] {
  const dyn = (c.dynamicallyIncludedDestinations ?? []).filter((f) => f.type === cls);
  const stat: DestinationFilter[] = c.raw ? rawConnectorInfo(c.raw.xml).staticallyIncluded.filter((f) => f.type === cls) : [];
  // No dynamic list: everything not excluded is forwarded on demand.
  return dyn.length === 0 ? ['>'] : [...dyn, ...stat].map((f) => f.physicalName);
}

const excludes = (c: NetworkConnector, cls: DestinationClass, name: string) =>
  c.excludedDestinations.some((f) => f.type === cls && matchesDestination(f.physicalName, name));

/** True when some destination of class `cls` is forwarded by both connectors. */
export function connectorsOverlap(a: NetworkConnector, b: NetworkConnector, cls: DestinationClass): boolean {
  if (!a.raw && !b.raw) return true;
  for (const p of includes(a, cls)) {
    for (const q of includes(b, cls)) {
      // The narrower of two overlapping patterns names destinations both forward (unless one excludes them).
      const narrow = matchesDestination(p, sampleOf(q)) ? q : matchesDestination(q, sampleOf(p)) ? p : undefined;
      if (narrow === undefined) continue;
      const name = sampleOf(narrow);
      if (!excludes(a, cls, name) && !excludes(b, cls, name)) return true;
    }
  }
  return false;
}
