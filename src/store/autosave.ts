// Autosave to localStorage: the network survives a reload. A save never replaces a stored network by an empty
// or unreadable one, and a stored network that no longer parses is kept under a backup key, not thrown away.

import { parseTopology, serializeTopology, type Topology } from '../model';
import { useDesigner } from './designerStore';
import { mergePositions } from './snapshot';

export const AUTOSAVE_KEY = 'amq-designer:network';
export const BACKUP_KEY = 'amq-designer:network-unreadable';
const DELAY_MS = 400;

export type Restored = { topology: Topology } | { problem: string } | undefined;

/** The autosaved network, or the problem with it (the unreadable text is moved to BACKUP_KEY). */
export function restoreAutosave(storage: Storage = localStorage): Restored {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return undefined;
  try {
    return { topology: parseTopology(text, 'autosave') };
  } catch (e) {
    storage.setItem(BACKUP_KEY, text);
    storage.removeItem(AUTOSAVE_KEY);
    return { problem: `The autosaved network could not be read (${(e as Error).message}). Its text is kept in this browser's localStorage under "${BACKUP_KEY}".` };
  }
}

/** Writes the topology unless it is empty while a non-empty one is stored, or would not read back. */
export function saveNow(topology: Topology, storage: Storage = localStorage): boolean {
  const text = serializeTopology(topology);
  try {
    parseTopology(text);
  } catch {
    return false;
  }
  if (topology.brokers.length === 0) {
    const stored = storage.getItem(AUTOSAVE_KEY);
    if (stored !== null && !/"brokers":\s*\[\s*\]/.test(stored)) return false;
  }
  storage.setItem(AUTOSAVE_KEY, text);
  return true;
}

/** Saves (debounced) whenever the document changes; returns the unsubscribe function. */
export function startAutosave(storage: Storage = localStorage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    try { saveNow(mergePositions(useDesigner.getState().current), storage); } catch { /* quota or storage off: keep designing */ }
  };
  const unsubscribe = useDesigner.subscribe((s, prev) => {
    if (s.current === prev.current) return;
    clearTimeout(timer);
    timer = setTimeout(flush, DELAY_MS);
  });
  const onHide = () => { if (timer !== undefined) { clearTimeout(timer); flush(); } };
  addEventListener('pagehide', onHide);
  return () => { unsubscribe(); removeEventListener('pagehide', onHide); clearTimeout(timer); };
}
