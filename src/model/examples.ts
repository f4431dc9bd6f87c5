// Example networks: the designer's templates and the CLI's and tests' reference networks. Each validates clean.

import type { AuthorizationEntry, Broker, Link, Topology, Transport, User } from './types';

export interface Example {
  id: string;
  title: string;
  description: string;
  topology: Topology;
}

/** The users of MCollective's multi-broker examples (MCO-EXT): the bridge user `amq` must exist on every broker. */
export function mcollectiveUsers(passwords: { bridge: string; server: string; client: string }): User[] {
  return [
    { username: 'amq', password: passwords.bridge, groups: ['admins', 'everyone'] },
    { username: 'mcollective', password: passwords.server, groups: ['mcollective', 'everyone'] },
    { username: 'admin', password: passwords.client, groups: ['mcollective', 'admins', 'everyone'] },
  ];
}

/** MCollective's "simple restrictions" (MCO-AMQ): admins everywhere, mcollective on mcollective.>, everyone on advisories. */
export function mcollectiveAuthorization(): AuthorizationEntry[] {
  const all = (g: string) => ({ read: [g], write: [g], admin: [g] });
  return [
    { queue: '>', ...all('admins') },
    { topic: '>', ...all('admins') },
    { queue: 'mcollective.>', ...all('mcollective') },
    { topic: 'mcollective.>', ...all('mcollective') },
    { topic: 'ActiveMQ.Advisory.>', ...all('everyone') },
  ];
}

const PASSWORDS = { bridge: 'bridge-Xu7#qLw2-amq', server: 'server-Rk4!vTz9-mco', client: 'client-Pn8$wQs3-adm' };

function transports(openwire: number, stomp: number): Transport[] {
  return [
    { name: 'openwire', uri: `tcp://0.0.0.0:${openwire}` },
    { name: 'stomp', uri: `stomp+nio://0.0.0.0:${stomp}` },
  ];
}

function broker(name: string, role: 'noc' | 'broker', host: string, x: number, y: number, ports: [number, number] = [61616, 61613]): Broker {
  return {
    name, role, host,
    transports: transports(...ports),
    users: mcollectiveUsers(PASSWORDS),
    authorization: mcollectiveAuthorization(),
    position: { x, y },
  };
}

function duplex(from: string, to: string): Link {
  return { from, to, duplex: true, userName: 'amq', password: PASSWORDS.bridge };
}

const pair: Topology = {
  format: 'amq-topology/1',
  name: 'clustering-2009',
  settings: { preset: 'mcollective' },
  brokers: [
    broker('noc1-broker', 'noc', 'noc1.example.net', 0, 0, [6166, 6163]),
    broker('dc1-broker', 'broker', 'dc1.example.net', 300, 0, [6166, 6163]),
  ],
  links: [duplex('noc1-broker', 'dc1-broker')],
};

const countries = ['de', 'fr', 'uk', 'us'];
const nocAndCountries: Topology = {
  format: 'amq-topology/1',
  name: 'noc-and-countries',
  settings: { preset: 'mcollective' },
  brokers: [
    broker('noc', 'noc', 'amq-noc.example.net', 300, 0),
    ...countries.map((c, i) => broker(c, 'broker', `amq-${c}.example.net`, i * 200, 250)),
  ],
  links: countries.map((c) => duplex('noc', c)),
};

const mesh: Topology = {
  format: 'amq-topology/1',
  name: 'mesh-of-three',
  settings: { preset: 'mcollective' },
  brokers: [
    broker('broker1', 'broker', 'broker1.example.net', 200, 0),
    broker('broker2', 'broker', 'broker2.example.net', 0, 300),
    broker('broker3', 'broker', 'broker3.example.net', 400, 300),
  ],
  links: [duplex('broker1', 'broker2'), duplex('broker1', 'broker3'), duplex('broker2', 'broker3')],
};

export const examples: readonly Example[] = [
  { id: 'noc-and-countries', title: 'NOC and four countries (hub and spoke)', description: 'A NOC broker with duplex links to a broker in each of four countries; country-to-country traffic crosses the NOC (networkTTL 2).', topology: nocAndCountries },
  { id: 'clustering-2009', title: 'Two-broker pair (2009 clustering post)', description: 'The NOC and data-center pair of the 2009 ActiveMQ clustering post: OpenWire on 6166, STOMP on 6163, bridge user amq.', topology: pair },
  { id: 'mesh-of-three', title: 'Full mesh of three brokers', description: 'Three brokers, each linked to the other two by a duplex link (networkTTL 1).', topology: mesh },
];

/** A deep copy of an example's topology, safe to edit. */
export function exampleTopology(id: string): Topology {
  const ex = examples.find((e) => e.id === id);
  if (!ex) throw new Error(`no example named ${JSON.stringify(id)}; known: ${examples.map((e) => e.id).join(', ')}`);
  return structuredClone(ex.topology);
}
