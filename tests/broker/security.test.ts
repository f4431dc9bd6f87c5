// Security on real ActiveMQ 5.17, from the model's exported files: a bridge with a wrong password never forms and
// carries nothing; STOMP logins are checked; the examples' authorization lets mcollective write mcollective.> only;
// and inter-site links over ssl://, with stores made by the exported make-keystores.sh, bridge and carry messages.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkId, validate } from '../../src/model';
import { deliver, expectDelivery, passwordOf } from './delivery';
import { transportPort } from './localTopology';
import { type SecureNetwork, startSecureNetwork } from './securityNetwork';
import { type StompClient, StompError } from './stomp';
import { sslTopology, wrongBridgePassword } from './securityTopologies';

const NEGATIVE_WINDOW_MS = 8_000;
const INVALID = /User name \[amq\] or password is invalid/;

/** Our JVMs (their -Dactivemq.base lies under the network's root) still running after stop(), by command line. */
function leftoverJvms(root: string): string {
  const r = spawnSync('pgrep', ['-f', '-a', `activemq.base=${root}`], { encoding: 'utf8' });
  if (r.error) throw new Error(`pgrep could not run (${r.error.message}): the leak check needs Debian's procps`);
  if (r.status === 1) return ''; // pgrep exits 1 when nothing matches
  if (r.status !== 0) throw new Error(`pgrep failed with exit ${r.status}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Resolves to the error a STOMP step ended with (it must end with one). */
async function refusal(step: () => Promise<unknown>): Promise<Error> {
  try {
    await step();
  } catch (e) {
    return e as Error;
  }
  throw new Error('the broker accepted what it should have refused');
}

describe('a bridge whose password the target does not know (clustering-2009, amq password changed on dc1)', () => {
  const source = wrongBridgePassword();
  let net: SecureNetwork | undefined;
  beforeAll(async () => {
    // No bridge is expected; the network is ready once both listen and dc1 has refused the bridge's login.
    net = await startSecureNetwork(source, { bridges: () => new Map(), waitForLog: { 'dc1-broker': INVALID } });
  });
  afterAll(async () => {
    const root = net?.root;
    await net?.stop();
    if (root) expect(leftoverJvms(root)).toBe('');
  });

  it('is reported by validate() as bridge-user-unknown on the target, and only there', () => {
    const found = validate(source).filter((d) => d.code === 'bridge-user-unknown');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].links).toEqual([linkId(source.links[0])]);
    expect(found[0].message).toContain('"dc1-broker" has that user with another password');
  });

  it('never forms: dc1 refuses the login and never establishes; each attempt of noc1 is shut down again', async () => {
    const noc1 = net!.brokers.get('noc1-broker')!;
    const dc1 = net!.brokers.get('dc1-broker')!;
    expect(dc1.log()).toMatch(INVALID);
    // noc1 retries with a growing delay; between attempts every bridge it opened has been shut down again.
    for (let i = 0; i < 20 && noc1.openBridges().length > 0; i++) await new Promise((r) => setTimeout(r, 500));
    expect(noc1.establishedBridges().length, 'noc1 has tried').toBeGreaterThan(0);
    expect(noc1.openBridges(), noc1.logTail(20)).toEqual([]);
    expect(dc1.establishedBridges(), dc1.logTail(20)).toEqual([]);
  });

  it('carries no message either way, while a flow inside each broker works in the same window', async () => {
    const noc = { broker: 'noc1-broker', user: 'mcollective' };
    const dc = { broker: 'dc1-broker', user: 'mcollective' };
    const [topic, queue] = await Promise.all([
      deliver(net!, noc, dc, '/topic/mcollective.discovery.agent', NEGATIVE_WINDOW_MS),
      deliver(net!, dc, noc, '/queue/mcollective.reply.dc_to_noc', NEGATIVE_WINDOW_MS),
      expectDelivery(net!, noc, noc, '/topic/mcollective.discovery.agent'),
      expectDelivery(net!, dc, dc, '/queue/mcollective.reply.dc_to_noc'),
    ]);
    // Every send had its RECEIPT: the source broker took each message and nothing carried it across.
    expect(topic.sends).toBeGreaterThan(1);
    expect(queue.sends).toBeGreaterThan(1);
    expect(topic.frame?.body, 'a topic message crossed a bridge with a wrong password').toBeUndefined();
    expect(queue.frame?.body, 'a queue message crossed a bridge with a wrong password').toBeUndefined();
    expect(net!.brokers.get('dc1-broker')!.establishedBridges()).toEqual([]);
  });

  it('STOMP: a wrong password or unknown user gets an ERROR frame, the right password connects', async () => {
    const t = net!.topology;
    const right = passwordOf(t, 'dc1-broker', 'mcollective');
    for (const [login, passcode] of [['mcollective', `${right}x`], ['mcollective', ''], ['nobody', right]]) {
      const e = await refusal(() => net!.stomp('dc1-broker', login, passcode));
      expect(e, `${login}/${passcode}`).toBeInstanceOf(StompError);
      expect(e.message).toMatch(new RegExp(`User name \\[${login}\\] or password is invalid`));
    }
    const ok = await net!.stomp('dc1-broker', 'mcollective', right);
    await ok.disconnect();
  });

  it('authorization: mcollective publishes on mcollective.>, but not on admin-only destinations (admin can)', async () => {
    const mco = { broker: 'dc1-broker', user: 'mcollective' };
    const admin = { broker: 'dc1-broker', user: 'admin' };
    await expectDelivery(net!, mco, mco, '/topic/mcollective.discovery.agent');
    const login = (user: string): Promise<StompClient> => net!.stomp('dc1-broker', user, passwordOf(net!.topology, 'dc1-broker', user));
    for (const destination of ['/topic/private.x', '/queue/admin.only']) {
      const c = await login('mcollective');
      const e = await refusal(() => c.send(destination, 'should be refused'));
      c.close();
      expect(e, destination).toBeInstanceOf(StompError);
      const name = destination.replace(/^\/(topic|queue)\//, '');
      expect(e.message, destination).toMatch(new RegExp(`User mcollective is not authorized to write to: (topic|queue)://${name.replace('.', '\\.')}`));
      await expectDelivery(net!, admin, admin, destination); // the destination itself works, for a user allowed on it
    }
    const reader = await login('mcollective');
    const e = await refusal(() => reader.subscribe('/queue/admin.only'));
    reader.close();
    expect(e.message).toMatch(/User mcollective is not authorized to read from: queue:\/\/admin\.only/);
  });
});

