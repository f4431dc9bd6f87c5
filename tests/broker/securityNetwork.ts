// Starts a topology as real brokers like harness.ts does, for the security tests: the whole export (with
// make-keystores.sh, run before any JVM starts) is laid out as the zip would be, and readiness takes an explicit
// bridge expectation (a bad bridge is expected to never form) plus optional log lines to wait for. launchNetwork
// is the part other layouts share (the Amazon MQ emulation starts its completed configurations through it).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Broker, KEYTOOL_SCRIPT_NAME, type Topology, exportFiles, exportedBrokers } from '../../src/model';
import { BrokerProcess } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { type RunningNetwork, expectedBridges, waitUntilReady } from './harness';
import { localTopology, transportPort } from './localTopology';
import { StompClient } from './stomp';

export interface SecureStartOptions {
  /** Export make-keystores.sh and run it (`sh make-keystores.sh`) in the export folder before the brokers start. */
  keytool?: boolean;
  /** Established bridges to wait for, per broker and remote; default: every connector's (harness.expectedBridges). */
  bridges?: (topology: Topology) => Map<string, Map<string, number>>;
  /** Broker name → log text (regex) to wait for as well, e.g. the refusal of a bad bridge. */
  waitForLog?: Record<string, RegExp>;
  readyTimeoutMs?: number;
}

export interface SecureNetwork extends RunningNetwork {
  /** The export folder: `<broker>/activemq.xml` (+ stores), the topology file, README.txt, make-keystores.sh. */
  root: string;
  /** What `sh make-keystores.sh` printed (stdout and stderr), when it ran. */
  keytoolOutput?: string;
}

/** One broker to start: the folder it runs in (under the network's root) and the exact activemq.xml text. */
export interface BrokerFile {
  broker: Broker;
  fileName: string;
  xml: string;
}

export async function startSecureNetwork(source: Topology, opts: SecureStartOptions = {}): Promise<SecureNetwork> {
  const topology = await localTopology(source);
  return launchNetwork(topology, 'amq-security-test-', opts, (root) => {
    const files = exportFiles(topology, { keytoolScript: opts.keytool });
    for (const f of files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.content, { mode: f.mode ?? 0o644 });
    }
    const keytoolOutput = opts.keytool ? runKeytoolScript(root) : undefined;
    const byPath = new Map(files.map((f) => [f.path, f.content] as const));
    const brokers = exportedBrokers(topology).map(({ broker, fileName }) => {
      const xml = byPath.get(`${fileName}/activemq.xml`);
      if (xml === undefined) throw new Error(`the export has no ${fileName}/activemq.xml`);
      return { broker, fileName, xml };
    });
    return { brokers, keytoolOutput };
  });
}

/** As a person would after unzipping: `sh make-keystores.sh` in the folder (2>&1 keeps keytool's chatter). */
export function runKeytoolScript(root: string): string {
  return execFileSync('sh', ['-c', `sh ./${KEYTOOL_SCRIPT_NAME} 2>&1`], { cwd: root, encoding: 'utf8', timeout: 150_000 });
}

/**
 * Makes a fresh root folder, lets `layout` write into it and name the brokers' files, starts a JVM per broker
 * (all at once: connectors retry until their target is up) and waits until `topology` (127.0.0.1, its ports) is
 * ready as `opts` says. On any failure every JVM is stopped and the error carries the brokers' log tails.
 */
export async function launchNetwork(topology: Topology, prefix: string, opts: SecureStartOptions,
  layout: (root: string) => { brokers: BrokerFile[]; keytoolOutput?: string }): Promise<SecureNetwork> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const { brokers, logTails, stop } = brokerSet(root);
  const xml = new Map<string, string>();
  let keytoolOutput: string | undefined;
  try {
    const laid = layout(root);
    keytoolOutput = laid.keytoolOutput;
    for (const { broker, fileName, xml: content } of laid.brokers) {
      xml.set(broker.name, content);
      brokers.set(broker.name, new BrokerProcess(broker.name, join(root, fileName), content));
    }
    await waitUntilReady(topology, brokers, opts.readyTimeoutMs ?? 90_000, (opts.bridges ?? expectedBridges)(topology), opts.waitForLog ?? {});
  } catch (e) {
    const tails = logTails(40);
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${keytoolOutput ?? ''}\nbroker logs (tail):\n${tails}`);
  }

  const stomp = (broker: string, login: string, passcode: string, transport = 'stomp') =>
    StompClient.connect({ host: '127.0.0.1', port: transportPort(topology, broker, transport), login, passcode });
  return { topology, xml, brokers, stomp, logTails, stop, root, keytoolOutput };
}
