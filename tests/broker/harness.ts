// Starts a whole topology as real brokers on 127.0.0.1 from the model's exported activemq.xml files, waits until
// every broker listens and every network bridge is established, and stops everything again (also on failure).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Topology, exportFiles, exportedBrokers, networkConnectors } from '../../src/model';
import { BrokerProcess, portListens } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { localTopology, transportPort } from './localTopology';
import { StompClient } from './stomp';

export interface RunningNetwork {
  /** The rewritten topology the brokers run (127.0.0.1, fresh ports). */
  topology: Topology;
  /** Broker name → the exact activemq.xml text it was started from (the model's export). */
  xml: Map<string, string>;
  brokers: Map<string, BrokerProcess>;
  /** A STOMP client logged in at the broker's transport named "stomp" (or `transport`). */
  stomp(broker: string, login: string, passcode: string, transport?: string): Promise<StompClient>;
  /** The tail of every broker's log, for failure messages. */
  logTails(lines?: number): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** How long the whole network may take to listen and bridge. */
  readyTimeoutMs?: number;
  /**
   * Edits the local topology (127.0.0.1, fresh ports) before it is exported: for what must name the rewritten
   * addresses literally, such as a kept `<networkConnector>` whose uri dials a target's new port.
   */
  adjust?: (local: Topology) => void;
}

/**
 * Expected `… (REMOTE) has been established.` lines per broker and remote: each connector logs one on its own
 * broker, and a duplex connector's responder end logs one more on the target (measured on 5.17).
 */
export function expectedBridges(topology: Topology): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const add = (at: string, remote: string) => {
    const m = out.get(at) ?? new Map<string, number>();
    m.set(remote, (m.get(remote) ?? 0) + 1);
    out.set(at, m);
  };
  for (const c of networkConnectors(topology)) {
    add(c.broker, c.target);
    if (c.duplex) add(c.target, c.broker);
  }
  return out;
}

export async function startNetwork(source: Topology, opts: StartOptions = {}): Promise<RunningNetwork> {
  const topology = await localTopology(source);
  opts.adjust?.(topology);
  const root = mkdtempSync(join(tmpdir(), 'amq-broker-test-'));
  const files = new Map(exportFiles(topology).map((f) => [f.path, f.content] as const));
  const xml = new Map<string, string>();
  const { brokers, logTails, stop } = brokerSet(root);


  try {
    // All JVMs start at once: they start in parallel and connectors retry until their target is up.
    for (const { broker, fileName } of exportedBrokers(topology)) {
      const content = files.get(`${fileName}/activemq.xml`);
      if (content === undefined) throw new Error(`the export has no ${fileName}/activemq.xml`);
      xml.set(broker.name, content);
      brokers.set(broker.name, new BrokerProcess(broker.name, join(root, fileName), content));
    }
    await waitUntilReady(topology, brokers, opts.readyTimeoutMs ?? 90_000);
  } catch (e) {
    // Capture the logs before the directories go away, so the failure still says what the brokers said.
    const tails = logTails(40);
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nbroker logs (tail):\n${tails}`);
  }

  const stomp = (broker: string, login: string, passcode: string, transport = 'stomp') =>
    StompClient.connect({ host: '127.0.0.1', port: transportPort(topology, broker, transport), login, passcode });
  return { topology, xml, brokers, stomp, logTails, stop };
}

/**
 * Waits until every transport listens, every broker has established the bridges `expected` names, and each log
 * matches its pattern in `logs`. Shared with the security harness, which expects fewer bridges (refused ones).
 */
export async function waitUntilReady(topology: Topology, brokers: Map<string, BrokerProcess>, timeoutMs: number,
  expected = expectedBridges(topology), logs: Record<string, RegExp> = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const listening = new Set<number>(); // probed once each: every probe is a connection the broker logs
  for (;;) {
    const missing: string[] = [];
    for (const [name, proc] of brokers) {
      if (!proc.running) throw new Error(`broker ${name} exited (code ${proc.exitCode}) before the network was ready`);
      for (const t of topology.brokers.find((x) => x.name === name)!.transports) {
        const port = transportPort(topology, name, t.name);
        if (!listening.has(port) && (await portListens(port))) listening.add(port);
        if (!listening.has(port)) missing.push(`${name}: transport ${t.name} not listening on 127.0.0.1:${port}`);
      }
      const seen = proc.establishedBridges();
      for (const [remote, count] of expected.get(name) ?? []) {
        const have = seen.filter((r) => r === remote).length;
        if (have < count) missing.push(`${name}: ${have}/${count} bridges to ${remote} established`);
      }
      const want = logs[name];
      if (want && !want.test(proc.log())) missing.push(`${name}: no log line matching ${want}`);
    }
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`network not ready after ${timeoutMs / 1000} s:\n  ${missing.join('\n  ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
