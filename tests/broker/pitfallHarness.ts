// Real brokers for the pitfall proofs (network-pitfalls.md P1, P2, P7, P9, P13): a designed topology rewritten for
// 127.0.0.1, exported, then each broker's file either kept as exported or edited into the faulty configuration the
// rule describes. Both runs start real ActiveMQ 5.17 from those exact files.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Topology, exportedBrokers, exportFiles, importBrokerFiles, validate } from '../../src/model';
import { BrokerProcess } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { expectedBridges, type RunningNetwork, waitUntilReady } from './harness';
import { localTopology, transportPort } from './localTopology';
import { StompClient } from './stomp';

export interface PitfallNetwork extends RunningNetwork {
  /** The diagnostic codes the files the brokers run raise, imported and checked as written. */
  codes: string[];
}

/** The exported activemq.xml of every broker of a local topology. */
export function exportedXml(topology: Topology): Map<string, string> {
  const files = new Map(exportFiles(topology).map((f) => [f.path, f.content] as const));
  return new Map(exportedBrokers(topology).map(({ broker, fileName }) => [broker.name, files.get(`${fileName}/activemq.xml`)!]));
}

/** The codes validate raises on these files, read back by the importer (the files as written). */
export function codesOfFiles(xml: Map<string, string>, version?: string): string[] {
  const t = importBrokerFiles([...xml].map(([name, text]) => ({ name: `${name}.xml`, text })));
  if (version) t.settings.activemqVersion = version;
  return validate(t).map((d) => d.code);
}

export interface StartPlan {
  /** Edits the exported file of a broker into the faulty one (identity for "as exported"). */
  edit?: (broker: string, xml: string) => string;
  /** Bridges to wait for (default: every bridge of the topology). */
  expected?: Map<string, Map<string, number>>;
  /** Log patterns to wait for, per broker. */
  logs?: Record<string, RegExp>;
  readyTimeoutMs?: number;
}

export async function startFiles(source: Topology, plan: StartPlan = {}): Promise<PitfallNetwork> {
  const topology = await localTopology(source);
  const xml = exportedXml(topology);
  for (const [name, text] of xml) xml.set(name, plan.edit ? plan.edit(name, text) : text);
  const root = mkdtempSync(join(tmpdir(), 'amq-pitfall-'));
  const { brokers, logTails, stop } = brokerSet(root);
  try {
    for (const { broker, fileName } of exportedBrokers(topology)) brokers.set(broker.name, new BrokerProcess(broker.name, join(root, fileName), xml.get(broker.name)!));
    await waitUntilReady(topology, brokers, plan.readyTimeoutMs ?? 120_000, plan.expected ?? expectedBridges(topology), plan.logs);
  } catch (e) {
    const tails = logTails(40);
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nbroker logs (tail):\n${tails}`);
  }
  const stomp = (broker: string, login: string, passcode: string, transport = 'stomp') =>
    StompClient.connect({ host: '127.0.0.1', port: transportPort(topology, broker, transport), login, passcode });
  return { topology, xml, brokers, stomp, logTails, stop, codes: codesOfFiles(xml, source.settings.activemqVersion) };
}

/** `<broker …>` of an exported file with an attribute added. */
export function withBrokerAttribute(xml: string, attribute: string): string {
  return xml.replace(/<broker xmlns="http:\/\/activemq\.apache\.org\/schema\/core"/, (m) => `${m} ${attribute}`);
}
