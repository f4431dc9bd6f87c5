// Owns tests/broker/mcollectiveSsl.test.ts: real mcollectived and mco reach the brokers over stomp+ssl, with the
// broker certificates that the exported make-keystores.sh wrote and each host's own key pair, the TLS lines of the
// generated server.cfg/client.cfg filled in as the README says. The control: a server given another broker's
// certificate as its CA refuses the TLS session and never answers.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Topology, parseMcollectiveCfg } from '../../src/model';
import { transportPort } from './localTopology';
import { describeRun, pingUntil, rpcUntil } from './mco';
import { type McoSet, requireMcollective, startMcollective } from './mcoNetwork';
import { fillSsl } from './mcoSsl';
import { type SecureNetwork, startSecureNetwork } from './securityNetwork';
import { sslTopology } from './securityTopologies';

const READY_MS = 240_000; // bounds a failure only (2 busy cores); every wait returns as soon as its condition holds
const HOOK_MS = 600_000;
const TEST_MS = 400_000;

/** sslTopology (NOC, de, fr over ssl:// links, stores from make-keystores.sh) with MCollective's STOMP on TLS too. */
function mcoOverSsl(): Topology {
  const t = sslTopology();
  for (const b of t.brokers) b.transports.find((x) => x.name === 'stomp')!.uri = 'stomp+ssl://0.0.0.0:61614';
  const b = (n: string) => t.brokers.find((x) => x.name === n)!;
  b('noc').clients = { name: 'operators' };
  b('de').servers = { name: 'de-web', count: 1, failover: ['noc'] };
  b('fr').servers = { name: 'fr-web', count: 1 };
  return t;
}

const DE = 'de-web-1.example.net';
const FR = 'fr-web-1.example.net';
const WRONG_CA = 'fr-wrong-ca-1.example.net';

describe('real mcollectived and mco over stomp+ssl, with the stores of the exported make-keystores.sh', () => {
  let net: SecureNetwork | undefined;
  let mc: McoSet | undefined;
  let failed = false;
  let clientCfg: string;
  const generated = new Map<string, string>();

  beforeAll(async () => {
    requireMcollective();
    net = await startSecureNetwork(mcoOverSsl(), { keytool: true, readyTimeoutMs: READY_MS });
    // The cfgs exactly as the export wrote them next to each broker's activemq.xml.
    for (const path of ['de/server.cfg', 'fr/server.cfg', 'noc/client.cfg']) generated.set(path, readFileSync(join(net.root, path), 'utf8'));
    const fill = (path: string, cn: string, swap?: Record<string, string>) => (dir: string) => fillSsl(generated.get(path)!, net!.root, dir, cn, swap).cfg;
    mc = startMcollective([
      { identity: DE, broker: 'de', cfg: fill('de/server.cfg', DE), facts: { country: 'de' } },
      { identity: FR, broker: 'fr', cfg: fill('fr/server.cfg', FR), facts: { country: 'fr' } },
      // The control: fr's certificate file holds de's certificate, which did not sign (is not) fr's.
      { identity: WRONG_CA, broker: 'fr', cfg: fill('fr/server.cfg', WRONG_CA, { fr: 'de' }), facts: { country: 'fr' } },
    ], new Map([['noc', fill('noc/client.cfg', 'mco-at-noc')]]));
    clientCfg = mc.clients.get('noc')!;
  }, HOOK_MS);
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') failed = true;
  });
  afterAll(async () => {
    if (failed && mc) console.error(mc.logTails(40));
    await mc?.stop(failed);
    await net?.stop();
  }, HOOK_MS);

  const logs = () => `\n${mc!.logTails(15)}\n${net!.logTails(10)}`;

  it('the generated cfgs ask for verified TLS on every pool entry, with that broker\'s certificate as the CA', () => {
    const t = net!.topology;
    const de = parseMcollectiveCfg(generated.get('de/server.cfg')!);
    expect(de['plugin.activemq.pool.size']).toBe('2');
    for (const [n, broker] of [[1, 'de'], [2, 'noc']] as const) {
      const k = (s: string) => de[`plugin.activemq.pool.${n}.${s}`];
      expect([k('host'), k('port'), k('ssl'), k('ssl.fallback'), k('ssl.ca')])
        .toEqual(['127.0.0.1', String(transportPort(t, broker, 'stomp')), '1', '0', `/etc/mcollective/ssl/brokers/${broker}.crt`]);
    }
    expect(parseMcollectiveCfg(generated.get('noc/client.cfg')!)['plugin.activemq.pool.1.ssl.ca']).toBe('/etc/mcollective/ssl/brokers/noc.crt');
  });

  it('mco ping over TLS from the NOC is answered by the de and fr servers, each on a TLS session', async () => {
    const { run, answered } = await pingUntil(clientCfg, [DE, FR], READY_MS);
    expect(answered, `${describeRun(run)}${logs()}`).toEqual([DE, FR]);
    const t = net!.topology;
    for (const [id, broker] of [[DE, 'de'], [FR, 'fr']] as const) {
      expect(mc!.servers.get(id)!.log(), id).toContain(`SSL session established with stomp+ssl://mcollective@127.0.0.1:${transportPort(t, broker, 'stomp')}`);
    }
  }, TEST_MS);

  it('a direct request (-I) over TLS reaches the de server', async () => {
    const { run, senders } = await rpcUntil(clientCfg, ['rpc', 'rpcutil', 'ping', '-I', DE, '-j', '-t', '10'], [DE], READY_MS);
    expect(senders, `${describeRun(run)}${logs()}`).toEqual([DE]);
  }, TEST_MS);

  it('the control: the fr server whose CA file is not fr\'s certificate fails the TLS handshake and never answers', () => {
    const bad = mc!.servers.get(WRONG_CA)!;
    const port = transportPort(net!.topology, 'fr', 'stomp');
    expect(bad.running).toBe(true);
    expect(bad.log(), bad.logTail(20)).toMatch(new RegExp(`SSL session creation with stomp\\+ssl://mcollective@127\\.0\\.0\\.1:${port} failed: .*certificate verify failed`));
    expect(bad.log()).not.toContain('SSL session established');
    expect(bad.handled()).toBe(0);
    expect(mc!.servers.get(FR)!.handled(), 'the good fr server, same broker, handled requests').toBeGreaterThan(0);
  });
});
