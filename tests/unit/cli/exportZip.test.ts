// CLI `export FILE --zip OUT.zip`: the designer's zip byte for byte (buildZip), its entries, refusal and --force.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, generateBrokerXml, parseTopology, serializeTopology, validate } from '../../../src/model';
import { elementsNamed } from '../helpers/xml';
import { brokenTopology, cleanTopology, cli, listFiles, tempDir, writeTopology } from './helpers';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('export --zip', () => {
  it('writes exactly the bytes of buildZip(topology)', () => {
    const t = cleanTopology();
    const dir = tempDir();
    const zip = join(dir, 'nested', 'deeper', 'net.zip');
    const r = cli('export', writeTopology(dir, t), '--zip', zip);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(zip));
    expect(bytes.length).toBeGreaterThan(0);
    expect(Buffer.from(bytes).equals(Buffer.from(buildZip(structuredClone(t), { diagnostics: validate(t) })))).toBe(true);
  });

  it('holds <broker>/activemq.xml per exported broker, the topology file and README.txt', () => {
    const t = cleanTopology();
    t.brokers.push({ name: 'partner', role: 'external', host: 'amq.partner.example', transports: [] });
    const dir = tempDir();
    const zip = join(dir, 'net.zip');
    expect(cli('export', writeTopology(dir, t), '--zip', zip).code).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    const topologyFile = `${t.name}.amq.json`;
    const brokers = t.brokers.filter((b) => b.role !== 'external');
    expect(Object.keys(entries).sort()).toEqual([
      'README.txt', 'de/activemq.xml', 'fr/activemq.xml', 'noc-and-countries.amq.json', 'noc/activemq.xml', 'uk/activemq.xml', 'us/activemq.xml',
    ]);
    // Read without the model: the NOC's file dials every country, duplex, as the topology says.
    expect(elementsNamed(text(entries['noc/activemq.xml']), 'networkConnector').map((c) => `${c.name} ${c.duplex} ${c.uri}`)).toEqual(
      ['de', 'fr', 'uk', 'us'].flatMap((c) => [`noc-${c}-topics true static:(tcp://amq-${c}.example.net:61616)`, `noc-${c}-queues true static:(tcp://amq-${c}.example.net:61616)`]),
    );
    for (const b of brokers) expect(text(entries[`${b.name}/activemq.xml`])).toBe(generateBrokerXml(structuredClone(t), b.name));
    expect(text(entries[topologyFile])).toBe(serializeTopology(t));
    expect(parseTopology(text(entries[topologyFile]))).toEqual(parseTopology(serializeTopology(t)));
    const readme = text(entries['README.txt']);
    for (const b of brokers) expect(readme).toContain(`${b.name}/activemq.xml`);
    expect(readme).not.toContain('partner/activemq.xml');
  });

  it('names the topology file "network.amq.json" when the topology has no name', () => {
    const t = cleanTopology();
    delete t.name;
    const dir = tempDir();
    const zip = join(dir, 'net.zip');
    expect(cli('export', writeTopology(dir, t), '--zip', zip).code).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zip))))).toContain('network.amq.json');
  });

  it('refuses (exit 1) while errors exist and writes no zip; --force writes it', () => {
    const dir = tempDir();
    const t = brokenTopology();
    const file = writeTopology(dir, t);
    const zip = join(dir, 'out', 'net.zip');
    expect(cli('export', file, '--zip', zip).code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(listFiles(dir)).toEqual(['net.amq.json']);
    expect(cli('export', file, '--zip', zip, '--force').code).toBe(0);
    expect(Buffer.from(readFileSync(zip)).equals(Buffer.from(buildZip(structuredClone(t), { diagnostics: validate(t) })))).toBe(true);
  });

  it('--out and --zip together write both', () => {
    const dir = tempDir();
    const t = cleanTopology();
    const r = cli('export', writeTopology(dir, t), '--out', join(dir, 'x'), '--zip', join(dir, 'x.zip'));
    expect(r.code).toBe(0);
    expect(listFiles(join(dir, 'x'))).toHaveLength(t.brokers.length);
    expect(existsSync(join(dir, 'x.zip'))).toBe(true);
  });
});
