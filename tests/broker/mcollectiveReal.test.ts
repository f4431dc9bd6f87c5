// Owns tests/broker/mcollectiveReal.test.ts: real MCollective 2.12 (Debian's mcollectived and mco) over the
// noc-and-countries example started as real brokers. Every server runs the model's generated server.cfg lines and
// the NOC's mco the generated client.cfg lines, exactly as exported; broadcast (ping), direct addressing (-I),
// discovery by fact (-F), failover to the next pool entry, and the controls that fail on a broken configuration.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Topology, exampleTopology, mcollectiveConfigs } from '../../src/model';
import { type RunningNetwork, startNetwork } from './harness';
import { transportPort } from './localTopology';
import { describeRun, mco, pingUntil, rpcReplies, rpcSenders, rpcUntil } from './mco';
import { type McoSet, type ServerSpec, requireMcollective, startMcollective } from './mcoNetwork';

// These bound a failure only: each wait returns as soon as its condition holds. Generous, because 2 cores shared
// with other work can take minutes to start five JVMs and seven Ruby processes.
const READY_MS = 240_000;
const HOOK_MS = 600_000;
const TEST_MS = 400_000;

/** The server groups of the run: de has two servers and the NOC as failover; fr has no failover (the control). */
function addGroups(t: Topology): void {
  const b = (n: string) => t.brokers.find((x) => x.name === n)!;
  b('noc').servers = { name: 'noc-infra', count: 1 };
  b('noc').clients = { name: 'operators' };
  b('de').servers = { name: 'de-web', count: 2, failover: ['noc'] };
  b('fr').servers = { name: 'fr-web', count: 1 };
  b('uk').servers = { name: 'uk-db', count: 1 };
  b('us').servers = { name: 'us-web', count: 1 };
}

const identity = (group: string, i: number) => `${group}-${i}.example.net`;
const STALE = 'us-stale-1.example.net';