describe('inter-site links over ssl://, with stores made by the exported make-keystores.sh', () => {
  const source = sslTopology();
  let net: SecureNetwork | undefined;
  beforeAll(async () => {
    net = await startSecureNetwork(source, { keytool: true }); // waits for every connector's bridge
  });
  afterAll(async () => {
    const root = net?.root;
    await net?.stop();
    if (root) expect(leftoverJvms(root)).toBe('');
  });

  it('is seen by the leak check while it runs (the control for the check after stop)', () => {
    expect(leftoverJvms(net!.root).split('\n')).toHaveLength(source.brokers.filter((b) => b.role !== 'external').length);
  });

  it('validates without errors and without plaintext-wan-link (which the same sites over tcp would raise)', () => {
    const diags = validate(source);
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diags.filter((d) => d.code === 'plaintext-wan-link')).toEqual([]);
    const plain = structuredClone(source);
    for (const l of plain.links) delete l.transport;
    expect(validate(plain).filter((d) => d.code === 'plaintext-wan-link')).toHaveLength(plain.links.length);
  });

  it('ran make-keystores.sh: each broker folder holds the stores its <sslContext> names (relative paths)', () => {
    expect(net!.keytoolOutput).toContain('Done.');
    for (const name of ['noc', 'de', 'fr']) {
      expect(existsSync(join(net!.root, name, 'ssl', 'broker.ks')), name).toBe(true);
      expect(existsSync(join(net!.root, name, 'ssl', 'broker.ts')), name).toBe(true);
      expect(net!.xml.get(name)).toMatch(/<sslContext keyStore="ssl\/broker\.ks" keyStorePassword="[^"]+" trustStore="ssl\/broker\.ts"/);
    }
  });

  it('dials ssl:// only, and every bridge that formed runs over ssl', () => {
    const t = net!.topology;
    const uris = [...net!.xml.get('noc')!.matchAll(/<networkConnector [^>]*uri="([^"]*)"/g)].map((m) => m[1]);
    expect(uris.sort()).toEqual(['de', 'de', 'fr', 'fr'].map((b) => `static:(ssl://127.0.0.1:${transportPort(t, b, 'ssl')})`).sort());
    for (const b of net!.brokers.values()) {
      const lines = [...b.log().matchAll(/Network connection between \S+ and (\S+) \([^)]*\) has been established/g)].map((m) => m[1]);
      expect(lines.length, b.name).toBeGreaterThan(0);
      expect(b.openBridges().length, b.name).toBeGreaterThan(0);
      for (const remote of lines) expect(remote, b.name).toMatch(/^ssl:\/\//);
    }
  });

  it('carries a topic and a queue message across one ssl hop and across two (de → noc → fr)', async () => {
    const noc = { broker: 'noc', user: 'admin' };
    const de = { broker: 'de', user: 'mcollective' };
    const fr = { broker: 'fr', user: 'mcollective' };
    await Promise.all([
      expectDelivery(net!, noc, de, '/topic/mcollective.discovery.agent'),
      expectDelivery(net!, de, noc, '/queue/mcollective.reply.de_to_noc'),
      expectDelivery(net!, de, fr, '/topic/mcollective.rpcutil.agent'),
      expectDelivery(net!, de, fr, '/queue/mcollective.reply.de_to_fr'),
    ]);
  });
});
