// The probes of `verify` (CONTRACT section 2), planned without I/O: which flows to send, on which destinations of
// the dedicated prefix, and what the simulator expects of each. The CLI's runner sends them; compare.ts judges.
// Default flows: under the MCollective preset a broadcast topic from every NOC broker to every broker and a reply
// queue from every broker back to each NOC broker (what MCollective itself does); under the plain preset (or with no
// NOC) a topic and a queue for each ordered pair. Capped, and `--flows` narrows.

import type { DestinationClass } from '../connectors';
import { simulate } from '../simulate';
import type { Topology } from '../types';
import { VerifyInputError } from './endpoints';

/** Probes live under this prefix, which no application uses; each run adds its own id. */
export const VERIFY_PREFIX = 'amqnd.verify';
/** At most this many flows per run (a flow is one receiver of one probe group). */
export const MAX_FLOWS = 200;

export interface PlannedFlow {
  from: string;
  to: string;
  /** `topic://…` or `queue://…` */
  destination: string;
  expected: boolean;
  /** The simulator's path when expected, else []. */
  path: string[];
  /** The simulator's reason when not expected. */
  reason?: string;
}

/** One sender and the receivers of one destination: a broadcast topic has many, every other group one. */
export interface ProbeGroup {
  from: string;
  destination: string;
  type: DestinationClass;
  /** Indexes into plan.flows. */
  flows: number[];
}

export interface VerifyPlan {
  runId: string;
  prefix: string;
  flows: PlannedFlow[];
  groups: ProbeGroup[];
  /** Every broker the probes touch (senders and receivers), in topology order. */
  brokers: string[];
  /** Set when the default flows were more than MAX_FLOWS: how many there would have been. */
  cappedFrom?: number;
}

/** `--flows` items: `default`, `all`, or `FROM>TO` with `*` for any broker on either side. */
export interface FlowSelection {
  all: boolean;
  defaults: boolean;
  pairs: { from: string; to: string }[];
}

export function parseFlows(text: string, brokerNames: string[]): FlowSelection {
  const sel: FlowSelection = { all: false, defaults: false, pairs: [] };
  const known = new Set(brokerNames);
  for (const raw of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'all') sel.all = true;
    else if (raw === 'default') sel.defaults = true;
    else {
      const m = /^(.+?)\s*>\s*(.+)$/.exec(raw);
      if (!m) throw new VerifyInputError(`--flows: ${JSON.stringify(raw)} is not "default", "all" or FROM>TO (with * for any broker)`);
      for (const side of [m[1], m[2]]) {
        if (side !== '*' && !known.has(side)) throw new VerifyInputError(`--flows: no broker named ${JSON.stringify(side)} in ${JSON.stringify(raw)}`);
      }
      sel.pairs.push({ from: m[1], to: m[2] });
    }
  }
  if (!sel.all && !sel.defaults && !sel.pairs.length) throw new VerifyInputError('--flows: name at least one flow (default, all, or FROM>TO)');
  return sel;
}

/** A destination-name part for a broker: ActiveMQ separators and wildcards replaced, unique within the run. */
function namer(): (broker: string) => string {
  const given = new Map<string, string>();
  const used = new Set<string>();
  return (broker) => {
    let n = given.get(broker);
    if (n) return n;
    const base = broker.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
    n = base;
    for (let i = 2; used.has(n); i++) n = `${base}_${i}`;
    used.add(n);
    given.set(broker, n);
    return n;
  };
}

interface Spec {
  from: string;
  type: DestinationClass;
  name: string;
  to: string[];
}

/** The probe groups of the default flows (before the cap). */
function defaultSpecs(topology: Topology, brokers: string[], nocs: string[], part: (b: string) => string, prefix: string): Spec[] {
  if (topology.settings.preset === 'mcollective' && nocs.length) {
    const broadcast = nocs.map((n) => ({ from: n, type: 'topic' as const, name: `${prefix}.broadcast.${part(n)}`, to: brokers.filter((b) => b !== n) }));
    const replies = nocs.flatMap((n) => brokers.filter((b) => b !== n).map((b) => ({ from: b, type: 'queue' as const, name: `${prefix}.reply.${part(b)}.to.${part(n)}`, to: [n] })));
    return [...broadcast, ...replies];
  }
  return pairSpecs(brokers, () => true, part, prefix);
}

function pairSpecs(brokers: string[], want: (from: string, to: string) => boolean, part: (b: string) => string, prefix: string): Spec[] {
  const out: Spec[] = [];
  for (const a of brokers) {
    for (const b of brokers) {
      if (a === b || !want(a, b)) continue;
      for (const type of ['topic', 'queue'] as const) out.push({ from: a, type, name: `${prefix}.${type}.${part(a)}.to.${part(b)}`, to: [b] });
    }
  }
  return out;
}

export function planVerify(topology: Topology, runId: string, selection?: FlowSelection): VerifyPlan {
  if (!/^[A-Za-z0-9_-]+$/.test(runId)) throw new Error(`run id ${JSON.stringify(runId)} must be letters, digits, _ or -`);
  const prefix = `${VERIFY_PREFIX}.${runId}`;
  const live = topology.brokers.filter((b) => b.role !== 'external');
  const brokers = live.map((b) => b.name);
  const nocs = live.filter((b) => b.role === 'noc').map((b) => b.name);
  const part = namer();
  const match = (pattern: string, name: string) => pattern === '*' || pattern === name;
  let specs: Spec[] = [];
  if (!selection || selection.defaults) specs.push(...defaultSpecs(topology, brokers, nocs, part, prefix));
  if (selection?.all) specs.push(...pairSpecs(brokers, () => true, part, prefix));
  else if (selection?.pairs.length) specs.push(...pairSpecs(brokers, (a, b) => selection.pairs.some((p) => match(p.from, a) && match(p.to, b)), part, prefix));
  const seen = new Set<string>();
  specs = specs.filter((s) => !seen.has(`${s.type}:${s.name}`) && seen.add(`${s.type}:${s.name}`));

  // The cap counts receivers: a broadcast to 500 brokers is 500 flows.
  const total = specs.reduce((n, s) => n + s.to.length, 0);
  const flows: PlannedFlow[] = [];
  const groups: ProbeGroup[] = [];
  for (const s of specs) {
    const room = MAX_FLOWS - flows.length;
    if (room <= 0) break;
    const to = s.to.slice(0, room);
    const sim = simulate(topology, s.from, to, { type: s.type, name: s.name });
    const group: ProbeGroup = { from: s.from, destination: `${s.type}://${s.name}`, type: s.type, flows: [] };
    for (const r of sim.results) {
      group.flows.push(flows.length);
      flows.push({ from: s.from, to: r.to, destination: group.destination, expected: r.delivered, path: r.delivered ? r.path : [], ...(r.delivered ? {} : { reason: r.reason }) });
    }
    groups.push(group);
  }
  const touched = new Set(flows.flatMap((f) => [f.from, f.to]));
  return {
    runId, prefix, flows, groups,
    brokers: brokers.filter((b) => touched.has(b)),
    ...(total > flows.length ? { cappedFrom: total } : {}),
  };
}

/** `topic://x` → `/topic/x`, the STOMP name ActiveMQ reads. */
export function stompDestination(destination: string): string {
  return destination.replace(/^(topic|queue):\/\//, '/$1/');
}
