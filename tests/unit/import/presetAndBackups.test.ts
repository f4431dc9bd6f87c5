// Issue 15 item 5: the preset an import gets is inferred from the files (MCollective's topics/queues split or its
// destinations → mcollective, else plain), and a masterslave:(master,slave) whose slave is a broker of the same
// import makes that slave the link's backup (reached through the link, not an unreachable island).

import { describe, expect, it } from 'vitest';
import { importBrokerFiles, validate } from '../../../src/model';
import { fixture, importFixture, reexport } from './helpers';

const CORE = 'xmlns="http://activemq.apache.org/schema/core"';
const one = (body: string) => importBrokerFiles([{ name: 'x.xml', text: `<beans><broker ${CORE} brokerName="x">${body}</broker></beans>` }]);

describe('the preset is inferred from what the files hold', () => {
  it.each([
    ['hub-spoke', 'mcollective'], ['mesh', 'mcollective'], ['shared-store', 'mcollective'],
    ['compose', 'plain'], ['one-way', 'plain'], ['auth-jaas-dual.xml', 'plain'], ['old-namespace.xml', 'plain'],
  ])('%s → %s', (name, preset) => {
    expect(importFixture(name).settings.preset).toBe(preset);
  });

  it('a topics-only and a queues-only connector to one target (not the preset\'s exact pair) → mcollective', () => {
    const nc = (n: string, ex: string) => `<networkConnector name="${n}" uri="static:(tcp://peer:61616)"><excludedDestinations><${ex} physicalName=">"/></excludedDestinations></networkConnector>`;
    const t = one(`<networkConnectors>${nc('t', 'queue')}${nc('q', 'topic')}</networkConnectors>`);
    expect(t.links.every((l) => l.connectors)).toBe(true);
    expect(t.settings.preset).toBe('mcollective');
    expect(one(`<networkConnectors>${nc('t', 'queue')}${nc('t2', 'queue')}</networkConnectors>`).settings.preset).toBe('plain');
  });

  it('MCollective destinations or its user, with no connector at all → mcollective', () => {
    expect(one('<plugins><authorizationPlugin><map><authorizationMap><authorizationEntries><authorizationEntry topic="mcollective.>" read="m" write="m" admin="m"/></authorizationEntries></authorizationMap></map></authorizationPlugin></plugins>').settings.preset).toBe('mcollective');
    expect(one('<plugins><simpleAuthenticationPlugin><users><authenticationUser username="mcollective" password="p" groups="m"/></users></simpleAuthenticationPlugin></plugins>').settings.preset).toBe('mcollective');
    expect(one('<networkConnectors><networkConnector uri="static:(tcp://p:61616)"><dynamicallyIncludedDestinations><topic physicalName="mcollective.>"/></dynamicallyIncludedDestinations></networkConnector></networkConnectors>').settings.preset).toBe('mcollective');
    expect(one('<plugins><authorizationPlugin><map><authorizationMap><authorizationEntries><authorizationEntry queue="orders.>" read="m" write="m" admin="m"/></authorizationEntries></authorizationMap></map></authorizationPlugin></plugins>').settings.preset).toBe('plain');
  });

  it('a plain network is not told about MCollective defaults', () => {
    const plain = validate(importFixture('compose')).filter((d) => d.code === 'no-authentication');
    expect(plain).toHaveLength(3);
    expect(plain.map((d) => d.message).join('\n')).not.toMatch(/MCollective/);
    expect(validate(importFixture('shared-store')).find((d) => d.code === 'no-authentication')!.message).toMatch(/MCollective defaults/);
  });
});

describe('masterslave:(master,slave) with the slave in the same import', () => {
  const t = importFixture('shared-store');

  it('makes the slave the backup of the links to the master, dialled by its host', () => {
    // The pair is kept as written (the preset now writes more attributes than this file has), each with the backup.
    expect(t.links.map((l) => [l.from, l.to, l.backups])).toEqual([['hub', 'b1', ['b2.example.net']], ['hub', 'b1', ['b2.example.net']]]);
    expect(t.brokers.map((b) => [b.name, b.role, b.host])).toEqual([['b1', 'broker', 'b1.example.net'], ['b2', 'broker', 'b2.example.net'], ['hub', 'broker', 'hub']]);
  });

  it('the slave is reached through the link (no unreachable-broker); a broker nobody backs up still is not', () => {
    expect(validate(t).filter((d) => d.code === 'unreachable-broker')).toEqual([]);
    const noBackup = structuredClone(t);
    for (const l of noBackup.links) delete l.backups;
    expect(validate(noBackup).filter((d) => d.code === 'unreachable-broker').map((d) => d.brokers)).toEqual([['b2']]);
  });

  it('export writes the masterslave URI back as the file had it', () => {
    const [hub] = fixture('shared-store/hub.xml');
    const out = reexport(t).find((f) => f.name.endsWith('hub.xml'))!;
    const uri = 'uri="masterslave:(tcp://b1.example.net:61616,tcp://b2.example.net:61616)"';
    expect(hub.text.split(uri)).toHaveLength(3);
    expect(out.text.split(uri)).toHaveLength(3);
  });

  it('a kept (non-preset) masterslave connector records its further hosts as backups too', () => {
    const forms = importFixture('uri-forms.xml');
    expect(forms.links.find((l) => l.to === 'master')!.backups).toEqual(['slave']);
    expect(forms.links.find((l) => l.to === 'fo1')!.backups).toEqual(['fo2']);
  });
});
