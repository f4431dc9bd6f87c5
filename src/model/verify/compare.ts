// The verdict of `verify`, without I/O: what the probes saw against what the simulator expected, flow by flow, and
// the most specific cause of each difference. A broker that cannot be reached or refuses the login explains every
// flow from, to or through it; among the rest, a hop (bridge direction) that no delivered probe crossed is a silent
// bridge; a failed flow whose every hop carried other probes is a path shorter than designed (a lower TTL).

import type { DestinationClass } from '../connectors';
import { linkId } from '../names';
import type { Topology } from '../types';
import type { VerifyPlan } from './plan';

export type BrokerStatus = 'ok' | 'unreachable' | 'login-refused';

export interface BrokerProbe {
  name: string;
  /** host:port dialed */
  address: string;
  status: BrokerStatus;
  /** What the connection or the broker said, when not ok. */
  error?: string;
}

export interface FlowObservation {
  delivered: boolean;
  copies: number;
  latencyMs: number | null;
}

export type CauseKind = 'broker-unreachable' | 'login-refused' | 'bridge-silent' | 'path-differs' | 'duplicates';

export interface Cause {
  kind: CauseKind;
  brokers: string[];
  links: string[];
  message: string;
}

export interface FlowReport {
  from: string;
  to: string;
  destination: string;
  expected: boolean;
  delivered: boolean;
  copies: number;
  latencyMs: number | null;
  /** The simulator's path (expected flows) — what the designer paints. */
  path: string[];
  /** Set when the flow could not be measured (an end or a broker on its path was not reachable). */
  untested?: string;
}

export interface VerifyReport {
  format: 'amq-verify/1';
  verdict: 'as-designed' | 'differs';
  network?: string;
  runId: string;
  flows: FlowReport[];
  causes: Cause[];
  brokers: BrokerProbe[];
  cappedFrom?: number;
}

const CLASS_WORD: Record<DestinationClass, string> = { topic: 'topics', queue: 'queues' };

/** The links that forward from `a` to `b`: dialed a → b, or duplex b → a (any link between them if neither). */
export function forwardingLinks(topology: Topology, a: string, b: string): string[] {
  const forward = topology.links.filter((l) => (l.from === a && l.to === b) || (l.duplex && l.from === b && l.to === a));
  const any = forward.length ? forward : topology.links.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  return any.map(linkId);
}

const hopsOf = (path: string[]) => path.slice(1).map((b, i) => [path[i], b] as const);
const classOf = (destination: string): DestinationClass => (destination.startsWith('queue://') ? 'queue' : 'topic');
const arrow = (path: readonly string[]) => path.join(' → ');
const uniq = (xs: string[]) => [...new Set(xs)];

