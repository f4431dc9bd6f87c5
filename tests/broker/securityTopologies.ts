// The networks security.test.ts runs, built from the model's examples: the 2009 pair whose target does not know
// the bridge's password, and a three-site hub whose links dial ssl transports with per-broker key and trust stores.

import { type Topology, exampleTopology } from '../../src/model';

/**
 * clustering-2009 with the `amq` user's password changed on dc1-broker only: noc1-broker's connectors still log in
 * with the old one, which noc1's own vm connection accepts and dc1 refuses.
 */
export function wrongBridgePassword(): Topology {
  const t = exampleTopology('clustering-2009');
  const amq = t.brokers.find((b) => b.name === 'dc1-broker')!.users!.find((u) => u.username === 'amq')!;
  amq.password = 'another-Jd5%pRt8-amq';
  return t;
}

const SITES: Record<string, string> = { noc: 'paris-noc', de: 'frankfurt', fr: 'marseille' };

/**
 * noc-and-countries cut to the NOC, de and fr, each at its own site, each with an ssl transport and an SSL context
 * whose stores are relative paths (they resolve next to activemq.xml) with passwords of its own; every link dials
 * the target's ssl transport. Without `transport: 'ssl'` each link would be a plaintext WAN link.
 */
export function sslTopology(): Topology {
  const t = exampleTopology('noc-and-countries');
  t.name = 'ssl-sites';
  t.brokers = t.brokers.filter((b) => b.name in SITES);
  t.links = t.links.filter((l) => l.from in SITES && l.to in SITES);
  for (const b of t.brokers) {
    b.location = SITES[b.name];
    b.transports.push({ name: 'ssl', uri: 'ssl://0.0.0.0:61617' });
    // Characters a shell or an XML attribute would mangle if the script or the export quoted them wrongly.
    b.ssl = {
      keyStore: 'ssl/broker.ks',
      keyStorePassword: `ks-${b.name}-W3!q#z&'`,
      trustStore: 'ssl/broker.ts',
      trustStorePassword: `ts-${b.name}-K8"p<y`,
    };
  }
  for (const l of t.links) l.transport = 'ssl';
  return t;
}
