// Conduit rules for connectors kept as imported (the presets always get these right): a connector that carries
// queues needs conduitSubscriptions="false" (R6: a conduit drops consumer selectors, so direct-addressed
// MCollective requests strand on the wrong broker); one that carries topics keeps it true (R7: else duplicates).

import type { DerivedNetwork } from '../network';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';

export function conduitRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of net.connectors) {
    if (!c.raw || c.raw.targetIndex) continue;
    const where = `Connector ${JSON.stringify(c.name)} of ${JSON.stringify(c.broker)}`;
    if (c.carries.includes('queue') && c.conduitSubscriptions) {
      out.push(diagnostic('queue-conduit', 'error',
        `${where} carries queues with conduitSubscriptions on: it drops consumer selectors, so direct-addressed requests (mcollective.nodes) are forwarded to brokers with no matching consumer and get stuck. Split it into a topics connector and a queues connector with conduitSubscriptions="false" (the mcollective preset does this).`,
        [c.broker, c.target], [c.linkId]));
    }
    if (c.carries.includes('topic') && !c.conduitSubscriptions) {
      out.push(diagnostic('topic-conduit', 'error',
        `${where} carries topics with conduitSubscriptions="false": every remote subscriber becomes its own network consumer, so broadcast requests arrive several times. Keep conduitSubscriptions on for topics (exclude topics from this connector, or split it).`,
        [c.broker, c.target], [c.linkId]));
    }
  }
  return out;
}
