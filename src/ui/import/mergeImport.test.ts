// Replace and merge-by-name of an imported network: same-name brokers and the links from them are replaced,
// others are added, and an external target becomes the current broker of that name or host.

import { describe, expect, it } from 'vitest';
import { type Broker, exampleTopology, type Link, type Topology } from '../../model';
import { combine } from './mergeImport';

const b = (name: string, host: string, fromFile = true): Broker => ({
  name, role: fromFile ? 'broker' : 'external', host, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }],
  ...(fromFile ? { imported: { file: `${name}.xml`, template: '' } } : {}),
});
const link = (from: string, to: string): Link => ({ from, to, duplex: true });
const imported = (brokers: Broker[], links: Link[]): Topology => ({ format: 'amq-topology/1', settings: { preset: 'mcollective' }, brokers, links });

describe('combine', () => {
  const current = exampleTopology('noc-and-countries');

  it('replace: the import is the network, keeping the current name if the import has none', () => {
    const t = combine(current, imported([b('hub', 'hub.example.net')], []), 'replace');
    expect(t.brokers.map((x) => x.name)).toEqual(['hub']);
    expect(t.name).toBe('noc-and-countries');
  });

  it('merge: replaces same-name brokers and the links from them, adds the others, keeps the settings', () => {
    const t = combine(current, imported([b('fr', 'new-fr.example.net'), b('es', 'amq-es.example.net')], [link('fr', 'es')]), 'merge');
    expect(t.brokers.map((x) => x.name)).toEqual(['noc', 'de', 'fr', 'uk', 'us', 'es']);
    expect(t.brokers[2].host).toBe('new-fr.example.net');
    expect(t.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['fr>es', 'noc>de', 'noc>fr', 'noc>uk', 'noc>us']);
    expect(t.settings).toBe(current.settings);
  });

  it('merge: an external target resolves to the current broker at its host, or of its name', () => {
    const t = combine(current, imported(
      [b('es', 'amq-es.example.net'), b('amq-de.example.net', 'amq-de.example.net', false), b('uk', 'elsewhere', false), b('far.example.net', 'far.example.net', false)],
      [link('es', 'amq-de.example.net'), link('es', 'uk'), link('es', 'far.example.net')],
    ), 'merge');
    expect(t.brokers.map((x) => x.name)).toEqual(['noc', 'de', 'fr', 'uk', 'us', 'es', 'far.example.net']);
    expect(t.links.slice(-3).map((l) => `${l.from}>${l.to}`)).toEqual(['es>de', 'es>uk', 'es>far.example.net']);
  });
});
