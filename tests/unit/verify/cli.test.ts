// verify's argument and input errors (exit 2 with a clear message, before any broker is contacted), and a network
// whose brokers all refuse the connection (exit 2: cannot run). In-process through runAsync.
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../../src/cli/main';
import { exampleTopology } from '../../../src/model';
import { tempDir, writeTopology } from '../cli/helpers';

async function verify(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAsync(['verify', ...argv], { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe('verify: bad input is exit 2 with a message', () => {
  it('names what is wrong with the arguments', async () => {
    const file = writeTopology(tempDir(), exampleTopology('noc-and-countries'));
    expect(await verify()).toMatchObject({ code: 2, err: expect.stringMatching(/^error: name a topology file/) });
    expect((await verify(file, '--timeout', 'soon')).err).toMatch(/--timeout must be a number of seconds from 5 to 3600, not "soon"/);
    expect((await verify(file, '--timeout')).err).toMatch(/--timeout needs a value/);
    expect((await verify(file, '--truststore', 'x.ts')).err).toMatch(/--truststore and --truststore-password go together/);
    expect(await verify(file, '--flows', 'noc>nowhere')).toMatchObject({ code: 2, err: 'error: --flows: no broker named "nowhere" in "noc>nowhere"\n' });
    expect(await verify(file, '--hosts', '/nonexistent/hosts')).toMatchObject({ code: 2, err: expect.stringMatching(/--hosts \/nonexistent\/hosts: cannot read the file \(ENOENT\)/) });
    expect((await verify(file, '--ca', file)).err).toMatch(/no PEM certificate/);
    expect((await verify(join(tempDir(), 'missing.amq.json'))).err).toMatch(/cannot read the file/);
    expect(run(['verify', file], { out: () => {}, err: () => {} })).toBe(2);
  });

  it('says which brokers it cannot reach or log in to before sending anything', async () => {
    const t = exampleTopology('noc-and-countries');
    t.brokers[1].transports = t.brokers[1].transports.filter((x) => x.name !== 'stomp');
    for (const u of t.brokers[2].users!) u.password = '••••••';
    const r = await verify(writeTopology(tempDir(), t));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('error: cannot verify:\n  - broker "de" has no STOMP transport (stomp, stomp+nio, stomp+ssl, stomp+nio+ssl)\n' +
      '  - broker "fr": no login for the probes (the passwords of its users allowed on amqnd.verify.' + r.err.split('amqnd.verify.')[1].split('.>')[0] + '.> are masked); give one with --credentials\n');
  });

  it('exits 2 when no broker of the topology can be reached (every connection refused)', async () => {
    const dir = tempDir();
    const t = exampleTopology('clustering-2009');
    const hosts = join(dir, 'hosts.txt');
    writeFileSync(hosts, `noc1-broker 127.0.0.1:${await closedPort()}\ndc1-broker 127.0.0.1:${await closedPort()}\n`);
    const r = await verify(writeTopology(dir, t), '--hosts', hosts, '--timeout', '10');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: cannot verify: no broker of the topology could be reached:\n {2}- noc1-broker at 127\.0\.0\.1:\d+: connect ECONNREFUSED/);
  });
});
