// Owns tests/broker/mcollective.test.ts: the model's server.cfg/client.cfg, parsed back, give STOMP logins with which
// the test suite's own STOMP client, playing MCollective's roles (a server subscribed at a country broker, an operator
// client at the NOC), does one request/reply round trip over real brokers. The real mcollectived and mco run the
// same generated lines in mcollectiveReal.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTopology, exportFiles, mcollectiveConfigs, parseMcollectiveCfg, type Topology, validate } from '../../src/model';
import { type RunningNetwork, startNetwork } from './harness';
import { transportPort } from './localTopology';
import { StompClient, type StompFrame, StompTimeout } from './stomp';

const AGENT_TOPIC = '/topic/mcollective.rpcutil.agent'; // COLLECTIVE.<agent>.agent (notes §1.2)
const IDENTITY = 'ops1.example.net';
const REPLY_QUEUE = `/queue/mcollective.reply.${IDENTITY}_${process.pid}.1`; // COLLECTIVE.reply.<identity>_<pid>.<seq>
const WINDOW_MS = 15_000; // bounds a failure only: each wait returns as soon as the message is there

interface PoolLogin { host: string; port: number; login: string; passcode: string }

/** Pool entry `n` of a parsed cfg, exactly as MCollective would read it (a missing password is sent as empty). */
function poolEntry(cfg: Record<string, string>, n: number): PoolLogin {
  const k = (s: string) => cfg[`plugin.activemq.pool.${n}.${s}`];
  expect(k('host'), `pool.${n}.host`).toBeDefined();
  expect(k('port'), `pool.${n}.port`).toMatch(/^\d+$/);
  return { host: k('host'), port: Number(k('port')), login: k('user'), passcode: k('password') ?? '' };
}

/** The cfg texts the model generates for `topology` (the local one the brokers run), by path. */
function cfgFiles(topology: Topology): Map<string, string> {
  return new Map(mcollectiveConfigs(topology).map((f) => [f.path, f.content] as const));
}

/** The first MESSAGE carrying `tag` (others are passed over), or undefined after timeoutMs. */
async function tagged(c: StompClient, tag: string, timeoutMs: number): Promise<StompFrame | undefined> {
  const until = Date.now() + timeoutMs;
  for (let left = timeoutMs; left > 0; left = until - Date.now()) {
    try {
      const f = await c.waitForMessage(left);
      if (f.headers['x-tag'] === tag) return f;
    } catch (e) {
      if (e instanceof StompTimeout) return undefined;
      throw e;
    }
  }
  return undefined;
}

