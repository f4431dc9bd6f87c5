// Helpers of the verify tests: the real CLI as a subprocess (asynchronous, so the brokers' exit events still run),
// one broker restarted from an edited copy of its deployed file, and a look for probe messages left on any broker.

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeTopology, type Topology } from '../../src/model';
import { BrokerProcess } from './brokerProcess';
import { passwordOf } from './delivery';
import { type RunningNetwork, waitUntilReady } from './harness';

const ROOT = join(__dirname, '../..');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `npm run -s cli -- verify …` as a user runs it (node + tsx on src/cli/main.ts). */
export function verifyCli(args: string[], timeoutMs = 170_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'verify', ...args], { cwd: ROOT, timeout: timeoutMs, maxBuffer: 10 << 20 },
      (error, stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : error ? -1 : 0, out: stdout, err: stderr }));
  });
}

/** Writes the topology to dir/name and returns the path. */
export function writeTopologyFile(dir: string, topology: Topology, name = 'net.amq.json'): string {
  const path = join(dir, name);
  writeFileSync(path, serializeTopology(topology));
  return path;
}

let restarts = 0;

/**
 * Stops `broker` and starts it again from `xml` (its deployed file, edited) in a fresh folder, so its log holds only
 * what the new process said; waits until it listens, its log shows `bridges` established (per remote) and matches
 * `log` when given, and each peer in `peers` has logged that many new bridges to it (the duplex ends): only then do
 * the other brokers forward to the new process as well.
 */
export async function restartBroker(net: RunningNetwork, broker: string, xml: string, bridges: Map<string, number>,
  logs: Record<string, RegExp> = {}, peers: Map<string, number> = new Map()): Promise<void> {
  const toBroker = (p: string) => net.brokers.get(p)!.establishedBridges().filter((r) => r === broker).length;
  const before = new Map([...peers.keys()].map((p) => [p, toBroker(p)] as const));
  const old = net.brokers.get(broker)!;
  await old.stop();
  const proc = new BrokerProcess(broker, `${old.dir}-restart-${++restarts}`, xml);
  net.brokers.set(broker, proc);
  const only = new Map([...net.brokers].filter(([name]) => name === broker || name in logs));
  const topology = { ...net.topology, brokers: net.topology.brokers.filter((b) => only.has(b.name)) };
  await waitUntilReady(topology, only, 240_000, new Map([[broker, bridges]]), logs);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const behind = [...peers].filter(([p, n]) => toBroker(p) < before.get(p)! + n).map(([p, n]) => `${p}: ${toBroker(p) - before.get(p)!}/${n} new bridges to ${broker}`);
    if (!behind.length) return;
    if (Date.now() > deadline) throw new Error(`after the restart of ${broker}:\n  ${behind.join('\n  ')}\n${net.logTails(15)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Probe messages still queued anywhere: a wildcard consumer on every running broker's `amqnd.verify.>` queues for
 * a few seconds (a consumer makes the network forward what waits elsewhere too).
 */
export async function leftoverProbes(net: RunningNetwork, user: string): Promise<string[]> {
  const found: string[] = [];
  await Promise.all([...net.brokers].filter(([, p]) => p.running).map(async ([name]) => {
    const c = await net.stomp(name, user, passwordOf(net.topology, name, user));
    try {
      await c.subscribe('/queue/amqnd.verify.>');
      for (;;) {
        const m = await c.waitForMessage(3000).catch(() => undefined);
        if (!m) break;
        found.push(`${name}: ${m.headers.destination} ${m.body}`);
      }
    } finally {
      await c.disconnect();
    }
  }));
  return found;
}
