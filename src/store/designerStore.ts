// The designer's document store: the current snapshot (network + positions), undo/redo over snapshots, the
// selection and the clipboard. Diagnostics and XML are not here: they are derived from `current.network`.

import { create } from 'zustand';
import type { Position, Topology } from '../model';
import { type Clipboard, EMPTY_SELECTION, type Selection } from './edits';
import { plural } from './plural';
import { type Snapshot, splitPositions } from './snapshot';
import { dismissNotice, notify } from './uiStore';

const HISTORY_LIMIT = 200;

export interface DesignerState {
  current: Snapshot;
  past: Snapshot[];
  future: Snapshot[];
  /** The snapshot when a drag began: a whole drag becomes one undo step when it ends. */
  dragOrigin: Snapshot | undefined;
  selection: Selection;
  clipboard: Clipboard | undefined;
  /** Bumped by every paste so that repeated pastes move further. */
  pasteCount: number;
  /** Bumped whenever a whole document is loaded: the canvas fits the new network into view. */
  loads: number;
}

export function initialState(topology: Topology): DesignerState {
  return { current: splitPositions(topology), past: [], future: [], dragOrigin: undefined, selection: EMPTY_SELECTION, clipboard: undefined, pasteCount: 0, loads: 0 };
}

export const useDesigner = create<DesignerState>(() => initialState({ format: 'amq-topology/1', settings: { preset: 'mcollective' }, brokers: [], links: [] }));

/** Makes `next` the current snapshot as one undoable step. */
export function commit(next: Snapshot, selection?: Selection): void {
  useDesigner.setState((s) => {
    if (next === s.current) return s;
    return { current: next, past: [...s.past, s.current].slice(-HISTORY_LIMIT), future: [], selection: selection ?? clampSelection(s.selection, next) };
  });
}

export function undo(): void {
  useDesigner.setState((s) => {
    const prev = s.past[s.past.length - 1];
    if (!prev) return s;
    return { current: prev, past: s.past.slice(0, -1), future: [s.current, ...s.future], selection: clampSelection(s.selection, prev), dragOrigin: undefined };
  });
}

export function redo(): void {
  useDesigner.setState((s) => {
    const next = s.future[0];
    if (!next) return s;
    return { current: next, past: [...s.past, s.current], future: s.future.slice(1), selection: clampSelection(s.selection, next), dragOrigin: undefined };
  });
}

/** Moves nodes without recording history: called on every drag frame. The network object is left untouched. */
export function moveBrokers(moves: { index: number; position: Position }[]): void {
  useDesigner.setState((s) => {
    const positions = [...s.current.positions];
    for (const m of moves) if (m.index < positions.length) positions[m.index] = m.position;
    return { current: { ...s.current, positions }, dragOrigin: s.dragOrigin ?? s.current };
  });
}

/** Ends a drag: the moves since the drag began become one undo step. */
export function endDrag(): void {
  useDesigner.setState((s) => {
    const origin = s.dragOrigin;
    if (!origin) return s;
    if (origin.positions === s.current.positions) return { dragOrigin: undefined };
    return { dragOrigin: undefined, past: [...s.past, origin].slice(-HISTORY_LIMIT), future: [] };
  });
}

export function select(selection: Selection): void {
  useDesigner.setState({ selection });
}

/** Replaces the whole document (New, Open, template, share link) as one undoable step. A network without any
 * position is laid out (layered by role) as part of the same step, then fitted into view. */
export function loadTopology(topology: Topology, opened?: string): void {
  const before = useDesigner.getState().current.network;
  commit(splitPositions(topology), EMPTY_SELECTION);
  useDesigner.setState((s) => ({ loads: s.loads + 1 }));
  // A network that had brokers is never replaced without a word: the notice says what was replaced (after
  // `opened`, what came in) and offers Undo.
  const replaced = before.brokers.length ? `Replaced ${describeNetwork(before)}.` : '';
  const text = [opened, replaced].filter(Boolean).join(' ');
  if (replaced) notify(text, { label: 'Undo', run: () => { undo(); dismissNotice(); } });
  else if (text) notify(text);
  if (topology.brokers.length && topology.brokers.every((b) => !b.position)) void layOutLoaded(useDesigner.getState().current);
}

/** The layout a network opened without positions gets. `loaded.positions` are the placeholders shown meanwhile. */
export async function layOutLoaded(loaded: Snapshot): Promise<void> {
  const { layoutPositions } = await import('./autoLayout');
  const positions = await layoutPositions(loaded.network);
  // Only if nothing has changed since, positions included: a layout the user chose, or a broker the user moved,
  // while this one ran (ELK loads first) must not be overwritten. The positions replace the placeholders within
  // the load's step.
  useDesigner.setState((s) => (s.current.network === loaded.network && s.current.positions === loaded.positions
    ? { current: { ...s.current, positions }, loads: s.loads + 1 } : s));
}

/** "the network "x" (3 brokers, 1 link)" for notices. */
export function describeNetwork(network: Topology): string {
  return `the network${network.name ? ` "${network.name}"` : ''} (${plural(network.brokers.length, 'broker')}, ${plural(network.links.length, 'link')})`;
}

export function setClipboard(clipboard: Clipboard | undefined): void {
  useDesigner.setState({ clipboard, pasteCount: 0 });
}

function clampSelection(sel: Selection, s: Snapshot): Selection {
  const brokers = sel.brokers.filter((i) => i < s.network.brokers.length);
  const links = sel.links.filter((i) => i < s.network.links.length);
  return brokers.length === sel.brokers.length && links.length === sel.links.length ? sel : { brokers, links };
}