/** Sends once a second until `receiver` gets our tag: a topic message sent before demand reached the sender is dropped. */
async function sendUntilReceived(sender: StompClient, receiver: StompClient, dest: string, body: string, headers: Record<string, string>): Promise<StompFrame | undefined> {
  const deadline = Date.now() + WINDOW_MS;
  while (Date.now() < deadline) {
    await sender.send(dest, body, headers);
    const f = await tagged(receiver, headers['x-tag'], Math.min(1000, deadline - Date.now()));
    if (f) return f;
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('STOMP clients in MCollective\'s roles, logged in with the generated cfg values: servers "de-web" at de (failover noc), clients "operators" at the NOC', () => {
  let net: RunningNetwork | undefined;
  let serverCfg: Record<string, string>;
  let clientCfg: Record<string, string>;
  beforeAll(async () => {
    net = await startNetwork(exampleTopology('noc-and-countries'), {
      adjust: (local) => {
        const b = (n: string) => local.brokers.find((x) => x.name === n)!;
        b('de').servers = { name: 'de-web', count: 30, failover: ['noc'] };
        b('noc').clients = { name: 'operators' };
      },
    });
    const files = cfgFiles(net.topology);
    serverCfg = parseMcollectiveCfg(files.get('de/server.cfg')!);
    clientCfg = parseMcollectiveCfg(files.get('noc/client.cfg')!);
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('generates the cfgs from the running (127.0.0.1) topology, as the export writes them, with no mcollective warnings', () => {
    const t = net!.topology;
    const exported = new Map(exportFiles(t).map((f) => [f.path, f.content] as const));
    const files = cfgFiles(t);
    expect([...files.keys()].sort()).toEqual(['de/server.cfg', 'noc/client.cfg']);
    for (const [path, text] of files) expect(exported.get(path), path).toBe(text);
    expect(validate(t).filter((d) => d.code.startsWith('mcollective-')), 'mcollective diagnostics').toEqual([]);
    expect(serverCfg.connector).toBe('activemq');
    expect(serverCfg['plugin.activemq.pool.size']).toBe('2');
    expect(clientCfg['plugin.activemq.pool.size']).toBe('1');
    expect(poolEntry(serverCfg, 1)).toMatchObject({ host: '127.0.0.1', port: transportPort(t, 'de', 'stomp'), login: 'mcollective' });
    expect(poolEntry(clientCfg, 1)).toMatchObject({ host: '127.0.0.1', port: transportPort(t, 'noc', 'stomp'), login: 'admin' });
    expect(serverCfg['plugin.activemq.pool.1.ssl']).toBeUndefined(); // stomp+nio, no TLS
  });

  it('a STOMP client with the NOC client.cfg login sends a request that a STOMP client with de\'s server.cfg login receives across the network; its reply comes back to reply-to', async () => {
    // Only the parsed cfg values say where and as whom to connect.
    const server = await StompClient.connect(poolEntry(serverCfg, 1));
    const client = await StompClient.connect(poolEntry(clientCfg, 1));
    try {
      await server.subscribe(AGENT_TOPIC);
      await client.subscribe(REPLY_QUEUE);
      await sleep(1000); // the consumers' advisories travel to the other broker
      const tag = `req-${Math.random().toString(36).slice(2, 10)}`;
      const request = await sendUntilReceived(client, server, AGENT_TOPIC, `rpcutil ping ${tag}`, { 'reply-to': REPLY_QUEUE, 'x-tag': tag });
      expect(request, `the de server got no request\n${net!.logTails(10)}`).toBeDefined();
      expect(request!.headers.destination).toBe(AGENT_TOPIC);
      expect(request!.body).toBe(`rpcutil ping ${tag}`);
      const replyTo = request!.headers['reply-to'];
      expect(replyTo, 'reply-to survived the bridge').toBe(REPLY_QUEUE);

      // The server answers where the request says; a queue keeps the message until the NOC's demand pulls it over.
      const rtag = `reply-${tag}`;
      await server.send(replyTo, `pong from de-web ${rtag}`, { 'x-tag': rtag });
      const reply = await tagged(client, rtag, WINDOW_MS);
      expect(reply, `the NOC client got no reply\n${net!.logTails(10)}`).toBeDefined();
      expect(reply!.headers.destination).toBe(REPLY_QUEUE);
      expect(reply!.body).toBe(`pong from de-web ${rtag}`);
    } finally {
      await Promise.all([server.disconnect(), client.disconnect()]);
    }
  });

  it('pool entry 2 of server.cfg is the NOC on its real STOMP port: a STOMP client with its credentials logs in there and gets the requests', async () => {
    const t = net!.topology;
    const second = poolEntry(serverCfg, 2);
    expect(second).toMatchObject({ host: '127.0.0.1', port: transportPort(t, 'noc', 'stomp'), login: 'mcollective' });
    expect(second.port).not.toBe(transportPort(t, 'de', 'stomp'));
    // A de server failed over to the NOC: it logs in there and still receives the agent's requests.
    const server = await StompClient.connect(second);
    const client = await StompClient.connect(poolEntry(clientCfg, 1));
    try {
      await server.subscribe(AGENT_TOPIC);
      const tag = `fo-${Math.random().toString(36).slice(2, 10)}`;
      const got = await sendUntilReceived(client, server, AGENT_TOPIC, `rpcutil ping ${tag}`, { 'reply-to': REPLY_QUEUE, 'x-tag': tag });
      expect(got, 'the failed-over server got no request at the NOC').toBeDefined();
    } finally {
      await Promise.all([server.disconnect(), client.disconnect()]);
    }
  });
});

// Negative check: de no longer has the user "mcollective" its servers log in as. The model says so
// (mcollective-user-missing, no password written for pool entry 1) and the real de refuses the cfg's login, while the
// same cfg's entry 2 (the NOC, which still has the user) logs in: the procedure above can fail.
describe('STOMP logins from the same server.cfg, with the user "mcollective" removed from de only (negative check)', () => {
  let net: RunningNetwork | undefined;
  let serverCfg: Record<string, string>;
  beforeAll(async () => {
    // Only the NOC and de: the other countries play no part here and would only slow the start.
    const source = exampleTopology('noc-and-countries');
    source.brokers = source.brokers.filter((b) => b.name === 'noc' || b.name === 'de');
    source.links = source.links.filter((l) => l.to === 'de' || l.from === 'de');
    net = await startNetwork(source, {
      adjust: (local) => {
        const de = local.brokers.find((x) => x.name === 'de')!;
        de.servers = { name: 'de-web', count: 30, failover: ['noc'] };
        de.users = de.users!.filter((u) => u.username !== 'mcollective');
      },
    });
    serverCfg = parseMcollectiveCfg(cfgFiles(net.topology).get('de/server.cfg')!);
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('validate() reports mcollective-user-missing for de, and server.cfg writes no password for pool entry 1', () => {
    const missing = validate(net!.topology).filter((d) => d.code === 'mcollective-user-missing');
    expect(missing.map((d) => d.brokers)).toEqual([['de']]);
    expect(net!.xml.get('de')).not.toMatch(/username="mcollective"/);
    expect(net!.xml.get('noc')).toMatch(/username="mcollective"/);
    expect(serverCfg['plugin.activemq.pool.1.user']).toBe('mcollective');
    expect(serverCfg['plugin.activemq.pool.1.password']).toBeUndefined();
    expect(serverCfg['plugin.activemq.pool.2.password']).toBeDefined();
  });

  it('de refuses the cfg login (and the NOC password), while pool entry 2 logs in at the NOC', async () => {
    const first = poolEntry(serverCfg, 1);
    const second = poolEntry(serverCfg, 2);
    await expect(StompClient.connect(first)).rejects.toThrow(/User name \[mcollective\] or password is invalid/);
    // Even the password the user has elsewhere does not help: de has no such user at all.
    await expect(StompClient.connect({ ...first, passcode: second.passcode })).rejects.toThrow(/User name \[mcollective\] or password is invalid/);
    const ok = await StompClient.connect(second);
    await ok.subscribe(AGENT_TOPIC);
    await ok.disconnect();
  });
});
