// Autosave to localStorage: the network survives a reload. A save never replaces a stored network by an empty
// or unreadable one, and a stored network that no longer parses is kept under a backup key, not thrown away.
// Large networks are stored deflated; when even that does not fit, the user is told (once) and the next start says
// that the autosave is older than the last edits.

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseTopology, serializeTopology, type Topology } from '../model';
import { fromBase64Url, toBase64Url } from './base64url';
import { useDesigner } from './designerStore';
import { mergePositions } from './snapshot';
import { openDialog } from './uiStore';

export const AUTOSAVE_KEY = 'amq-designer:network';
export const BACKUP_KEY = 'amq-designer:network-unreadable';
/** Set while the stored network is older than the document (a save failed); holds the time of the first failure. */
export const STALE_KEY = 'amq-designer:network-stale';
const DELAY_MS = 400;
/** localStorage holds about 5 million characters per origin; an imported network of 1,000 brokers (each file kept
 *  as its template) is about that much JSON, and deflates ~70-fold (~50 ms at that size). Smaller
 *  networks stay plain, readable JSON. */
export const PACK_ABOVE = 1_000_000;
const PACKED = 'amq-deflate:';

export type Restored = { topology: Topology; staleSince?: string } | { problem: string } | undefined;

function pack(text: string): string {
  return text.length > PACK_ABOVE ? PACKED + toBase64Url(deflateSync(strToU8(text), { level: 6 })) : text;
}

function unpack(stored: string): string {
  if (!stored.startsWith(PACKED)) return stored;
  try {
    return strFromU8(inflateSync(fromBase64Url(stored.slice(PACKED.length))));
  } catch {
    throw new Error('its deflated text is damaged');
  }
}

/** The autosaved network, or the problem with it (the unreadable text is moved to BACKUP_KEY). */
export function restoreAutosave(storage: Storage = localStorage): Restored {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return undefined;
  try {
    const topology = parseTopology(unpack(text), 'autosave');
    const staleSince = storage.getItem(STALE_KEY) ?? undefined;
    return staleSince === undefined ? { topology } : { topology, staleSince };
  } catch (e) {
    storage.setItem(BACKUP_KEY, text);
    storage.removeItem(AUTOSAVE_KEY);
    return { problem: `The autosaved network could not be read (${(e as Error).message}). Its text is kept in this browser's localStorage under "${BACKUP_KEY}".` };
  }
}

/** Writes the topology unless it is empty while a non-empty one is stored, or would not read back; throws when the
 *  storage refuses it (full, or turned off). */
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
  storage.setItem(AUTOSAVE_KEY, pack(text));
  storage.removeItem(STALE_KEY);
  return true;
}

/** Saves (debounced) whenever the document changes; returns the unsubscribe function. */
export function startAutosave(storage: Storage = localStorage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const flush = () => {
    timer = undefined;
    try {
      saveNow(mergePositions(useDesigner.getState().current), storage);
      failing = false;
    } catch (e) {
      // Keep designing, but never silently: a reload would bring back the older stored network.
      try { if (storage.getItem(STALE_KEY) === null) storage.setItem(STALE_KEY, new Date().toISOString()); } catch { /* full */ }
      if (!failing) {
        failing = true;
        openDialog({
          kind: 'error', title: 'Autosave failed',
          message: `This browser's storage refused the network (${(e as Error).message || (e as Error).name}). Your edits are still here: `
            + 'use Save to keep the network as a file. Until an autosave succeeds, a reload would bring back an older version.',
        });
      }
    }
  };
  const unsubscribe = useDesigner.subscribe((s, prev) => {
    if (s.current === prev.current) return;
    clearTimeout(timer);
    timer = setTimeout(flush, DELAY_MS);
  });
  const onHide = () => { if (timer !== undefined) { clearTimeout(timer); flush(); } };
  // (globalThis?.: Node, where the store's tests run, has no window events.)
  globalThis.addEventListener?.('pagehide', onHide);
  return () => { unsubscribe(); globalThis.removeEventListener?.('pagehide', onHide); clearTimeout(timer); };
}
