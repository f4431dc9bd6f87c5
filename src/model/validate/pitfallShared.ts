// Helpers the pitfall rules share (network-pitfalls.md P1-P16): sample names standing for a destination pattern,
// the policy entry ActiveMQ picks for a destination, and the brokers a rule may judge (not external ones, whose
// files the model has not seen).

import type { QueuePolicy } from '../brokerFacts';
import { matchesDestination } from '../destinations';
import type { DerivedNetwork } from '../network';
import type { Broker } from '../types';

/** A concrete name a pattern matches: each `*` and `>` segment becomes `x` (`mcollective.>` → `mcollective.x`). */
export function sampleOf(pattern: string): string {
  return pattern.split(',')[0].trim().split('.').map((s) => (s === '*' || s === '>' ? 'x' : s)).join('.');
}

/** Literal segments first, then length: the more specific entry wins, as ActiveMQ's policy map picks it. */
function specificity(pattern: string): number {
  const segs = pattern.split('.');
  return segs.filter((s) => s !== '*' && s !== '>').length * 1000 + segs.length;
}

/** The queue policy entry that applies to `name`, or undefined when none matches. */
export function policyFor(policies: QueuePolicy[], name: string): QueuePolicy | undefined {
  let best: QueuePolicy | undefined;
  for (const p of policies) {
    if (!matchesDestination(p.pattern, name)) continue;
    if (!best || specificity(p.pattern) > specificity(best.pattern)) best = p;
  }
  return best;
}

/** The broker at graph index i when the rules may judge its file: the first of its name, and not external. */
export function judged(net: DerivedNetwork, i: number): Broker | undefined {
  const b = net.topology.brokers[i];
  return b && b.role !== 'external' && net.graph.index.get(b.name) === i ? b : undefined;
}
