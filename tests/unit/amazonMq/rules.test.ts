// The Amazon MQ diagnostics (CONTRACT section 3, second table): each fires exactly on its condition, only when the
// network's target is amazon-mq, and the one-click fixes clear what they are offered for.

import { describe, expect, it } from 'vitest';
import { exampleTopology, validate, type Topology } from '../../../src/model';
import { fixesFor } from '../../../src/model/fixes';
import { codeMeta } from '../../../src/model/validate/catalogue';
import { passwordPolicyProblem } from '../../../src/model/validate/amazonMqRules';

const PASSWORD = 'Br1dge-Passw0rd-xyz';
const user = (username: string, password = PASSWORD) => ({ username, password, groups: ['admins', 'everyone'] });

/** A clean hub and two spokes on Amazon MQ: the hub dials each spoke once, duplex. */
function hubAndSpokes(): Topology {
  return {
    format: 'amq-topology/1', name: 'hub', settings: { preset: 'plain', target: 'amazon-mq', activemqVersion: '5.18' },
    brokers: ['hub', 'spoke1', 'spoke2'].map((name) => ({ name, role: name === 'hub' ? 'noc' as const : 'broker' as const, host: '', transports: [], users: [user('bridge'), user('admin', 'Adm1n-Passw0rd-xyz')] })),
    links: [
      { from: 'hub', to: 'spoke1', duplex: true, userName: 'bridge' },
      { from: 'hub', to: 'spoke2', duplex: true, userName: 'bridge' },
    ],
  };
}

const amazonCodes = (t: Topology) => validate(t).filter((d) => d.code.startsWith('amazon-mq-'));
const codesOf = (t: Topology, code: string) => validate(t).filter((d) => d.code === code);

describe('a clean Amazon MQ network', () => {
  it('raises no diagnostic at all', () => {
    expect(validate(hubAndSpokes())).toEqual([]);
  });

  it('raises no amazon-mq-* code when the target is activemq, whatever it holds', () => {
    const t = exampleTopology('clustering-2009');
    expect(amazonCodes(t)).toEqual([]);
    expect(amazonCodes({ ...t, settings: { ...t.settings, target: 'amazon-mq' } }).length).toBeGreaterThan(0);
  });

  it('every amazon-mq code has its catalogue entry', () => {
    for (const code of ['amazon-mq-unsupported', 'amazon-mq-password-policy', 'amazon-mq-transport', 'amazon-mq-bridge-user', 'amazon-mq-dependency-cycle']) {
      expect(codeMeta(code)?.title, code).toBeTruthy();
    }
  });
});

describe('amazon-mq-unsupported', () => {
  it('names each transport, ssl context and schema-removed item, one diagnostic each', () => {
    const t = hubAndSpokes();
    t.brokers[1] = { ...t.brokers[1], transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'ok', uri: 'ssl://0.0.0.0:61617' }], ssl: { trustStore: 't.jks' } };
    const found = codesOf(t, 'amazon-mq-unsupported');
    expect(found.map((d) => d.brokers)).toEqual([['spoke1'], ['spoke1']]);
    expect(found[0].message).toMatch(/Transport "openwire" \(tcp:\/\/0.0.0.0:61616\)/);
    expect(found[1].message).toMatch(/SSL context/);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports what the schema removes from an imported broker\'s configuration, and the version', () => {
    const t = exampleTopology('clustering-2009');
    const ex = { ...t, settings: { ...t.settings, target: 'amazon-mq' as const, activemqVersion: '5.16' } };
    const msgs = codesOf(ex, 'amazon-mq-unsupported').map((d) => d.message);
    expect(msgs.some((m) => /"5.16" is not an Amazon MQ engine version/.test(m))).toBe(true);
  });

  it('offers the service\'s endpoints, which clear the transport and ssl items', () => {
    const t = hubAndSpokes();
    t.brokers[1] = { ...t.brokers[1], transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], ssl: { trustStore: 't.jks' } };
    const d = codesOf(t, 'amazon-mq-unsupported')[0];
    const [fix] = fixesFor(t, d);
    expect(fix.label).toBe('Use Amazon MQ\'s endpoints on spoke1');
    expect(codesOf(fix.apply(t), 'amazon-mq-unsupported')).toEqual([]);
  });
});

describe('amazon-mq-password-policy', () => {
  it('applies the service\'s rules: 12-250 characters, 4 distinct, none of , : =', () => {
    expect(passwordPolicyProblem('abcdefghijk')).toMatch(/11 characters/);
    expect(passwordPolicyProblem('abcabcabcabc')).toMatch(/fewer than 4 different/);
    expect(passwordPolicyProblem('abcdabcdabcd')).toBeUndefined();
    expect(passwordPolicyProblem('abcdefghijk:')).toMatch(/":"/);
    expect(passwordPolicyProblem('a,b=cdefghijkl')).toMatch(/","/);
    expect(passwordPolicyProblem('x'.repeat(249) + 'abc')).toMatch(/252 characters/);
    expect(passwordPolicyProblem('abcd'.repeat(62) + 'ab')).toBeUndefined();
  });

  it('fires on a user and on a link password, as errors', () => {
    const t = hubAndSpokes();
    t.brokers[2].users = [user('bridge'), user('admin', 'short')];
    t.links[0] = { ...t.links[0], password: 'a=b,c:defghijk' };
    const found = codesOf(t, 'amazon-mq-password-policy');
    expect(found.map((d) => [d.severity, d.brokers, d.links])).toEqual([['error', ['spoke2'], []], ['error', ['hub', 'spoke1'], ['hub-spoke1']]]);
  });
});

