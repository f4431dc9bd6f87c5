// Import of the MCollective hub-and-spoke fixture: brokers, hosts, preset links, users, authorization, ssl, no errors.

import { describe, expect, it } from 'vitest';
import { mcollectiveAuthorization, validate } from '../../../src/model';
import { importFixture } from './helpers';

describe('import: MCollective hub with two spokes', () => {
  const t = importFixture('hub-spoke');
  const byName = (n: string) => t.brokers.find((b) => b.name === n)!;

  it('reads the three brokers, with the hosts the hub dials', () => {
    expect(t.brokers.map((b) => [b.name, b.role, b.host])).toEqual([
      ['hub', 'broker', 'hub'], ['spoke1', 'broker', 'spoke1.example.net'], ['spoke2', 'broker', 'spoke2.example.net'],
    ]);
    expect(t.brokers.every((b) => b.imported?.file?.startsWith('hub-spoke/'))).toBe(true);
  });

  it('turns each topics/queues pair into one preset link with explicit TTL and credentials', () => {
    expect(t.links).toEqual([
      { from: 'hub', to: 'spoke1', duplex: true, networkTTL: 2, userName: 'amq', password: 'Bridge-pass-4711' },
      { from: 'hub', to: 'spoke2', duplex: true, networkTTL: 2, userName: 'amq', password: 'Bridge-pass-4711' },
    ]);
    expect(t.settings.preset).toBe('mcollective');
  });

  it('reads transports, users, authorization and the ssl context', () => {
    const hub = byName('hub');
    expect(hub.transports).toEqual([{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'stomp', uri: 'stomp+nio://0.0.0.0:61613' }]);
    expect(hub.users!.map((u) => [u.username, u.groups.join(',')])).toEqual([
      ['amq', 'admins,everyone'], ['mcollective', 'mcollective,everyone'], ['admin', 'mcollective,admins,everyone'],
    ]);
    expect(hub.authorization).toEqual(mcollectiveAuthorization());
    expect(hub.ssl).toEqual({
      keyStore: 'file:${activemq.base}/conf/hub.ks', keyStorePassword: '${ks.password}',
      trustStore: 'file:${activemq.base}/conf/hub.ts', trustStorePassword: '${ts.password}',
    });
    expect(byName('spoke1').ssl).toBeUndefined();
  });

  it('keeps the unmodelled sections in the template and cuts out the modelled ones', () => {
    const tpl = byName('hub').imported!.template;
    for (const kept of ['<persistenceAdapter>', '<systemUsage>', '<destinationPolicy>', '<managementContext>', '<import resource="jetty.xml"/>', '<!-- the web console -->']) {
      expect(tpl).toContain(kept);
    }
    for (const cut of ['hub-spoke1-topics', 'authenticationUser', 'authorizationEntry ', 'hub.ks', 'brokerName=']) expect(tpl).not.toContain(cut);
  });

  it('has no diagnostics at all (the clean network)', () => {
    expect(validate(t)).toEqual([]);
  });
});