export function compareVerify(topology: Topology, plan: VerifyPlan, brokers: BrokerProbe[], observed: FlowObservation[]): VerifyReport {
  const status = new Map(brokers.map((b) => [b.name, b] as const));
  const down = (name: string) => (status.get(name)?.status ?? 'ok') !== 'ok';
  const flows: FlowReport[] = plan.flows.map((f, i) => {
    const o = observed[i] ?? { delivered: false, copies: 0, latencyMs: null };
    const blocked = [f.from, ...f.path.slice(1, -1), f.to].filter(down);
    return {
      from: f.from, to: f.to, destination: f.destination, expected: f.expected,
      delivered: o.delivered, copies: o.copies, latencyMs: o.delivered ? o.latencyMs : null, path: f.path,
      ...(blocked.length ? { untested: `${uniq(blocked).join(', ')} ${blocked.length > 1 ? 'were' : 'was'} not reachable` } : {}),
    };
  });
  const causes: Cause[] = [];

  for (const b of brokers.filter((x) => x.status !== 'ok')) {
    const touching = flows.filter((f) => f.untested && [f.from, ...f.path, f.to].includes(b.name)).length;
    const links = topology.links.filter((l) => l.from === b.name || l.to === b.name).map(linkId);
    const what = b.status === 'unreachable' ? `cannot be reached at ${b.address}` : `refused the probes' login at ${b.address}`;
    causes.push({
      kind: b.status === 'unreachable' ? 'broker-unreachable' : 'login-refused', brokers: [b.name], links,
      message: `broker ${b.name} ${what}${b.error ? ` (${b.error})` : ''}; ${touching} flow${touching === 1 ? '' : 's'} from, to or through it untested`,
    });
  }

  const measured = flows.filter((f) => !f.untested);
  // A hop is proven when a delivered probe of its class was expected to cross it.
  const proven = new Set(measured.filter((f) => f.delivered && f.expected).flatMap((f) => hopsOf(f.path).map(([a, b]) => `${classOf(f.destination)} ${a} ${b}`)));
  const silent = new Map<string, { a: string; b: string; classes: Set<DestinationClass>; flows: FlowReport[] }>();
  const shortened: FlowReport[] = [];
  for (const f of measured.filter((x) => x.expected && !x.delivered)) {
    const cls = classOf(f.destination);
    const unproven = hopsOf(f.path).filter(([a, b]) => !proven.has(`${cls} ${a} ${b}`));
    if (!unproven.length) shortened.push(f);
    for (const [a, b] of unproven) {
      const key = `${a}\n${b}`;
      const s = silent.get(key) ?? { a, b, classes: new Set<DestinationClass>(), flows: [] };
      s.classes.add(cls);
      s.flows.push(f);
      silent.set(key, s);
    }
  }
  const carried = measured.filter((f) => f.delivered && f.path.length > 1).length;
  for (const s of silent.values()) {
    const classes = [...s.classes].map((c) => CLASS_WORD[c]).join(' and ');
    causes.push({
      kind: 'bridge-silent', brokers: [s.a, s.b], links: forwardingLinks(topology, s.a, s.b),
      message: `the bridge ${s.a} → ${s.b} carried no probe (${classes}; ${s.flows.length} flow${s.flows.length === 1 ? '' : 's'} failed, e.g. ${s.flows[0].destination} ${arrow(s.flows[0].path)})` +
        (carried ? `, while ${carried} flow${carried === 1 ? '' : 's'} crossed other bridges` : ', and no probe crossed any bridge') +
        ': a bridge login refused, a connector missing, or a bridge down',
    });
  }
  if (shortened.length) {
    const longest = Math.max(...shortened.map((f) => f.path.length - 1));
    const e = shortened.find((f) => f.path.length - 1 === longest)!;
    causes.push({
      kind: 'path-differs', brokers: uniq(shortened.flatMap((f) => f.path)),
      links: uniq(shortened.flatMap((f) => hopsOf(f.path).flatMap(([a, b]) => forwardingLinks(topology, a, b)))),
      message: `${shortened.length} flow${shortened.length === 1 ? '' : 's'} of up to ${longest} hops failed although each of their bridges carried other probes (e.g. ${e.destination} ${arrow(e.path)}): ` +
        'the deployed paths are shorter than designed, as with a networkTTL (or messageTTL/consumerTTL) lower than the design\'s',
    });
  }
  const extra = measured.filter((f) => !f.expected && f.delivered);
  if (extra.length) {
    const reason = plan.flows.find((p) => p.from === extra[0].from && p.to === extra[0].to && p.destination === extra[0].destination)?.reason;
    causes.push({
      kind: 'path-differs', brokers: uniq(extra.flatMap((f) => [f.from, f.to])), links: [],
      message: `${extra.length} flow${extra.length === 1 ? ' was' : 's were'} delivered that the design does not deliver (e.g. ${extra[0].destination} ${extra[0].from} → ${extra[0].to}${reason ? `: ${reason}` : ''}): the deployed network has a path the design lacks`,
    });
  }
  const dup = measured.filter((f) => f.copies > 1);
  if (dup.length) {
    causes.push({
      kind: 'duplicates', brokers: uniq(dup.flatMap((f) => [f.from, f.to])),
      links: uniq(dup.flatMap((f) => hopsOf(f.path).flatMap(([a, b]) => forwardingLinks(topology, a, b)))),
      message: `${dup.length} flow${dup.length === 1 ? '' : 's'} received a probe more than once (e.g. ${dup[0].copies} copies of ${dup[0].destination} at ${dup[0].to}): two bridges or connectors carry the same messages`,
    });
  }
  const ok = causes.length === 0 && flows.every((f) => !f.untested && f.delivered === f.expected && f.copies <= 1);
  // CONTRACT's keys first (verdict, flows, causes); the rest extends it for the designer and for people.
  return {
    verdict: ok ? 'as-designed' : 'differs', flows, causes, brokers,
    format: 'amq-verify/1', ...(topology.name ? { network: topology.name } : {}), runId: plan.runId,
    ...(plan.cappedFrom ? { cappedFrom: plan.cappedFrom } : {}),
  };
}
