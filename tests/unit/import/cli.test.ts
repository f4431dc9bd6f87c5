// CLI `import`: exit 0 with the topology, exit 2 naming file/line/column; a zip imports the same as its files.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, importBrokerFiles, parseTopology, serializeTopology, xmlFilesFromZip } from '../../../src/model';
import { cli, tempDir } from '../cli/helpers';
import { FIXTURES, fixture } from './helpers';

describe('cli import', () => {
  it('prints the topology of several files and exits 0', () => {
    const r = cli('import', join(FIXTURES, 'hub-spoke/hub.xml'), join(FIXTURES, 'hub-spoke/spoke1.xml'), join(FIXTURES, 'hub-spoke/spoke2.xml'));
    expect(r.code).toBe(0);
    const t = parseTopology(r.out);
    expect(t.brokers.map((b) => b.name)).toEqual(['hub', 'spoke1', 'spoke2']);
    expect(t.links).toHaveLength(2);
  });

  it('writes --out and exits 0', () => {
    const out = join(tempDir(), 'net.amq.json');
    const r = cli('import', join(FIXTURES, 'conduit.xml'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('wrote');
  });

  it('exits 2 on bad XML, naming file, line and column', () => {
    const path = join(tempDir(), 'broken.xml');
    writeFileSync(path, '<beans>\n  <broker brokerName="a<b"/>\n</beans>\n');
    const r = cli('import', path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${path} line 2, column 24:`);
  });

  it('exits 2 on a file with no <broker>', () => {
    const path = join(tempDir(), 'beans.xml');
    writeFileSync(path, '<beans/>\n');
    const r = cli('import', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/beans\.xml line 1, column 1: no <broker>/);
  });
});

describe('zip input', () => {
  it('a zip of the fixture files imports the same as the files', () => {
    const files = fixture('hub-spoke');
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, new TextEncoder().encode(f.text)])));
    const fromZip = xmlFilesFromZip(zip, 'net.zip');
    expect(fromZip.map((f) => f.name)).toEqual(files.map((f) => `net.zip:${f.name}`));
    const strip = (s: string) => s.split('net.zip:').join('');
    expect(strip(serializeTopology(importBrokerFiles(fromZip)))).toBe(serializeTopology(importBrokerFiles(files)));
  });

  it('the CLI imports the designer zip of an imported network back to the same network', () => {
    const t = importBrokerFiles(fixture('mesh'));
    const path = join(tempDir(), 'mesh.zip');
    writeFileSync(path, buildZip(t));
    const r = cli('import', path);
    expect(r.code).toBe(0);
    const back = parseTopology(r.out);
    expect(back.brokers.map((b) => [b.name, b.host])).toEqual(t.brokers.map((b) => [b.name, b.host]));
    expect(back.links.map(({ from, to, duplex, networkTTL }) => ({ from, to, duplex, networkTTL })))
      .toEqual(t.links.map(({ from, to, duplex, networkTTL }) => ({ from, to, duplex, networkTTL })));
  });
});
