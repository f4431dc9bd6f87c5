// CLI `export FILE --out DIR`: one DIR/<brokerName>.xml per non-external broker, refusal while errors exist, --force.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBrokerXml } from '../../../src/model';
import { elementsNamed, readBroker } from '../helpers/xml';
import { brokenTopology, cleanTopology, cli, listFiles, tempDir, writeTopology } from './helpers';

/** The NOC dials every country with one duplex pair (topics, queues) under the mcollective preset. */
const NOC_CONNECTORS = ['de', 'fr', 'uk', 'us'].flatMap((c) => ['topics', 'queues'].map((kind) => ({
  name: `noc-${c}-${kind}`, uri: `static:(tcp://amq-${c}.example.net:61616)`, duplex: 'true', userName: 'amq',
})));

describe('export --out', () => {
  it('writes <brokerName>.xml for every non-external broker and nothing else', () => {
    const t = cleanTopology();
    t.brokers.push({ name: 'partner', role: 'external', host: 'amq.partner.example', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] });
    const dir = tempDir();
    const out = join(dir, 'configs');
    const r = cli('export', writeTopology(dir, t), '--out', out);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['de.xml', 'fr.xml', 'noc.xml', 'uk.xml', 'us.xml']);
    for (const b of t.brokers.filter((x) => x.role !== 'external')) {
      const xml = readFileSync(join(out, `${b.name}.xml`), 'utf8');
      expect(xml).toBe(generateBrokerXml(structuredClone(t), b.name));
      // Read back without the model: the file is this broker's, and only the NOC holds connectors.
      expect(readBroker(xml).attributes.brokerName).toBe(b.name);
      const connectors = elementsNamed(xml, 'networkConnector').map(({ name, uri, duplex, userName }) => ({ name, uri, duplex, userName }));
      expect(connectors).toEqual(b.name === 'noc' ? NOC_CONNECTORS : []);
    }
  });

  it('writes into an existing empty directory', () => {
    const dir = tempDir();
    const out = join(dir, 'existing');
    mkdirSync(out);
    expect(cli('export', writeTopology(dir, cleanTopology()), '--out', out).code).toBe(0);
    expect(listFiles(out)).toHaveLength(cleanTopology().brokers.length);
  });

  it('refuses (exit 1) while an error diagnostic exists and creates nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'not-created');
    const r = cli('export', writeTopology(dir, brokenTopology()), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing-return-link');
    expect(r.err).toMatch(/--force/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses and leaves an existing directory empty', () => {
    const dir = tempDir();
    const out = join(dir, 'empty');
    mkdirSync(out);
    expect(cli('export', writeTopology(dir, brokenTopology()), '--out', out).code).toBe(1);
    expect(listFiles(out)).toEqual([]);
  });

  it('--force exports despite errors', () => {
    const dir = tempDir();
    const out = join(dir, 'forced');
    const t = brokenTopology();
    const r = cli('export', writeTopology(dir, t), '--out', out, '--force');
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['de.xml', 'fr.xml', 'noc.xml', 'uk.xml', 'us.xml']);
  });
});
