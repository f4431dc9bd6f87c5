// Autosave at the browser's storage limit: large networks are stored deflated and restore the same; when the
// storage refuses even that, the user is told once, the older stored network stays, and the next start says so.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeTopology, type Topology } from '../model';
import { AUTOSAVE_KEY, BACKUP_KEY, PACK_ABOVE, restoreAutosave, saveNow, STALE_KEY, startAutosave } from './autosave';
import { initialState, useDesigner } from './designerStore';
import { openDialog, useUi } from './uiStore';

/** localStorage with a quota in characters over all keys, throwing as browsers do when it is exceeded. */
class QuotaStorage {
  items = new Map<string, string>();
  constructor(public quota: number) {}
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(k, v);
  }
}

/** `n` imported brokers whose kept templates make the file large, as an import of real activemq.xml files does. */
function importedNetwork(n: number, name = 'big'): Topology {
  const template = `<beans>\n${'  <!-- a comment kept from the original file -->\n'.repeat(80)}</beans>\n`;
  const brokers = Array.from({ length: n }, (_, i) => ({
    name: `b${i}`, role: 'broker' as const, host: `b${i}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }],
    position: { x: i * 10, y: 0 }, imported: { file: `b${i}/activemq.xml`, template },
  }));
  return { format: 'amq-topology/1', name, settings: { preset: 'mcollective' }, brokers, links: [] };
}

const storageOf = (quota: number) => new QuotaStorage(quota) as unknown as Storage & QuotaStorage;

describe('autosave at the storage limit', () => {
  beforeEach(() => { vi.useFakeTimers(); openDialog(undefined); });
  afterEach(() => { vi.useRealTimers(); });

  it('stores a large network deflated and a small one as plain JSON, and restores both unchanged', () => {
    const big = importedNetwork(400);
    expect(serializeTopology(big).length).toBeGreaterThan(PACK_ABOVE);
    const storage = storageOf(5_000_000);
    expect(saveNow(big, storage)).toBe(true);
    const stored = storage.getItem(AUTOSAVE_KEY)!;
    expect(stored.startsWith('amq-deflate:')).toBe(true);
    expect(stored.length).toBeLessThan(serializeTopology(big).length / 20);
    expect(restoreAutosave(storage)).toEqual({ topology: big });

    const small = importedNetwork(3, 'small');
    expect(saveNow(small, storage)).toBe(true);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(serializeTopology(small));
    expect(restoreAutosave(storage)).toEqual({ topology: small });
  });

  it('keeps a damaged deflated autosave aside with a message', () => {
    const storage = storageOf(5_000_000);
    storage.setItem(AUTOSAVE_KEY, 'amq-deflate:AAAA');
    const restored = restoreAutosave(storage);
    expect(restored && 'problem' in restored && restored.problem).toMatch(/deflated text is damaged.*network-unreadable/);
    expect(storage.getItem(BACKUP_KEY)).toBe('amq-deflate:AAAA');
  });

  it('tells the user once when the storage refuses the network, keeps the older one, and says so at the next start', () => {
    const first = importedNetwork(3, 'first');
    const storage = storageOf(60_000);
    expect(saveNow(first, storage)).toBe(true);
    useDesigner.setState(initialState(first));
    const stop = startAutosave(storage);
    try {
      // Far too big for this storage even deflated (random hosts do not compress).
      const big = importedNetwork(2000, 'big');
      big.brokers.forEach((b) => { b.host = `${Math.random().toString(36).slice(2)}.example.net`; });
      useDesigner.setState(initialState(big));
      vi.advanceTimersByTime(1000);
      const dialog = useUi.getState().dialog;
      expect(dialog && dialog.kind === 'error' && dialog.title).toBe('Autosave failed');
      expect(storage.getItem(STALE_KEY)).not.toBeNull();
      openDialog(undefined);
      useDesigner.setState(initialState({ ...big, name: 'bigger' }));
      vi.advanceTimersByTime(1000);
      expect(useUi.getState().dialog).toBeUndefined(); // once per failing streak, not on every edit

      const restored = restoreAutosave(storage);
      expect(restored && 'topology' in restored && restored.topology.name).toBe('first');
      expect(restored && 'topology' in restored && restored.staleSince).toBe(storage.getItem(STALE_KEY));

      // Room again: the next save succeeds and the stale mark goes.
      storage.quota = 50_000_000;
      useDesigner.setState(initialState({ ...big, name: 'fits' }));
      vi.advanceTimersByTime(1000);
      expect(storage.getItem(STALE_KEY)).toBeNull();
      const after = restoreAutosave(storage);
      expect(after && 'topology' in after && after.topology.name).toBe('fits');
      expect(after && 'staleSince' in after).toBe(false);
    } finally {
      stop();
    }
  });
});
