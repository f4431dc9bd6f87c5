// Fills the TLS lines of a generated server.cfg/client.cfg the way the README tells a person to: each broker's
// certificate (the PEM make-keystores.sh wrote as <folder>/<folder>.crt) copied to the ssl.ca path, a key pair of
// the host's own made with openssl at the ssl.cert/ssl.key placeholders, and the /etc/mcollective/ssl prefix moved
// to this host's directory (the only textual change: the generated lines are otherwise kept as written).

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SSL_PLACEHOLDERS, parseMcollectiveCfg } from '../../src/model';

export interface SslFill {
  /** The cfg text with the TLS paths pointing into `dir`. */
  cfg: string;
  /** The broker certificate files copied, by the folder named in ssl.ca. */
  cas: string[];
}

/**
 * For a generated cfg text: copies every ssl.ca certificate from the export folder `exportRoot` into
 * `<dir>/ssl/brokers/`, makes `<dir>/ssl/<placeholder names>` with openssl (CN = `cn`) and returns the cfg with the
 * `/etc/mcollective/ssl` prefix replaced by `<dir>/ssl`. `swapCa` maps a folder to another broker's folder whose
 * certificate is copied in its place (the control: a CA that did not sign that broker's certificate).
 */
export function fillSsl(generated: string, exportRoot: string, dir: string, cn: string, swapCa: Record<string, string> = {}): SslFill {
  const ssl = join(dir, 'ssl');
  mkdirSync(join(ssl, 'brokers'), { recursive: true });
  const prefix = `${SSL_PLACEHOLDERS.dir}/`;
  const cas: string[] = [];
  for (const [key, value] of Object.entries(parseMcollectiveCfg(generated))) {
    if (!/^plugin\.activemq\.pool\.\d+\.ssl\.ca$/.test(key)) continue;
    const m = /^\/etc\/mcollective\/ssl\/brokers\/([^/]+)\.crt$/.exec(value);
    if (!m) throw new Error(`${key} = ${value}: not a broker certificate under ${prefix}brokers/`);
    const folder = swapCa[m[1]] ?? m[1];
    const source = join(exportRoot, folder, `${folder}.crt`);
    if (!existsSync(source)) throw new Error(`${source} missing: make-keystores.sh should have written it`);
    copyFileSync(source, join(ssl, 'brokers', `${m[1]}.crt`));
    cas.push(m[1]);
  }
  const local = (p: string) => join(ssl, p.slice(prefix.length));
  // The host's own pair. ActiveMQ does not ask for it (no needClientAuth), but MCollective will not connect without it.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${cn}`,
    '-keyout', local(SSL_PLACEHOLDERS.key), '-out', local(SSL_PLACEHOLDERS.cert)], { stdio: 'pipe', timeout: 60_000 });
  return { cfg: generated.split(prefix).join(`${ssl}/`), cas };
}
