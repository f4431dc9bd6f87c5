// Generated networks for the benchmark: hub-and-spoke and "full-mesh-ish" (regional hubs in a mesh plus spokes).
//
// hub-and-spoke(n): one NOC broker and n-1 spokes, each spoke linked to the NOC by one duplex link (n-1 links,
//   diameter 2). The MCollective "NOC and countries" shape at scale.
// regional-mesh(n): R = round(1.5·√n) regional hubs, every pair of hubs linked by a duplex link (a full mesh of
//   R(R-1)/2 links), and each of the other n-R brokers dual-homed: one duplex link to its own hub and one to the
//   next region's hub (2(n-R) links). Diameter 3 (spoke → hub → hub → spoke). For n = 1,000: 47 hubs,
//   1,081 + 1,906 = 2,987 links; n = 100: 15 hubs, 275 links; n = 10: 5 hubs, 20 links.
//
// Every broker has its own host in its own location, OpenWire and STOMP over TLS with an sslContext, MCollective's
// users and authorization, and every link carries the bridge credentials: the networks validate with no error and no
// warning (links between locations are ssl), and the XML is what a real deployment would hold.

import { type Broker, type Link, mcollectiveAuthorization, mcollectiveUsers, type Topology } from '../src/model';

const PASSWORDS = { bridge: 'bench-bridge-Xu7#qLw2', server: 'bench-server-Rk4!vTz9', client: 'bench-client-Pn8$wQs3', store: 'bench-store-Jm5%tYe6' };

function broker(name: string, role: 'noc' | 'broker', location: string): Broker {
  return {
    name,
    role,
    host: `${name}.bench.example.net`,
    location,
    transports: [
      { name: 'openwire+ssl', uri: 'ssl://0.0.0.0:61617' },
      { name: 'stomp+ssl', uri: 'stomp+nio+ssl://0.0.0.0:61614' },
    ],
    users: mcollectiveUsers(PASSWORDS),
    authorization: mcollectiveAuthorization(),
    ssl: {
      keyStore: `/etc/activemq/${name}.keystore.jks`, keyStorePassword: PASSWORDS.store,
      trustStore: '/etc/activemq/network.truststore.jks', trustStorePassword: PASSWORDS.store,
    },
  };
}

function link(from: string, to: string): Link {
  return { from, to, duplex: true, userName: 'amq', password: PASSWORDS.bridge };
}

function topology(name: string, brokers: Broker[], links: Link[]): Topology {
  return { format: 'amq-topology/1', name, settings: { preset: 'mcollective' }, brokers, links };
}

export function hubAndSpoke(n: number): Topology {
  const noc = broker('noc', 'noc', 'NOC');
  const spokes = Array.from({ length: n - 1 }, (_, i) => broker(`spoke-${i + 1}`, 'broker', `site-${i + 1}`));
  return topology(`hub-and-spoke-${n}`, [noc, ...spokes], spokes.map((s) => link(noc.name, s.name)));
}

export function regionalHubCount(n: number): number {
  return Math.max(2, Math.round(1.5 * Math.sqrt(n)));
}

export function regionalMesh(n: number): Topology {
  const r = regionalHubCount(n);
  const hubs = Array.from({ length: r }, (_, i) => broker(`hub-${i + 1}`, i === 0 ? 'noc' : 'broker', `region-${i + 1}`));
  const links: Link[] = [];
  for (let i = 0; i < r; i++) for (let j = i + 1; j < r; j++) links.push(link(hubs[i].name, hubs[j].name));
  const spokes: Broker[] = [];
  for (let k = 0; k < n - r; k++) {
    const region = k % r;
    const spoke = broker(`site-${k + 1}`, 'broker', `region-${region + 1}`);
    spokes.push(spoke);
    links.push(link(spoke.name, hubs[region].name), link(spoke.name, hubs[(region + 1) % r].name));
  }
  return topology(`regional-mesh-${n}`, [...hubs, ...spokes], links);
}
