// The journey's network on real ActiveMQ 5.17: the topology the by-hand journey saves (tests/fixtures/
// journey.amq.json, checked against the designer by tests/browser/journey.test.ts), exported with the CLI
// (`export FILE --out DIR --keytool`), stores made by the exported make-keystores.sh, brokers started from DIR.
// Every bridge forms over SSL, and MCollective-style messages cross them (the countries' STOMP is over TLS).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedBrokers, parseTopology, serializeTopology, type Topology, validate } from '../../src/model';
import { BrokerProcess } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { deliver, passwordOf } from './delivery';
import { expectedBridges, type RunningNetwork, waitUntilReady } from './harness';
import { localTopology, transportPort } from './localTopology';
import { StompClient } from './stomp';

const ROOT = resolve(import.meta.dirname, '../..');
const WINDOW_MS = 20_000;

/** The fixture with a strong password of its own for each <password-N> placeholder (equal placeholders stay equal). */
function journeyTopology(): Topology {
  const text = readFileSync(join(ROOT, 'tests/fixtures/journey.amq.json'), 'utf8').replace(/<password-(\d+)>/g, (_, n: string) => `journey-${n}-Qx7#vLm2`);
  return parseTopology(text, 'journey.amq.json');
}

function isSslTransport(t: Topology, broker: string, name: string): boolean {
  const uri = t.brokers.find((b) => b.name === broker)?.transports.find((x) => x.name === name)?.uri ?? '';
  return /^[a-z+]*ssl:\/\//.test(uri);
}

describe('the journey network, exported by the CLI, on real brokers', () => {
  let net: RunningNetwork & { dir: string; cliOutput: string; keytoolOutput: string } | undefined;
  beforeAll(async () => {
    const topology = await localTopology(journeyTopology());
    const work = mkdtempSync(join(tmpdir(), 'amq-journey-'));
    const file = join(work, 'journey.amq.json');
    writeFileSync(file, serializeTopology(topology));
    const dir = join(work, 'out');
    const cliOutput = execFileSync('npm', ['run', '-s', 'cli', '--', 'export', file, '--out', dir, '--keytool'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const keytoolOutput = execFileSync('sh', ['-c', 'sh ./make-keystores.sh 2>&1'], { cwd: dir, encoding: 'utf8', timeout: 400_000 });
    const { brokers, logTails, stop } = brokerSet(work);
    try {
      for (const { broker, fileName } of exportedBrokers(topology)) {
        // DIR/<broker>.xml from the CLI, run from DIR/<broker>/ where make-keystores.sh put its stores.
        brokers.set(broker.name, new BrokerProcess(broker.name, join(dir, fileName), readFileSync(join(dir, `${fileName}.xml`), 'utf8')));
      }
      await waitUntilReady(topology, brokers, 150_000, expectedBridges(topology));
    } catch (e) {
      const tails = logTails(40);
      await stop();
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${keytoolOutput}\nbroker logs (tail):\n${tails}`);
    }
    const stomp = (broker: string, login: string, passcode: string, transport = 'stomp') =>
      StompClient.connect({ host: '127.0.0.1', port: transportPort(topology, broker, transport), login, passcode, tls: isSslTransport(topology, broker, transport) });
    net = { topology, xml: new Map(), brokers, stomp, logTails, stop, dir, cliOutput, keytoolOutput };
  }, 900_000); // keytool for five brokers and five JVMs: minutes on a loaded machine; a bound for a failure only
  afterAll(async () => { await net?.stop(); });

  it('is the secure network the journey promised: no error, no warning', () => {
    expect(validate(journeyTopology()).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(net!.cliOutput).toContain('make-keystores.sh');
    expect(net!.keytoolOutput).toContain('Done.');
  });

  it('forms every bridge, each over SSL', () => {
    const t = net!.topology;
    for (const b of net!.brokers.values()) {
      const xml = readFileSync(join(net!.dir, `${b.name}.xml`), 'utf8');
      for (const m of xml.matchAll(/<networkConnector [^>]*uri="([^"]*)"/g)) expect(m[1], b.name).toMatch(/^static:\(ssl:\/\/127\.0\.0\.1:\d+\)$/);
      const remotes = [...b.log().matchAll(/Network connection between \S+ and (\S+) \([^)]*\) has been established/g)].map((m) => m[1]);
      const expected = [...(expectedBridges(t).get(b.name)?.values() ?? [])].reduce((a, n) => a + n, 0);
      expect(remotes.length, `${b.name}\n${b.logTail(20)}`).toBeGreaterThanOrEqual(expected);
      for (const r of remotes) expect(r, b.name).toMatch(/^ssl:\/\//);
    }
    expect(expectedBridges(t).get('noc1')?.size).toBe(4);
  });

  it('carries requests from the NOC to every country and replies back, across the SSL bridges', async () => {
    const noc = { broker: 'noc1', user: 'admin' };
    const results = await Promise.all(['de', 'fr', 'uk', 'us'].flatMap((c) => [
      deliver(net!, noc, { broker: c, user: 'mcollective' }, '/topic/mcollective.discovery.agent', WINDOW_MS),
      deliver(net!, { broker: c, user: 'mcollective' }, noc, `/queue/mcollective.reply.${c}_to_noc`, WINDOW_MS),
    ]));
    for (const r of results) expect(r.frame?.headers['x-probe'], `after ${r.sends} sends\n${net!.logTails(10)}`).toBe(r.tag);
    expect(passwordOf(net!.topology, 'de', 'mcollective')).toMatch(/^journey-\d+-/);
  });
});
