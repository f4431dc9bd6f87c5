// server.cfg/client.cfg of the examples with servers and clients added: parsed back as MCollective would, every key
// checked against the network (host, STOMP port, user, that broker's password, ssl flags, pool order).

import { describe, expect, it } from 'vitest';
import { exportFiles, parseMcollectiveCfg, type Topology } from '../../../src/model';
import { countriesWithGroups, type Expected, expectedEntries, meshWithGroups, pairWithGroups } from './helpers';

function cfgOf(t: Topology, path: string): Record<string, string> {
  const f = exportFiles(t).find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} among ${exportFiles(t).map((x) => x.path).join(', ')}`);
  return parseMcollectiveCfg(f.content);
}

/** The exact key set MCollective would read for a pool (paths and settings written out by hand, not from the model). */
function expectedCfg(entries: Expected[]): Record<string, string> {
  const out: Record<string, string> = {
    connector: 'activemq',
    'plugin.activemq.pool.size': String(entries.length),
    'plugin.activemq.randomize': 'false',
    'plugin.activemq.heartbeat_interval': '30',
  };
  entries.forEach((e, i) => {
    const k = `plugin.activemq.pool.${i + 1}`;
    Object.assign(out, { [`${k}.host`]: e.host, [`${k}.port`]: e.port, [`${k}.user`]: e.user });
    if (e.password !== undefined) out[`${k}.password`] = e.password;
    if (e.ssl) {
      Object.assign(out, {
        [`${k}.ssl`]: '1', [`${k}.ssl.fallback`]: '0',
        [`${k}.ssl.ca`]: `/etc/mcollective/ssl/brokers/${e.folder}.crt`,
        [`${k}.ssl.cert`]: '/etc/mcollective/ssl/TO-BE-FILLED-cert.pem',
        [`${k}.ssl.key`]: '/etc/mcollective/ssl/TO-BE-FILLED-key.pem',
      });
    }
  });
  return out;
}

describe.each([
  ['noc-and-countries', countriesWithGroups],
  ['clustering-2009', pairWithGroups],
  ['mesh-of-three', meshWithGroups],
])('%s with servers and clients', (_id, make) => {
  const t = make();

  it('writes server.cfg for each broker with servers and client.cfg for each NOC with clients, and nothing else new', () => {
    const cfgs = exportFiles(t).map((f) => f.path).filter((p) => p.endsWith('.cfg')).sort();
    const expected = t.brokers.flatMap((b) => [...(b.servers ? [`${b.name}/server.cfg`] : []), ...(b.role === 'noc' && b.clients ? [`${b.name}/client.cfg`] : [])]).sort();
    expect(cfgs).toEqual(expected);
    expect(cfgs.length).toBeGreaterThan(0);
  });

  it('each fragment reads back to exactly the pool the network gives', () => {
    for (const b of t.brokers) {
      if (b.servers) expect(cfgOf(t, `${b.name}/server.cfg`)).toEqual(expectedCfg(expectedEntries(t, b, 'servers')));
      if (b.clients) expect(cfgOf(t, `${b.name}/client.cfg`)).toEqual(expectedCfg(expectedEntries(t, b, 'clients')));
    }
  });
});

describe('concrete values', () => {
  it('the 2009 pair: data-center servers dial dc1 on 6163 as mcollective, NOC clients dial noc1 as admin', () => {
    const t = pairWithGroups();
    expect(cfgOf(t, 'dc1-broker/server.cfg')).toEqual({
      connector: 'activemq',
      'plugin.activemq.pool.size': '1',
      'plugin.activemq.randomize': 'false',
      'plugin.activemq.heartbeat_interval': '30',
      'plugin.activemq.pool.1.host': 'dc1.example.net',
      'plugin.activemq.pool.1.port': '6163',
      'plugin.activemq.pool.1.user': 'mcollective',
      'plugin.activemq.pool.1.password': 'server-Rk4!vTz9-mco',
    });
    const client = cfgOf(t, 'noc1-broker/client.cfg');
    expect([client['plugin.activemq.pool.1.host'], client['plugin.activemq.pool.1.user'], client['plugin.activemq.pool.1.password']]).toEqual(['noc1.example.net', 'admin', 'client-Pn8$wQs3-adm']);
  });

  it('pool order is the local broker, then the failover brokers as listed', () => {
    const t = countriesWithGroups();
    const de = cfgOf(t, 'de/server.cfg');
    expect([1, 2, 3].map((i) => de[`plugin.activemq.pool.${i}.host`])).toEqual(['amq-de.example.net', 'amq-noc.example.net', 'amq-fr.example.net']);
    t.brokers.find((b) => b.name === 'de')!.servers!.failover = ['fr', 'noc'];
    const swapped = cfgOf(t, 'de/server.cfg');
    expect([1, 2, 3].map((i) => swapped[`plugin.activemq.pool.${i}.host`])).toEqual(['amq-de.example.net', 'amq-fr.example.net', 'amq-noc.example.net']);
  });

  it('each entry carries the password that broker has for the user, even when brokers differ', () => {
    const t = countriesWithGroups();
    t.brokers.find((b) => b.name === 'noc')!.users!.find((u) => u.username === 'mcollective')!.password = 'noc-only-Zq8#pass';
    const de = cfgOf(t, 'de/server.cfg');
    expect(de['plugin.activemq.pool.1.password']).toBe('server-Rk4!vTz9-mco');
    expect(de['plugin.activemq.pool.2.password']).toBe('noc-only-Zq8#pass');
  });

  it('ssl flags only on the TLS entry of the mesh: its CA is broker3\'s certificate, this host\'s pair is to be filled', () => {
    const t = meshWithGroups();
    const b1 = cfgOf(t, 'broker1/server.cfg');
    expect(b1['plugin.activemq.pool.2.ssl']).toBeUndefined();
    expect([b1['plugin.activemq.pool.3.port'], b1['plugin.activemq.pool.3.ssl'], b1['plugin.activemq.pool.3.ssl.fallback']]).toEqual(['61614', '1', '0']);
    expect(b1['plugin.activemq.pool.3.ssl.ca']).toBe('/etc/mcollective/ssl/brokers/broker3.crt');
    const text = exportFiles(t).find((f) => f.path === 'broker1/server.cfg')!.content;
    expect(text).toContain('make-keystores.sh writes it as broker3/broker3.crt');
    expect(text).toMatch(/^# to be filled: this host's own certificate and key/m);
    expect(b1['plugin.activemq.pool.3.ssl.cert']).toMatch(/TO-BE-FILLED/);
  });

  it('the CA path follows the broker\'s folder in the export, also when two brokers\' names share a file-safe name', () => {
    const t = meshWithGroups();
    t.brokers[2].name = 'Broker 3';
    for (const b of t.brokers) b.servers!.failover = t.brokers.filter((o) => o !== b).map((o) => o.name);
    const files = exportFiles(t);
    const folder = files.map((f) => f.path).find((p) => p.endsWith('/activemq.xml') && !/^broker[12]\//.test(p))!.split('/')[0];
    expect(cfgOf(t, 'broker1/server.cfg')['plugin.activemq.pool.3.ssl.ca']).toBe(`/etc/mcollective/ssl/brokers/${folder}.crt`);
  });

  it('no password line where the pool broker lacks the user; one where the broker does not authenticate neither', () => {
    const t = countriesWithGroups();
    const noc = t.brokers.find((b) => b.name === 'noc')!;
    noc.users = noc.users!.filter((u) => u.username !== 'mcollective');
    const fr = t.brokers.find((b) => b.name === 'fr')!;
    delete fr.users;
    const de = cfgOf(t, 'de/server.cfg');
    expect(de['plugin.activemq.pool.1.password']).toBe('server-Rk4!vTz9-mco');
    expect(de['plugin.activemq.pool.2.password']).toBeUndefined();
    expect(de['plugin.activemq.pool.3.password']).toBeUndefined();
    expect(de['plugin.activemq.pool.2.user']).toBe('mcollective');
    const text = exportFiles(t).find((f) => f.path === 'de/server.cfg')!.content;
    expect(text).toContain('"noc" has no user "mcollective"');
    expect(text).toContain('"fr" does not authenticate');
  });

  it('README names the cfg files', () => {
    const readme = exportFiles(pairWithGroups()).find((f) => f.path === 'README.txt')!.content;
    expect(readme).toMatch(/^ {2}dc1-broker\/server\.cfg .*200 MCollective server/m);
    expect(readme).toMatch(/^ {2}noc1-broker\/client\.cfg /m);
  });
});
