// The CA certificates `verify` trusts on stomp+ssl transports: PEM files (`--ca`, e.g. the <broker>.crt files that
// make-keystores.sh writes), or a JKS/PKCS12 trust store (`--truststore`, `--truststore-password`) read with the
// JDK's keytool, which every ActiveMQ host has. Without either, the system's CAs apply.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { VerifyInputError } from '../../model/verify';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function pemCertificates(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new VerifyInputError(`--ca ${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const certs = text.match(PEM) ?? [];
  if (!certs.length) throw new VerifyInputError(`--ca ${file}: no PEM certificate (-----BEGIN CERTIFICATE-----) in the file`);
  return certs;
}

export function trustStoreCertificates(file: string, password: string): string[] {
  let out: string;
  try {
    // The password goes through the environment, never the process list.
    out = execFileSync('keytool', ['-list', '-rfc', '-keystore', file, '-storepass:env', 'AMQND_TRUST_PASS'], {
      encoding: 'utf8', env: { ...process.env, AMQND_TRUST_PASS: password }, timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { code?: string; stdout?: string; stderr?: string; message: string };
    if (err.code === 'ENOENT') throw new VerifyInputError('--truststore needs the JDK\'s keytool on PATH (or give the certificates as PEM with --ca)');
    const said = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').find((l) => /error/i.test(l)) ?? err.message;
    throw new VerifyInputError(`--truststore ${file}: keytool could not read it (${said.trim()})`);
  }
  const certs = out.match(PEM) ?? [];
  if (!certs.length) throw new VerifyInputError(`--truststore ${file}: the store holds no certificate`);
  return certs;
}
