// Complete server.cfg/client.cfg (export option mcollectiveComplete, CLI --cfg-complete): the host lines of a fresh
// install, the identity and psk as commented-out TO-BE-FILLED lines (so an unfilled file cannot run on a known
// secret), then the very connector section the fragment export writes. Expectations written out by hand.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, exportFiles, parseMcollectiveCfg, type Topology, validate } from '../../../src/model';
import { cli, listFiles, tempDir, writeTopology } from '../cli/helpers';
import { countriesWithGroups } from './helpers';

const text = (t: Topology, path: string, complete: boolean) =>
  exportFiles(t, { mcollectiveComplete: complete }).find((f) => f.path === path)!.content;

describe('complete cfg files', () => {
  const t = countriesWithGroups();

  it('server.cfg: Debian\'s host lines, identity and psk only as commented placeholders, then the fragment unchanged', () => {
    const full = text(t, 'de/server.cfg', true);
    const fragment = text(t, 'de/server.cfg', false);
    expect(full.endsWith(fragment)).toBe(true);
    expect(full.length).toBeGreaterThan(fragment.length);
    const cfg = parseMcollectiveCfg(full);
    expect(cfg).toMatchObject({
      main_collective: 'mcollective', collectives: 'mcollective', libdir: '/usr/share/mcollective/plugins',
      logfile: '/var/log/mcollective.log', loglevel: 'info', daemonize: '1', securityprovider: 'psk',
      factsource: 'yaml', 'plugin.yaml': '/etc/mcollective/facts.yaml',
      connector: 'activemq', 'plugin.activemq.pool.1.host': 'amq-de.example.net', 'plugin.activemq.pool.2.host': 'amq-noc.example.net',
    });
    expect(cfg.identity).toBeUndefined();
    expect(cfg['plugin.psk']).toBeUndefined();
    expect(full).toMatch(/^# identity = TO-BE-FILLED/m);
    expect(full).toMatch(/^# plugin\.psk = TO-BE-FILLED$/m);
    // The host section names no connector key, so nothing in it is overridden by (or overrides) the pool.
    const head = full.slice(0, full.length - fragment.length);
    expect(head).not.toMatch(/^(connector|plugin\.activemq\.)/m);
  });

  it('client.cfg: console logging, no daemon or fact lines', () => {
    const cfg = parseMcollectiveCfg(text(t, 'noc/client.cfg', true));
    expect(cfg).toMatchObject({ logger_type: 'console', loglevel: 'warn', securityprovider: 'psk', 'plugin.activemq.pool.1.user': 'admin' });
    for (const k of ['daemonize', 'logfile', 'factsource', 'identity', 'plugin.psk']) expect(cfg[k], k).toBeUndefined();
  });

  it('the README says to fill in the placeholders instead of merging', () => {
    const readme = (complete: boolean) => exportFiles(t, { mcollectiveComplete: complete }).find((f) => f.path === 'README.txt')!.content;
    expect(readme(true)).toMatch(/^ {2}de\/server\.cfg {2}complete server\.cfg .*fill in the TO-BE-FILLED lines$/m);
    expect(readme(false)).toMatch(/^ {2}de\/server\.cfg {2}connector lines .*merge into their server\.cfg/m);
  });

  it('CLI: --cfg-complete writes the complete files with --out (no --cfg needed) and puts them in the zip', () => {
    const dir = tempDir();
    const out = join(dir, 'configs');
    const zip = join(dir, 'net.zip');
    expect(cli('export', writeTopology(dir, t), '--out', out, '--zip', zip, '--cfg-complete').code).toBe(0);
    expect(listFiles(out).filter((f) => f.endsWith('.cfg'))).toEqual(['de.server.cfg', 'fr.server.cfg', 'noc.client.cfg', 'uk.server.cfg', 'us.server.cfg']);
    const de = readFileSync(join(out, 'de.server.cfg'), 'utf8');
    expect(de).toBe(text(t, 'de/server.cfg', true));
    expect(de).toMatch(/^# plugin\.psk = TO-BE-FILLED$/m);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(strFromU8(entries['de/server.cfg'])).toBe(de);
    expect(Buffer.from(readFileSync(zip)).equals(Buffer.from(buildZip(structuredClone(t), { mcollectiveComplete: true, diagnostics: validate(t) })))).toBe(true);
  });
});
