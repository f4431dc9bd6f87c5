// Hosts only the file names told (issue 15 item 5, docker-compose style: activemq-a.xml holds broker "a", the others
// dial tcp://activemq-a:61616). Export names files after brokers (a/activemq.xml), so it must write those hosts down:
// importing the exported zip gives the same topology, links and not external brokers.

import { describe, expect, it } from 'vitest';
import { buildZip, importBrokerFiles, serializeTopology, type Topology, xmlFilesFromZip } from '../../../src/model';
import { fixture, reexport } from './helpers';

/** The topology file without the names of the files it was read from (those are the export's, the second time). */
const withoutFileNames = (t: Topology) => serializeTopology({ ...t, brokers: t.brokers.map((b) => (b.imported ? { ...b, imported: { ...b.imported, file: undefined } } : b)) });
const viaZip = (t: Topology) => importBrokerFiles(xmlFilesFromZip(buildZip(t), 'net.zip'));

describe('hosts inferred from file names survive export', () => {
  const first = importBrokerFiles(fixture('compose'));

  it('the import resolves the dialled service names to the brokers of those files', () => {
    expect(first.brokers.map((b) => [b.name, b.role, b.host])).toEqual([['a', 'broker', 'activemq-a'], ['b', 'broker', 'activemq-b'], ['c', 'broker', 'activemq-c']]);
    expect(first.links.map((l) => `${l.from}>${l.to}`)).toEqual(['a>b', 'b>c', 'c>a']);
  });

  it('import → export (zip, files named after brokers) → import is the same topology, with no external broker', () => {
    const second = viaZip(first);
    expect(second.brokers.map((b) => b.imported?.file)).toEqual(['net.zip:a/activemq.xml', 'net.zip:b/activemq.xml', 'net.zip:c/activemq.xml']);
    expect(second.brokers.filter((b) => b.role === 'external')).toEqual([]);
    expect(withoutFileNames(second)).toBe(withoutFileNames(first));
    expect(withoutFileNames(viaZip(second))).toBe(withoutFileNames(first));
  });

  it('export adds only the designer comment before <broker>, and exporting the re-import gives the same bytes', () => {
    const [source] = fixture('compose/activemq-a.xml');
    const [out] = reexport(first);
    const comment = '  <!-- amq-network-designer broker {"role":"broker","host":"activemq\\u002da"} -->\n';
    expect(out.text).toBe(source.text.replace('  <broker ', `${comment}  <broker `));
    expect(reexport(importBrokerFiles(reexport(first))).map((f) => f.text)).toEqual(reexport(first).map((f) => f.text));
  });

  it('a host that the file itself says (bind address, broker name) adds no comment', () => {
    for (const name of ['hub-spoke', 'mesh', 'one-way']) {
      const out = reexport(importBrokerFiles(fixture(name)));
      expect(out.filter((f) => f.text.includes('amq-network-designer broker')).map((f) => f.name), name).toEqual([]);
    }
  });

  it('a renamed or re-roled broker: the comment follows the model', () => {
    const t = structuredClone(first);
    t.brokers[0].role = 'noc';
    t.brokers[0].location = 'Paris';
    const again = viaZip(t);
    expect(again.brokers[0]).toMatchObject({ name: 'a', role: 'noc', host: 'activemq-a', location: 'Paris' });
  });
});
