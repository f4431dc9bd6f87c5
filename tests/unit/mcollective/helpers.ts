// Test helper for the MCollective cfg tests: the examples with server groups and NOC clients added, and what a
// pool entry should say, worked out from the topology by hand (not through the model's pool code).

import { type Broker, exampleTopology, type Topology } from '../../../src/model';

/** noc-and-countries: servers at every country (failover to the NOC, then the next country), clients at the NOC. */
export function countriesWithGroups(): Topology {
  const t = exampleTopology('noc-and-countries');
  const countries = t.brokers.filter((b) => b.role === 'broker').map((b) => b.name);
  t.brokers.forEach((b, i) => {
    if (b.role === 'noc') b.clients = { name: 'ops', failover: ['de'] };
    else b.servers = { name: `nodes-${b.name}`, count: 10 * i, failover: ['noc', countries[i % countries.length]] };
  });
  return t;
}

/** clustering-2009: the data center's servers (STOMP on 6163) and the NOC's clients, no failover. */
export function pairWithGroups(): Topology {
  const t = exampleTopology('clustering-2009');
  t.brokers[0].clients = { name: 'ops' };
  t.brokers[1].servers = { name: 'dc1', count: 200 };
  return t;
}

/** mesh-of-three with broker3's STOMP on TLS (61614): servers everywhere, failing over to the other two. */
export function meshWithGroups(): Topology {
  const t = exampleTopology('mesh-of-three');
  t.brokers[2].transports[1].uri = 'stomp+nio+ssl://0.0.0.0:61614';
  for (const b of t.brokers) b.servers = { name: `at-${b.name}`, count: 5, user: 'mcollective', failover: t.brokers.filter((o) => o !== b).map((o) => o.name) };
  return t;
}

export interface Expected {
  host: string;
  port: string;
  user: string;
  password: string | undefined;
  ssl: boolean;
  /** The broker's folder in the export (its name, for these examples). */
  folder: string;
}

/** What pool entry i (0-based) of a group should hold, read straight off the topology. */
export function expectedEntries(t: Topology, b: Broker, kind: 'servers' | 'clients'): Expected[] {
  const user = b[kind]?.user ?? (kind === 'servers' ? 'mcollective' : 'admin');
  return [b.name, ...(b[kind]?.failover ?? [])].map((name) => {
    const p = t.brokers.find((x) => x.name === name)!;
    const stomp = p.transports.map((x) => /^(stomp(?:\+nio)?(\+ssl)?):\/\/[^:]*:(\d+)/.exec(x.uri)).find(Boolean)!;
    return { host: p.host, port: stomp[3], user, password: p.users?.find((u) => u.username === user)?.password, ssl: stomp[2] !== undefined, folder: p.name };
  });
}
