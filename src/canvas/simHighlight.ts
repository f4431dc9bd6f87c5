// What the canvas marks for a message-flow simulation: the links on each delivered consumer's path, the source,
// and each consumer (delivered, or not and why). UI state derived from a simulate() result: never in the
// document, undo history or saved file. The simulate panel sets it; the canvas puts it into node and edge data.

import { create } from 'zustand';
import { linkId, type Simulation, type Topology } from '../model';

export interface SimMark {
  kind: 'source' | 'delivered' | 'missed';
  /** The simulator's reason, in full, when not delivered. */
  reason?: string;
  /** A word for the node: TTL, filter, no link. */
  short?: string;
  /** The whole badge text, when the overlay is not a simulation (a verify report's "✗ unreachable"). */
  text?: string;
}

export interface SimHighlight {
  nodes: ReadonlyMap<string, SimMark>;
  links: ReadonlySet<string>;
  /** Links a verify report blames (painted as failing). */
  failedLinks?: ReadonlySet<string>;
  /** Which overlay painted this: the simulate panel or a verify report; each clears only its own. */
  owner?: 'simulate' | 'verify';
}

const EMPTY: SimHighlight = { nodes: new Map(), links: new Set() };

export const useSimHighlight = create<SimHighlight>(() => EMPTY);

/** Paints `h` for `owner`; undefined clears, but only what that owner painted (a report outlives the sim panel). */
export function setSimHighlight(h: SimHighlight | undefined, owner: 'simulate' | 'verify' = 'simulate'): void {
  if (!h && (useSimHighlight.getState().owner ?? 'simulate') !== owner) return;
  useSimHighlight.setState(h ? { ...h, owner } : EMPTY, true);
}

export function shortReason(reason: string | undefined): string {
  if (!reason) return 'not delivered';
  if (/networkTTL/i.test(reason)) return 'TTL';
  if (/filters? exclude/i.test(reason)) return 'filter';
  if (/missing link|return link|no bridge/i.test(reason)) return 'no link';
  if (/no broker named/i.test(reason)) return 'unknown';
  return 'not delivered';
}

/** The links that forward from `a` to `b`: dialed a → b, or duplex either way (any link between them if neither). */
function forwardingLinks(network: Topology, a: string, b: string): string[] {
  const forward = network.links.filter((l) => (l.from === a && l.to === b) || (l.duplex && l.from === b && l.to === a));
  const any = forward.length ? forward : network.links.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  return any.map(linkId);
}

export function highlightOf(network: Topology, sim: Simulation): SimHighlight {
  const nodes = new Map<string, SimMark>();
  const links = new Set<string>();
  for (const r of sim.results) {
    if (r.delivered) {
      nodes.set(r.to, { kind: 'delivered' });
      for (let k = 0; k + 1 < r.path.length; k++) for (const id of forwardingLinks(network, r.path[k], r.path[k + 1])) links.add(id);
    } else {
      nodes.set(r.to, { kind: 'missed', reason: r.reason, short: shortReason(r.reason) });
    }
  }
  if (!nodes.has(sim.from)) nodes.set(sim.from, { kind: 'source' });
  return { nodes, links };
}
