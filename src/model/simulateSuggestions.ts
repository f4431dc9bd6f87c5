// Destinations worth simulating, per preset (issue 14, "simulation that explains"): MCollective's own traffic
// (activemq-notes.md §1.2: broadcast requests on COLLECTIVE.*.agent topics, direct addressing on COLLECTIVE.nodes,
// replies on COLLECTIVE.reply.<identity>_<pid>.<seq> queues), and for a plain network the concrete destinations its
// authorization maps name, so a suggestion is something the network actually carries.

import type { Topology } from './types';
import { sampleOf } from './validate/pitfallShared';

export interface DestinationSuggestion {
  /** topic://NAME or queue://NAME, as the simulate form and the CLI take it. */
  destination: string;
  /** A few words on what travels there. */
  label: string;
  /** What a small button shows. */
  short: string;
}

const COLLECTIVE = 'mcollective';

const MCOLLECTIVE: DestinationSuggestion[] = [
  { destination: `topic://${COLLECTIVE}.discovery.agent`, short: 'discovery broadcast', label: 'MCollective broadcast: discovery (mco find, mco ping)' },
  { destination: `topic://${COLLECTIVE}.rpcutil.agent`, short: 'agent broadcast', label: 'MCollective broadcast: a request to every server running an agent' },
  { destination: `queue://${COLLECTIVE}.nodes`, short: 'direct request', label: 'MCollective direct request to chosen servers (mco … -I)' },
  { destination: `queue://${COLLECTIVE}.reply.noc-client_4242.1`, short: 'reply', label: 'MCollective reply to a client at the NOC' },
];

/** A name that a pattern of the authorization map stands for ("orders.>" → "orders.x"); none for ActiveMQ's own. */
function sample(pattern: string): string | undefined {
  if (pattern.startsWith('ActiveMQ.')) return undefined;
  const name = sampleOf(pattern);
  return /^[^\s]+$/.test(name) ? name : undefined;
}

export function destinationSuggestions(topology: Topology): DestinationSuggestion[] {
  if (topology.settings.preset === 'mcollective') return MCOLLECTIVE;
  const seen = new Set<string>();
  const out: DestinationSuggestion[] = [];
  for (const b of topology.brokers) {
    for (const e of b.authorization ?? []) {
      const type = e.queue !== undefined ? 'queue' : e.topic !== undefined ? 'topic' : undefined;
      const name = type && sample((e.queue ?? e.topic)!);
      if (!type || !name) continue;
      const destination = `${type}://${name}`;
      if (seen.has(destination)) continue;
      seen.add(destination);
      out.push({ destination, short: name, label: `a ${type} the authorization of ${b.name} names` });
      if (out.length >= 6) return out;
    }
  }
  if (!out.length) {
    out.push({ destination: 'queue://orders', short: 'a queue', label: 'a queue: one consumer gets each message' });
    out.push({ destination: 'topic://events', short: 'a topic', label: 'a topic: every subscriber gets each message' });
  }
  return out;
}
