// The designer store without a browser: drags keep the network object (so nothing re-validates), one drag is one
// undo step, renames carry links along, paste names are fresh, autosave refuses to lose a network, share links
// round-trip.

import { beforeEach, describe, expect, it } from 'vitest';
import { exampleTopology, serializeTopology, validate } from '../model';
import { addBrokerAt, copySelected, pasteClipboard, renameBroker } from './actions';
import { AUTOSAVE_KEY, BACKUP_KEY, restoreAutosave, saveNow } from './autosave';
import { endDrag, initialState, moveBrokers, redo, select, undo, useDesigner } from './designerStore';
import { currentTopology, diagnosticsOf } from './derived';
import { checkTtl } from './fieldChecks';
import { deflateSync } from 'fflate';
import { toBase64Url } from './base64url';
import { decodeNetwork, encodeNetwork, readShareLink } from './shareLink';

class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) { this.items.set(k, String(v)); }
}

const state = () => useDesigner.getState();

beforeEach(() => useDesigner.setState(initialState(exampleTopology('noc-and-countries'))));

describe('designer store', () => {
  it('moves brokers without replacing the network, so validation stays cached', () => {
    const network = state().current.network;
    const diagnostics = diagnosticsOf(network);
    moveBrokers([{ index: 1, position: { x: 5, y: 6 } }]);
    moveBrokers([{ index: 1, position: { x: 7, y: 8 } }]);
    expect(state().current.network).toBe(network);
    expect(diagnosticsOf(state().current.network)).toBe(diagnostics);
    expect(currentTopology().brokers[1].position).toEqual({ x: 7, y: 8 });
    expect(network.brokers.every((b) => b.position === undefined)).toBe(true);
  });

  it('records a whole drag as one undo step', () => {
    const before = state().current.positions[1];
    moveBrokers([{ index: 1, position: { x: 5, y: 6 } }]);
    moveBrokers([{ index: 1, position: { x: 7, y: 8 } }]);
    endDrag();
    expect(state().past).toHaveLength(1);
    undo();
    expect(state().current.positions[1]).toEqual(before);
    redo();
    expect(state().current.positions[1]).toEqual({ x: 7, y: 8 });
  });

  it('renames a broker and every link naming it; refuses a used or empty name', () => {
    expect(renameBroker(1, 'germany')).toEqual({ ok: true, value: 'germany' });
    expect(state().current.network.links[0]).toMatchObject({ from: 'noc', to: 'germany' });
    expect(validate(state().current.network)).toEqual([]);
    const network = state().current.network;
    expect(renameBroker(1, 'fr').ok).toBe(false);
    expect(renameBroker(1, '  ').ok).toBe(false);
    expect(state().current.network).toBe(network);
  });

  it('names new brokers broker1, noc1 and pasted ones freshly, links among them copied', () => {
    addBrokerAt('broker', { x: 0, y: 0 });
    addBrokerAt('noc', { x: 0, y: 0 });
    expect(state().current.network.brokers.slice(-2).map((b) => [b.name, b.host])).toEqual([['broker1', 'broker1.example.net'], ['noc1', 'noc1.example.net']]);
    select({ brokers: [0, 1], links: [] });
    expect(copySelected()).toBe(true);
    pasteClipboard();
    const { network } = state().current;
    expect(network.brokers.slice(-2).map((b) => b.name)).toEqual(['noc2', 'de2']);
    expect(network.links.at(-1)).toMatchObject({ from: 'noc2', to: 'de2', duplex: true });
    expect(state().selection.brokers).toEqual([7, 8]);
  });

  it('checks networkTTL: whole numbers of 1 or more, or -1', () => {
    expect(checkTtl('3', false)).toEqual({ ok: true, value: 3 });
    expect(checkTtl('-1', false)).toEqual({ ok: true, value: -1 });
    expect(checkTtl('', true)).toEqual({ ok: true, value: undefined });
    for (const bad of ['0', '-2', '1.5', 'two', '']) expect(checkTtl(bad, false).ok).toBe(false);
  });

  it('autosave never replaces a network by an empty one and keeps an unreadable one aside', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(saveNow(currentTopology(), storage)).toBe(true);
    expect(saveNow({ format: 'amq-topology/1', settings: { preset: 'mcollective' }, brokers: [], links: [] }, storage)).toBe(false);
    expect(restoreAutosave(storage)).toEqual({ topology: currentTopology() });
    storage.setItem(AUTOSAVE_KEY, '{"format": "nope"');
    const restored = restoreAutosave(storage);
    expect(restored && 'problem' in restored && restored.problem).toContain(BACKUP_KEY);
    expect(storage.getItem(BACKUP_KEY)).toBe('{"format": "nope"');
  });

  it('round-trips a network through a share-link fragment and refuses a damaged one', () => {
    const t = currentTopology();
    const hash = encodeNetwork(t);
    expect(hash).toMatch(/^#net=[A-Za-z0-9_-]+$/);
    expect(serializeTopology(decodeNetwork(hash)!)).toBe(serializeTopology(t));
    expect(decodeNetwork('#other')).toBeUndefined();
    expect(() => decodeNetwork('#net=AAAA')).toThrow(/damaged/);
  });

  it('unpacks a share link with the platform DecompressionStream, same network as fflate, and refuses bombs', async () => {
    const t = exampleTopology('mesh-of-three');
    const hash = encodeNetwork(t);
    expect(serializeTopology((await readShareLink(hash))!)).toBe(serializeTopology(t));
    expect(await readShareLink('#other')).toBeUndefined();
    await expect(readShareLink('#net=AAAA')).rejects.toThrow(/damaged/);
    await expect(readShareLink('#net=!!!')).rejects.toThrow(/damaged/);
    // 4 MB of spaces deflate to a few kB; with a 1 MB cap the link is refused before it is all unpacked.
    const bomb = deflateSync(new Uint8Array(4 * 1024 * 1024).fill(32), { level: 9 });
    const bombHash = '#net=' + toBase64Url(bomb);
    await expect(readShareLink(bombHash, 1024 * 1024)).rejects.toThrow(/more than 1 MB/);
    // A link that unpacks to text that is not a topology names the share link and the place.
    const notJson = '#net=' + toBase64Url(deflateSync(new TextEncoder().encode('{"format": ')));
    await expect(readShareLink(notJson)).rejects.toThrow(/share link.*line 1|not valid JSON/);
  });
});
