// What a user may do under one broker's authorization map, as far as the auth rules ask (R11, R18): read, write and
// admin on the advisory topic, on a sample topic and on a sample queue a bridge forwards, and read alone on the
// advisory topic. The same answers as destinations.ts hasRights (a right is held when some entry matching the
// destination grants it to "*" or to one of the user's groups), shaped for rules that ask them for every user and
// bridge login of a network of thousands of brokers: no Set per question, each entry's pattern matched once.

import type { DestinationClass } from '../connectors';
import { matchesDestination, type Right } from '../destinations';
import type { DerivedNetwork } from '../network';
import type { AuthorizationEntry } from '../types';

// Representative names: an advisory a bridge subscribes to, and destinations it forwards.
const ADVISORY = 'ActiveMQ.Advisory.Consumer.Queue.mcollective.nodes';
const SAMPLE = { topic: 'mcollective.discovery.agent', queue: 'mcollective.nodes' } as const;

/** One bit per asked destination: which of them an entry's pattern matches. */
const ON_ADVISORY = 1;
const ON = { topic: 2, queue: 4 } as const;

// The bits of each pattern, by content: every broker holds its own copy of the same few entries, so this turns
// three wildcard matches per entry into one lookup. Bounded like destinations.ts's caches.
const topicBits = new Map<string, number>();
const queueBits = new Map<string, number>();

function entryBits(e: AuthorizationEntry): number {
  let bits = 0;
  if (e.topic !== undefined) {
    bits = topicBits.get(e.topic) ?? -1;
    if (bits < 0) {
      bits = (matchesDestination(e.topic, ADVISORY) ? ON_ADVISORY : 0) | (matchesDestination(e.topic, SAMPLE.topic) ? ON.topic : 0);
      if (topicBits.size > 10_000) topicBits.clear();
      topicBits.set(e.topic, bits);
    }
  }
  if (e.queue !== undefined) {
    let q = queueBits.get(e.queue) ?? -1;
    if (q < 0) {
      q = matchesDestination(e.queue, SAMPLE.queue) ? ON.queue : 0;
      if (queueBits.size > 10_000) queueBits.clear();
      queueBits.set(e.queue, q);
    }
    bits |= q;
  }
  return bits;
}

/** What a bridge user holds: read, write and admin on the advisory topic and on each class it may carry. */
export interface BridgeAccess {
  advisory: boolean;
  topic: boolean;
  queue: boolean;
}

/** One broker's authorization map, read for the asked destinations once, then asked about any groups. */
class MapRights {
  private readonly bits: number[];

  constructor(private readonly entries: AuthorizationEntry[]) {
    this.bits = entries.map(entryBits);
  }

  /** Read, write and admin on the advisory topic (what every client needs); else 'read' or 'none'. */
  advisory(groups: string[]): 'all' | 'read' | 'none' {
    if (this.all(ON_ADVISORY, groups)) return 'all';
    return this.holds(ON_ADVISORY, 'read', groups) ? 'read' : 'none';
  }

  bridge(groups: string[]): BridgeAccess {
    return { advisory: this.all(ON_ADVISORY, groups), topic: this.all(ON.topic, groups), queue: this.all(ON.queue, groups) };
  }

  private all(bit: number, groups: string[]): boolean {
    return this.holds(bit, 'read', groups) && this.holds(bit, 'write', groups) && this.holds(bit, 'admin', groups);
  }

  /** True when an entry matching destination `bit` grants `right` to "*" or to one of `groups`. */
  private holds(bit: number, right: Right, groups: string[]): boolean {
    for (let i = 0; i < this.entries.length; i++) {
      if ((this.bits[i] & bit) === 0) continue;
      const e = this.entries[i];
      // Named reads rather than e[right]: a property picked by a variable is a slow lookup in V8's optimised code.
      if (grants(right === 'read' ? e.read : right === 'write' ? e.write : e.admin, groups)) return true;
    }
    return false;
  }
}

// Both auth rules read every broker's map: read each once per derived network, which deriveNetwork keeps per
// topology object, so nothing read here outlives the topology it was read from.
const rightsByNet = new WeakMap<DerivedNetwork, Map<AuthorizationEntry[], MapRights>>();

export function rightsOf(net: DerivedNetwork, entries: AuthorizationEntry[]): MapRights {
  let maps = rightsByNet.get(net);
  if (!maps) rightsByNet.set(net, (maps = new Map()));
  let r = maps.get(entries);
  if (!r) maps.set(entries, (r = new MapRights(entries)));
  return r;
}

function grants(granted: string[], groups: string[]): boolean {
  for (const g of granted) if (g === '*' || groups.includes(g)) return true;
  return false;
}

/** True when a bridge with these rights may forward everything it carries. */
export function bridgeAllowed(a: BridgeAccess, carries: readonly DestinationClass[]): boolean {
  if (!a.advisory) return false;
  // Indexed, not for…of: this runs for both ends of every connector, and iterating the presets' frozen arrays
  // allocates an iterator result per class in V8's unoptimised tiers.
  for (let i = 0; i < carries.length; i++) if (!(carries[i] === 'topic' ? a.topic : a.queue)) return false;
  return true;
}

/** The rights a bridge carrying `carries` lacks, in words (empty when none). */
export function missingRights(a: BridgeAccess, carries: readonly DestinationClass[]): string[] {
  const missing: string[] = [];
  if (!a.advisory) missing.push('read/write/admin on topic ActiveMQ.Advisory.>');
  for (const cls of carries) if (!a[cls]) missing.push(`read/write/admin on ${cls}s such as ${SAMPLE[cls]}`);
  return missing;
}
