// make-keystores.sh (src/model/keytool.ts) run for real with the JDK's keytool in a temp dir: each ssl broker gets a
// key pair and a trust store holding the others' certificates (checked with keytool -list); hostile paths and
// passwords are passed through the shell literally; a missing password stops the script before it writes anything.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Broker, keytoolScript, shQuote, type Topology } from '../../src/model';
import { tempDir } from './cli/helpers';

const sslBroker = (name: string, host: string, ssl: Broker['ssl']): Broker => ({
  name, role: 'broker', host, transports: [{ name: 'ssl', uri: 'ssl://0.0.0.0:61617' }], ssl,
});
const net = (brokers: Broker[]): Topology => ({ format: 'amq-topology/1', name: 'tls', settings: { preset: 'mcollective' }, brokers, links: [] });

function runScript(t: Topology): { dir: string; status: number | null; stdout: string; stderr: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'make-keystores.sh'), keytoolScript(t));
  // Run from elsewhere: the script itself moves next to its own file.
  const r = spawnSync('sh', [join(dir, 'make-keystores.sh')], { cwd: '/', encoding: 'utf8', timeout: 100_000 });
  return { dir, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `keytool -list -v` of a store, the password passed through the environment as the script does. */
function list(store: string, password: string): string {
  return execFileSync('keytool', ['-list', '-v', '-keystore', store, '-storepass:env', 'PW'], { env: { ...process.env, PW: password }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const aliases = (listing: string) => [...listing.matchAll(/^Alias name: (.*)$/gm)].map((m) => m[1]).sort();

describe('shQuote', () => {
  it.each(["plain", "it's", "$(touch x) `id` $HOME \\ \"q\"", "line\nbreak", "'", "''", "-rf", ""])('passes %j through sh unchanged', (v) => {
    expect(execFileSync('sh', ['-c', `printf '%s' ${shQuote(v)}`], { encoding: 'utf8' })).toBe(v);
  });
});

describe('keytoolScript with the real keytool', () => {
  it('makes a key pair per broker and trust stores that hold the other broker\'s certificate', () => {
    const t = net([
      sslBroker('noc', 'noc.example.net', { keyStore: 'conf/broker.ks', keyStorePassword: 'noc-key-pass-1', trustStore: 'conf/broker.ts', trustStorePassword: 'noc-trust-pass-1' }),
      sslBroker('de', '10.2.0.7', { keyStore: '/etc/activemq/de.ks', keyStorePassword: 'de-key-pass-1', trustStore: '${activemq.conf}/de.ts', trustStorePassword: 'de-trust-pass-1' }),
      { name: 'plain', role: 'broker', host: 'plain.example.net', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
    ]);
    const r = runScript(t);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    // Relative paths land where the broker resolves them (next to activemq.xml); others by name, to be copied.
    expect(r.stdout).toContain('de/de.ks -> /etc/activemq/de.ks on 10.2.0.7');
    expect(readdirSync(r.dir).sort()).toEqual(['de', 'make-keystores.sh', 'noc']);

    const nocKeys = list(join(r.dir, 'noc/conf/broker.ks'), 'noc-key-pass-1');
    expect(nocKeys).toMatch(/Entry type: PrivateKeyEntry/);
    expect(nocKeys).toMatch(/Owner: CN=noc\.example\.net/);
    expect(nocKeys).toMatch(/DNSName: noc\.example\.net/);
    const deKeys = list(join(r.dir, 'de/de.ks'), 'de-key-pass-1');
    expect(deKeys).toMatch(/Owner: CN=10\.2\.0\.7/);
    expect(deKeys).toMatch(/IPAddress: 10\.2\.0\.7/);

    const nocTrust = list(join(r.dir, 'noc/conf/broker.ts'), 'noc-trust-pass-1');
    expect(aliases(nocTrust)).toEqual(['de']);
    expect(nocTrust).toMatch(/Entry type: trustedCertEntry[\s\S]*Owner: CN=10\.2\.0\.7/);
    const deTrust = list(join(r.dir, 'de/de.ts'), 'de-trust-pass-1');
    expect(aliases(deTrust)).toEqual(['noc']);
    expect(deTrust).toMatch(/Owner: CN=noc\.example\.net/);
    // The trusted certificate is the other broker's own key, not a look-alike.
    const fingerprint = (s: string) => /SHA256: ([0-9A-F:]+)/.exec(s)![1];
    expect(fingerprint(deTrust)).toBe(fingerprint(nocKeys));
    expect(fingerprint(nocTrust)).toBe(fingerprint(deKeys));

    // A second run keeps the key pairs and replaces the trusted certificates instead of failing on them.
    writeFileSync(join(r.dir, 'again.sh'), keytoolScript(t));
    const again = spawnSync('sh', [join(r.dir, 'again.sh')], { encoding: 'utf8', timeout: 100_000 });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('kept the existing noc/conf/broker.ks');
    expect(fingerprint(list(join(r.dir, 'noc/conf/broker.ks'), 'noc-key-pass-1'))).toBe(fingerprint(nocKeys));
    expect(aliases(list(join(r.dir, 'noc/conf/broker.ts'), 'noc-trust-pass-1'))).toEqual(['de']);
  });

  it('passes hostile paths, passwords and hosts to keytool literally and runs nothing from them', () => {
    const path = "it's $(touch PWNED) `touch PWNED2` \"q\" ;x\nline.ks";
    const password = "p'$(touch PWNED3)`id`\"\\ $HOME;|&<>";
    const t = net([
      sslBroker("a'b", 'a.example.net', { keyStore: path, keyStorePassword: password, trustStore: 'trust $(x).ts', trustStorePassword: password }),
      sslBroker('c', 'c,O=evil', { keyStore: 'c.ks', keyStorePassword: 'cccccc', trustStore: 'c.ts', trustStorePassword: 'cccccc' }),
    ]);
    const r = runScript(t);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(existsSync(join(r.dir, 'a_b', path))).toBe(true);
    expect(existsSync(join(r.dir, 'a_b', 'trust $(x).ts'))).toBe(true);
    expect(list(join(r.dir, 'a_b', path), password)).toMatch(/PrivateKeyEntry/);
    expect(aliases(list(join(r.dir, 'a_b', 'trust $(x).ts'), password))).toEqual(['c']);
    // The comma stays inside the CN: the host cannot add an O= part to the certificate's name.
    expect(list(join(r.dir, 'c/c.ks'), 'cccccc')).toMatch(/Owner: CN="c,O=evil"|Owner: CN=c\\,O=evil/);
    for (const where of [r.dir, join(r.dir, 'a_b'), '/']) for (const f of ['PWNED', 'PWNED2', 'PWNED3']) expect(existsSync(join(where, f))).toBe(false);
  });

  it('never invents a password: with one missing it says which and writes nothing', () => {
    const t = net([
      sslBroker('noc', 'noc.example.net', { keyStore: 'broker.ks', trustStore: 'broker.ts', trustStorePassword: 'noc-trust-pass-1' }),
      sslBroker('de', 'de.example.net', undefined),
      sslBroker('fr', 'fr.example.net', { keyStore: 'broker.ks', keyStorePassword: 'short', trustStore: 'broker.ts', trustStorePassword: 'fr-trust-pass-1' }),
    ]);
    const r = runScript(t);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broker "noc" has no key store password');
    expect(r.stderr).toContain('broker "de" has ssl transports but no SSL context');
    expect(r.stderr).toContain('keytool refuses fewer than 6');
    expect(readdirSync(r.dir)).toEqual(['make-keystores.sh']);
    expect(keytoolScript(t)).not.toMatch(/keytool -/);
  });

  it('says there is nothing to do when no broker uses ssl', () => {
    const r = runScript(net([{ name: 'a', role: 'noc', host: 'a', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] }]));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No broker uses ssl');
  });
});
