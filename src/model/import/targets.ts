// Resolving every connector target of an import in one pass: each bridge's first host to the imported broker that
// listens there (else an external broker named after the host), its further hosts (masterslave / failover) to the
// link's backups, and the host each imported broker is dialled by. Every step is a map lookup, so an import with
// tens of thousands of connectors stays linear.

import type { Broker } from '../types';
import type { ParsedUri } from '../uri';
import type { ImportedBroker } from './readBroker';
import { externalBroker, resolveTargetBy } from './resolve';

/** One bridge of one imported connector, with its target resolved. */
export interface RawLink {
  from: number;
  /** Index of an imported broker, or the key of an external one. */
  to: number | string;
  xml: string;
  targetIndex: number;
  /** A connector with one bridge (static:(one host) or masterslave:(…)): only such can be half of a preset pair. */
  single: boolean;
  /** The further hosts of a masterslave:(…) or failover:(…) target, as dialled. */
  backups: string[];
}

export interface Targets {
  rawLinks: RawLink[];
  externals: Map<string, Broker>;
  /** The host each imported broker is first dialled by. */
  dialedAs: Map<number, string>;
  /** Brokers whose dialled host matched only their file's name (docker-compose style): export must write it down. */
  hostFromFileName: Set<number>;
}

/** Names for external brokers: the host, else host-2, host-3…, never an imported broker's or another's name. */
class ExternalNames {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(imported: ImportedBroker[]) {
    this.taken = new Set(imported.map((b) => b.name));
  }

  name(host: string): string {
    let name = host;
    let i = this.next.get(host) ?? 2;
    // Names only ever join the set, so the suffixes already passed for this host stay taken.
    if (this.taken.has(name)) for (; this.taken.has((name = `${host}-${i}`)); i++);
    this.next.set(host, i);
    this.taken.add(name);
    return name;
  }
}

export function resolveTargets(imported: ImportedBroker[]): Targets {
  const out: Targets = { rawLinks: [], externals: new Map(), dialedAs: new Map(), hostFromFileName: new Set() };
  const names = new ExternalNames(imported);
  const dial = (at: number, host: string, byFileName: boolean) => {
    if (out.dialedAs.has(at)) return;
    out.dialedAs.set(at, host);
    if (byFileName) out.hostFromFileName.add(at);
  };
  imported.forEach((b, from) => {
    for (const c of b.connectors) {
      const { kind, targets } = c.discovery;
      targets.forEach((target, k) => {
        const [first, ...rest] = target.hosts;
        const single = targets.length === 1 && (kind === 'masterslave' || (kind === 'static' && rest.length === 0));
        const backups = rest.map((h) => h.host);
        const hit = resolveTargetBy(imported, from, first);
        let to: number | string;
        if (hit) {
          dial(hit.broker, first.host, hit.byFileName);
          to = hit.broker;
        } else {
          to = `${first.host.toLowerCase()}:${first.port ?? 61616}`;
          if (!out.externals.has(to)) out.externals.set(to, externalBroker(names.name(first.host), first));
        }
        // A backup host that is a broker of this import (a shared-store slave) is dialled by that host too.
        for (const h of rest) backupBroker(imported, from, h, dial);
        out.rawLinks.push({ from, to, xml: c.xml, targetIndex: k, single, backups });
      });
    }
  });
  return out;
}

function backupBroker(imported: ImportedBroker[], from: number, host: ParsedUri, dial: (at: number, host: string, byFileName: boolean) => void): void {
  const hit = resolveTargetBy(imported, from, host);
  if (hit) dial(hit.broker, host.host, hit.byFileName);
}