describe('amazon-mq-transport', () => {
  it('fires on a link dialling a tcp or non-61617 transport, not on the service\'s endpoint or a bare broker', () => {
    const t = hubAndSpokes();
    t.brokers[1] = { ...t.brokers[1], transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] };
    t.brokers[2] = { ...t.brokers[2], transports: [{ name: 'openwire', uri: 'ssl://0.0.0.0:61617' }] };
    const found = codesOf(t, 'amazon-mq-transport');
    expect(found.map((d) => d.links)).toEqual([['hub-spoke1']]);
    const [fix] = fixesFor(t, found[0]);
    expect(codesOf(fix.apply(t), 'amazon-mq-transport')).toEqual([]);
  });

  it('fires on a kept connector that discovers or dials 61616, not on one dialling ssl 61617', () => {
    const t = hubAndSpokes();
    t.links[0] = { from: 'hub', to: 'spoke1', userName: 'bridge', connectors: [{ xml: '<networkConnector name="c" userName="bridge" uri="static:(tcp://b-1.mq.x.amazonaws.com:61616)"/>' }] };
    t.links[1] = { from: 'hub', to: 'spoke2', userName: 'bridge', connectors: [{ xml: '<networkConnector name="d" userName="bridge" duplex="true" uri="masterslave:(ssl://b-2-1.mq.x.amazonaws.com:61617,ssl://b-2-2.mq.x.amazonaws.com:61617)"/>' }] };
    expect(codesOf(t, 'amazon-mq-transport').map((d) => d.links)).toEqual([['hub-spoke1']]);
    // A new topology object: derived networks are memoised per object.
    const discovering = { ...t, brokers: [{ ...t.brokers[0], imported: { template: '', connectors: ['<networkConnector uri="multicast://default"/>'] } }, ...t.brokers.slice(1)] };
    expect(codesOf(discovering, 'amazon-mq-transport').map((d) => d.brokers)).toEqual([['hub', 'spoke1'], ['hub']]);
  });
});

describe('amazon-mq-bridge-user', () => {
  it('fires when the link has no user, the user is missing on either end, or its passwords differ', () => {
    const noUser = hubAndSpokes();
    delete noUser.links[0].userName;
    expect(codesOf(noUser, 'amazon-mq-bridge-user').map((d) => d.links)).toEqual([['hub-spoke1']]);

    const missingOnHub = hubAndSpokes();
    missingOnHub.brokers[0].users = [user('admin')];
    const m = codesOf(missingOnHub, 'amazon-mq-bridge-user');
    expect(m).toHaveLength(2);
    expect(m[0].message).toMatch(/missing on "hub"/);

    const otherPassword = hubAndSpokes();
    otherPassword.brokers[2].users = [user('bridge', 'Another-Passw0rd-1')];
    const o = codesOf(otherPassword, 'amazon-mq-bridge-user');
    expect(o.map((d) => d.links)).toEqual([['hub-spoke2']]);
    expect(o[0].message).toMatch(/"spoke2" has it with another password/);

    const linkPassword = hubAndSpokes();
    linkPassword.links[1] = { ...linkPassword.links[1], password: 'Not-The-Users-1' };
    expect(codesOf(linkPassword, 'amazon-mq-bridge-user')[0].message).toMatch(/"hub" and "spoke2" have it with another password than the link/);
  });
});

describe('amazon-mq-dependency-cycle', () => {
  it('fires on a pair dialling each other and offers one duplex link from either side, which clears it', () => {
    const t = hubAndSpokes();
    t.links.push({ from: 'spoke1', to: 'hub', userName: 'bridge' });
    const [d] = codesOf(t, 'amazon-mq-dependency-cycle');
    expect(d.brokers.sort()).toEqual(['hub', 'spoke1']);
    expect(d.links.sort()).toEqual(['hub-spoke1', 'spoke1-hub']);
    const fixes = fixesFor(t, d);
    expect(fixes.map((f) => f.label)).toEqual(['One duplex link from hub to spoke1', 'One duplex link from spoke1 to hub']);
    for (const f of fixes) {
      const after = f.apply(t);
      expect(codesOf(after, 'amazon-mq-dependency-cycle')).toEqual([]);
      expect(after.links.filter((l) => [l.from, l.to].sort().join() === 'hub,spoke1')).toHaveLength(1);
      expect(validate(after)).toEqual([]);
    }
  });

  it('fires on a ring of duplex links and offers to turn one around', () => {
    const t = hubAndSpokes();
    t.links = [
      { from: 'hub', to: 'spoke1', duplex: true, userName: 'bridge' },
      { from: 'spoke1', to: 'spoke2', duplex: true, userName: 'bridge' },
      { from: 'spoke2', to: 'hub', duplex: true, userName: 'bridge' },
    ];
    const [d] = codesOf(t, 'amazon-mq-dependency-cycle');
    expect(d.brokers.sort()).toEqual(['hub', 'spoke1', 'spoke2']);
    const fixes = fixesFor(t, d);
    expect(fixes.length).toBe(3);
    expect(codesOf(fixes[0].apply(t), 'amazon-mq-dependency-cycle')).toEqual([]);
  });

  it('does not fire on the mesh and hub-and-spoke examples (one duplex link per pair, a DAG)', () => {
    for (const id of ['mesh-of-three', 'noc-and-countries']) {
      const t = exampleTopology(id);
      expect(codesOf({ ...t, settings: { ...t.settings, target: 'amazon-mq' } }, 'amazon-mq-dependency-cycle')).toEqual([]);
    }
  });
});
