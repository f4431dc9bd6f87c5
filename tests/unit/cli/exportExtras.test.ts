// CLI `export` extras: --cfg writes the MCollective server.cfg/client.cfg files beside the XML in --out DIR, and
// --keytool adds make-keystores.sh (executable) to DIR and to the zip, as the designer's "keystore script" option.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, keytoolScript, mcollectiveConfigs, type Topology, validate } from '../../../src/model';
import { cleanTopology, cli, listFiles, tempDir, writeTopology } from './helpers';

/** The example with 30 servers at de and an operators' client group at the NOC. */
function withGroups(): Topology {
  const t = cleanTopology();
  t.brokers.find((b) => b.name === 'de')!.servers = { name: 'de-web', count: 30 };
  t.brokers.find((b) => b.name === 'noc')!.clients = { name: 'operators' };
  return t;
}

describe('export extras', () => {
  it('--cfg writes <broker>.server.cfg and <broker>.client.cfg beside the XML, the same text as the zip', () => {
    const t = withGroups();
    const dir = tempDir();
    const out = join(dir, 'configs');
    expect(cli('export', writeTopology(dir, t), '--out', out, '--cfg').code).toBe(0);
    expect(listFiles(out).filter((f) => f.endsWith('.cfg'))).toEqual(['de.server.cfg', 'noc.client.cfg']);
    for (const f of mcollectiveConfigs(structuredClone(t))) {
      expect(readFileSync(join(out, f.path.replace('/', '.')), 'utf8')).toBe(f.content);
    }
    // Independently of the model: each pool names its own broker's host, STOMP port, user and that user's password.
    const settings = (file: string) => Object.fromEntries(readFileSync(join(out, file), 'utf8').split('\n')
      .filter((l) => /^plugin\.activemq\.pool\./.test(l)).map((l) => l.split(' = ')));
    expect(settings('de.server.cfg')).toEqual({
      'plugin.activemq.pool.size': '1', 'plugin.activemq.pool.1.host': 'amq-de.example.net', 'plugin.activemq.pool.1.port': '61613',
      'plugin.activemq.pool.1.user': 'mcollective', 'plugin.activemq.pool.1.password': 'server-Rk4!vTz9-mco',
    });
    expect(settings('noc.client.cfg')).toEqual({
      'plugin.activemq.pool.size': '1', 'plugin.activemq.pool.1.host': 'amq-noc.example.net', 'plugin.activemq.pool.1.port': '61613',
      'plugin.activemq.pool.1.user': 'admin', 'plugin.activemq.pool.1.password': 'client-Pn8$wQs3-adm',
    });
    // Without --cfg the directory holds the XML only, as before.
    const plain = join(dir, 'plain');
    expect(cli('export', writeTopology(dir, t), '--out', plain).code).toBe(0);
    expect(listFiles(plain).every((f) => f.endsWith('.xml'))).toBe(true);
  });

  it('--keytool writes an executable make-keystores.sh into DIR and into the zip', () => {
    const t = cleanTopology();
    const dir = tempDir();
    const out = join(dir, 'configs');
    const zip = join(dir, 'net.zip');
    expect(cli('export', writeTopology(dir, t), '--out', out, '--zip', zip, '--keytool').code).toBe(0);
    const script = join(out, 'make-keystores.sh');
    expect(readFileSync(script, 'utf8')).toBe(keytoolScript(structuredClone(t)));
    expect(statSync(script).mode & 0o111).not.toBe(0);
    expect(Buffer.from(readFileSync(zip)).equals(Buffer.from(buildZip(structuredClone(t), { keytoolScript: true, diagnostics: validate(t) })))).toBe(true);
    expect(Buffer.from(readFileSync(zip)).equals(Buffer.from(buildZip(structuredClone(t), { diagnostics: validate(t) })))).toBe(false);
  });
});
