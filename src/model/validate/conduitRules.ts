// Conduit rules for connectors kept as imported (the presets always get these right): a connector that carries
// queues needs conduitSubscriptions="false" (R6: a conduit drops consumer selectors, so direct-addressed
// MCollective requests strand on the wrong broker); one that carries topics keeps it true (R7: else duplicates).

import type { DerivedNetwork } from '../network';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

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

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const conduitCodes: CodeMeta[] = [
  {
    code: 'queue-conduit', severities: ['error'], refs: ['R6'],
    title: 'An imported connector carries queues with conduitSubscriptions on',
    breaks: 'A conduit merges remote consumers into one and drops their selectors, so direct-addressed MCollective requests (the mcollective.nodes queue, selected by identity) are forwarded to brokers with no matching consumer and stay stuck there: `mco rpc -I host` times out.',
    fix: 'Split the connector into a topics connector (queues excluded) and a queues connector with conduitSubscriptions="false", as the mcollective preset writes.',
    example: '<networkConnector name="de-noc" uri="static:(tcp://noc:61616)"/>   <!-- queues and topics, conduit on -->',
  },
  {
    code: 'topic-conduit', severities: ['error'], refs: ['R7'],
    title: 'An imported connector carries topics with conduitSubscriptions="false"',
    breaks: 'Every remote topic subscriber becomes its own network consumer, so each broadcast request crosses the bridge once per subscriber: servers receive duplicates and answer several times.',
    fix: 'Keep conduitSubscriptions on for topics: exclude topics from this connector, or split it into a topics connector and a queues connector.',
    example: '<networkConnector name="de-noc" conduitSubscriptions="false" uri="static:(tcp://noc:61616)"/>   <!-- carries topics too -->',
  },
];
