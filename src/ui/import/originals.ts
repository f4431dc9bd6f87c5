// The original activemq.xml texts of imported brokers, keyed by broker name: UI state kept beside the document
// (never in the topology or the saved file), so the XML preview can diff a broker's file against the export.

import { create } from 'zustand';
import type { Broker } from '../../model';

export interface Original {
  /** The file name the importer read it from (broker.imported.file). */
  file: string;
  text: string;
}

export const useOriginals = create<{ byBroker: ReadonlyMap<string, Original> }>(() => ({ byBroker: new Map() }));

/** After an import: `replace` forgets the originals of the network that was replaced, a merge keeps the others. */
export function rememberOriginals(entries: [string, Original][], replace: boolean): void {
  useOriginals.setState((s) => {
    const next = new Map(replace ? [] : s.byBroker);
    for (const [name, o] of entries) next.set(name, o);
    return { byBroker: next };
  });
}

/**
 * The original of this broker: by its name if that entry is from the broker's file, else (after a rename) the one
 * entry read from that file, if only one is.
 */
export function originalOf(byBroker: ReadonlyMap<string, Original>, broker: Broker | undefined): Original | undefined {
  const file = broker?.imported?.file;
  if (!broker || file === undefined) return undefined;
  const o = byBroker.get(broker.name);
  if (o) return o.file === file ? o : undefined;
  const same = [...byBroker.values()].filter((x) => x.file === file);
  return same.length === 1 ? same[0] : undefined;
}
