// The document commands behind the palette, canvas, inspector and shortcuts: each turns the current snapshot into
// the next one through a pure edit and commits it as one undo step.

import type { Diagnostic, Link, Position, Topology } from '../model';
import { withNewBrokerDefaults, withNewBrokerSecurity, withNewLinkDefaults } from '../model/brokerDefaults';
import { defaultFixContext, type FixContext } from '../model/fixContext';
import { fixAll } from '../model/fixAll';
import type { Fix } from '../model/fixes';
import { secureNetwork } from '../model/secureNetwork';
import { commit, setClipboard, useDesigner } from './designerStore';
import { brokerIndicesOf, linkIndicesOf } from './derived';
import * as edits from './edits';
import { checkBrokerName, type Checked } from './fieldChecks';

const state = () => useDesigner.getState();
/** A broker node's usual height on the canvas, and the gap left between originals and their pasted copies. */
const NODE_HEIGHT = 70;
const PASTE_GAP = 60;

/** Adds a broker with what a new broker gets in this network (model/brokerDefaults.ts): location, users, rights. */
export function addBrokerAt(role: 'noc' | 'broker', at: Position): number {
  const { snapshot, index } = edits.addBroker(state().current, role, at);
  const network = withNewBrokerDefaults(snapshot.network, snapshot.network.brokers[index].name, defaultFixContext());
  commit({ ...snapshot, network }, { brokers: [index], links: [] });
  return index;
}

/** Adds a link from → to with bridge credentials both ends accept (and SSL where it crosses locations and can). */
export function connect(from: string, to: string): void {
  const { snapshot, index } = edits.addLink(state().current, from, to);
  const network = withNewLinkDefaults(snapshot.network, index, defaultFixContext());
  commit({ ...snapshot, network }, { brokers: [], links: [index] });
}

export function deleteSelected(): void {
  const { current, selection } = state();
  if (!selection.brokers.length && !selection.links.length) return;
  commit(edits.deleteSelection(current, selection), edits.EMPTY_SELECTION);
}

export function copySelected(): boolean {
  const clip = edits.copySelection(state().current, state().selection);
  if (clip) setClipboard(clip);
  return !!clip;
}

export function pasteClipboard(): void {
  const { clipboard, current, pasteCount } = state();
  if (!clipboard) return;
  // Copies go clearly beside the originals: below the copied group (its height and a gap), further with each paste.
  const ys = clipboard.brokers.map((b) => b.position.y);
  const height = Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT;
  const step = Math.ceil((height + PASTE_GAP) / 20) * 20 * (pasteCount + 1);
  const { snapshot, selection } = edits.paste(current, clipboard, { x: 40 * (pasteCount + 1), y: step });
  // Pasted brokers keep their own users; a copy of an open broker gets what a new one would.
  const ctx = defaultFixContext();
  let network = snapshot.network;
  for (const i of selection.brokers) network = withNewBrokerSecurity(network, network.brokers[i].name, ctx);
  commit({ ...snapshot, network }, selection);
  useDesigner.setState({ pasteCount: pasteCount + 1 });
}

/** Renames broker `index` (links follow), or returns why the name is refused. */
export function renameBroker(index: number, raw: string): Checked<string> {
  const checked = checkBrokerName(state().current.network, index, raw);
  if (checked.ok && checked.value !== state().current.network.brokers[index]?.name) {
    commit(edits.renameBroker(state().current, index, checked.value));
  }
  return checked;
}

export function updateBroker(index: number, patch: Parameters<typeof edits.updateBroker>[2]): void {
  commit(edits.updateBroker(state().current, index, patch));
}

export function updateLink(index: number, patch: Partial<Link>): void {
  commit(edits.updateLink(state().current, index, patch));
}

export function updateSettings(patch: Parameters<typeof edits.updateSettings>[1]): void {
  commit(edits.updateSettings(state().current, patch));
}

/** Applies a one-click fix to the network; positions stay with their brokers (fixes never add or remove brokers). */
export function applyFix(fix: Fix): void {
  const { current } = state();
  const network = fix.apply(current.network);
  if (network.brokers.length !== current.network.brokers.length) throw new Error('a fix may not add or remove brokers');
  commit({ ...current, network });
}

/** A network-wide edit (bulk edit of several brokers or links) as one undo step; positions stay with their brokers. */
export function editNetwork(f: (network: Topology, ctx: FixContext) => Topology): void {
  const { current } = state();
  const network = f(current.network, defaultFixContext());
  if (network.brokers.length !== current.network.brokers.length) throw new Error('a bulk edit may not add or remove brokers');
  if (network !== current.network) commit({ ...current, network });
}

/** "Fix all (N)": the first fix of every diagnostic of `code`, as one undo step; returns how many were applied. */
export function applyFixAll(code: string): number {
  const { current } = state();
  const { topology, applied } = fixAll(current.network, code, defaultFixContext());
  if (applied && topology !== current.network) commit({ ...current, network: topology });
  return applied;
}

/** "Secure the network" as one undo step; returns what it changed, in sentences (empty: nothing to do). */
export function secureTheNetwork(): string[] {
  const { current } = state();
  const { topology, changes } = secureNetwork(current.network, defaultFixContext());
  if (changes.length) commit({ ...current, network: topology });
  return changes;
}

/** Selects what a diagnostic names: its links when it names any (so the link inspector opens on them, a pair's
 *  links together), else its brokers; returns the broker indices to centre on (a link's ends included). */
export function selectDiagnostic(d: Diagnostic): number[] {
  const { network } = state().current;
  const brokers = brokerIndicesOf(network, d.brokers);
  const links = linkIndicesOf(network, d.links);
  useDesigner.setState({ selection: links.length ? { brokers: [], links } : { brokers, links: [] } });
  const ends = links.flatMap((i) => brokerIndicesOf(network, [network.links[i].from, network.links[i].to]));
  return [...new Set([...brokers, ...ends])];
}

export function setPositions(positions: Position[]): void {
  commit({ ...state().current, positions });
}