describe('real mcollectived and mco on noc-and-countries, from the generated server.cfg and client.cfg', () => {
  let net: RunningNetwork | undefined;
  let mc: McoSet | undefined;
  let failed = false;
  let clientCfg: string;
  const expected: string[] = [];

  beforeAll(async () => {
    requireMcollective();
    net = await startNetwork(exampleTopology('noc-and-countries'), { adjust: addGroups, readyTimeoutMs: READY_MS });
    const files = new Map(mcollectiveConfigs(net.topology).map((f) => [f.path, f.content] as const));
    const specs: ServerSpec[] = [];
    for (const b of net.topology.brokers) {
      if (!b.servers) continue;
      for (let i = 1; i <= b.servers.count; i++) {
        const id = identity(b.servers.name, i);
        expected.push(id);
        specs.push({ identity: id, broker: b.name, cfg: files.get(`${b.name}/server.cfg`)!, facts: { country: b.name, group: b.servers.name } });
      }
    }
    // The control: a us server whose server.cfg was generated before us's "mcollective" password changed, so its
    // only pool entry carries a password the running broker refuses.
    const stale = structuredClone(net.topology);
    stale.brokers.find((x) => x.name === 'us')!.users!.find((u) => u.username === 'mcollective')!.password = 'an-old-password-Zq1';
    const staleCfg = mcollectiveConfigs(stale).find((f) => f.path === 'us/server.cfg')!.content;
    specs.push({ identity: STALE, broker: 'us', cfg: staleCfg, facts: { country: 'us', group: 'us-web' } });
    expected.sort();
    mc = startMcollective(specs, new Map([['noc', files.get('noc/client.cfg')!]]));
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

  it('mco ping from the NOC is answered by every server of every group', async () => {
    const { run, answered } = await pingUntil(clientCfg, expected, READY_MS);
    expect(answered, `${describeRun(run)}${logs()}`).toEqual(expected);
  }, TEST_MS);

  // MCollective 2.12's stomp gem (1.4.10) ignores the ERROR frame that answers a refused CONNECT and logs "Connected
  // to …"; what the server's log shows is the broker's next ERROR ("Not connected.") and the dropped connection. The
  // refusal itself, with the user name, is in the broker's log.
  it('the control: the server whose pool entry has a password the broker refuses is turned away and never answers', () => {
    const stale = mc!.servers.get(STALE)!;
    const us = mc!.servers.get(identity('us-web', 1))!;
    expect(stale.running).toBe(true);
    expect(stale.log(), stale.logTail(30)).toMatch(/Unexpected 'ERROR' frame\.\s+Headers: \{[^}]*"message"=>"Not connected\."/);
    expect(stale.log(), stale.logTail(30)).toMatch(/Unexpected error on connection stomp:\/\/mcollective@127\.0\.0\.1:\d+: es_recv: connection\.receive returning EOF/);
    expect(stale.handled(), 'the stale server handled a request').toBe(0);
    expect(us.handled(), 'the good us server, same broker and facts, handled requests').toBeGreaterThan(0);
    expect(us.log()).not.toMatch(/"message"=>"Not connected\."/);
    expect(net!.brokers.get('us')!.log()).toMatch(/ProtocolConverter - Exception occurred for client \S+ \(mcollective\) processing: CONNECT -> java\.lang\.SecurityException: User name \[mcollective\] or password is invalid/);
  });

  it('a direct request (mco rpc rpcutil ping -I) reaches one server through the NOC; the refused server gets none', async () => {
    const target = identity('de-web', 2);
    const [{ run, senders }, stale] = await Promise.all([
      rpcUntil(clientCfg, ['rpc', 'rpcutil', 'ping', '-I', target, '-j', '-t', '10'], [target], READY_MS),
      mco(clientCfg, ['rpc', 'rpcutil', 'ping', '-I', STALE, '-j', '-t', '10']),
    ]);
    expect(senders, `${describeRun(run)}${logs()}`).toEqual([target]);
    const reply = rpcReplies(run)[0];
    expect(reply.statuscode, describeRun(run)).toBe(0);
    expect(typeof reply.data.pong, describeRun(run)).toBe('number');
    expect(rpcSenders(stale), describeRun(stale)).toEqual([]);
  }, TEST_MS);

  it('a request filtered by a fact (-F) discovers across the network exactly the servers with that fact', async () => {
    const de = [identity('de-web', 1), identity('de-web', 2)];
    const us = [identity('us-web', 1)]; // not the refused us server, which has the same facts
    const rpc = (fact: string) => ['rpc', 'rpcutil', 'ping', '-F', fact, '-j', '--dt', '8', '-t', '10'];
    const [a, b] = await Promise.all([
      rpcUntil(clientCfg, rpc('country=de'), de, READY_MS),
      rpcUntil(clientCfg, rpc('group=us-web'), us, READY_MS),
    ]);
    expect(a.senders, `${describeRun(a.run)}${logs()}`).toEqual(de);
    expect(b.senders, `${describeRun(b.run)}${logs()}`).toEqual(us);
  }, TEST_MS);

  // Last: it stops brokers. de's servers list the NOC as failover; fr's server has no failover (the control).
  it('failover: with de and fr stopped, de\'s servers reconnect to the NOC and answer; fr\'s server does not', async () => {
    const t = net!.topology;
    const noc = `stomp://mcollective@127.0.0.1:${transportPort(t, 'noc', 'stomp')}`;
    const de = [identity('de-web', 1), identity('de-web', 2)];
    for (const id of de) expect(mc!.servers.get(id)!.dialed()[0], id).toBe(`stomp://mcollective@127.0.0.1:${transportPort(t, 'de', 'stomp')}`);
    await Promise.all([net!.brokers.get('de')!.stop(), net!.brokers.get('fr')!.stop()]);
    const others = expected.filter((id) => !id.startsWith('fr-web-'));
    const { run, answered } = await pingUntil(clientCfg, others, READY_MS);
    expect(answered, `${describeRun(run)}${logs()}`).toEqual(others);
    for (const id of de) expect(mc!.servers.get(id)!.dialed().at(-1), id).toBe(noc);
    const fr = mc!.servers.get(identity('fr-web', 1))!;
    expect(fr.running).toBe(true);
    expect([...new Set(fr.dialed())], 'fr-web-1 only ever dialed fr').toEqual([`stomp://mcollective@127.0.0.1:${transportPort(t, 'fr', 'stomp')}`]);
    expect(fr.log()).toMatch(new RegExp(`TCP Connection to stomp://mcollective@127\\.0\\.0\\.1:${transportPort(t, 'fr', 'stomp')} failed`));
  }, TEST_MS);
});
