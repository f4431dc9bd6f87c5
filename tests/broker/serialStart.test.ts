// P13 connectors-start-serially on real ActiveMQ 5.17 (network-pitfalls.md P13): the NOC of the reference network
// dials de, fr, uk and us, with de's OpenWire port a black hole (SYNs unanswered, blackHole.ts). Without
// networkConnectorStartAsync the NOC starts its connectors one after another, so its bridges to fr, uk and us
// wait until the connects to de have timed out; as exported, they form while de's connects still hang.
// What is asserted is the order of the NOC's own log lines, not a duration.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exampleTopology, type Topology } from '../../src/model';
import { type BlackHole, blackHole, connectHangs } from './blackHole';
import { BrokerProcess } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { localTopology, transportPort } from './localTopology';
import { codesOfFiles, exportedXml } from './pitfallHarness';

vi.setConfig({ testTimeout: 420_000 });

const HOLE = 'de';
const HEALTHY = ['fr', 'uk', 'us'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stops: (() => unknown)[] = [];
afterAll(async () => {
  for (const s of stops) await s();
});

/** The NOC's log once its bridges to fr, uk and us are up (or `timeoutMs` passed), and the connects that timed out. */
async function run(edit: (xml: string) => string) {
  const topology: Topology = await localTopology(exampleTopology('noc-and-countries'));
  const xml = exportedXml(topology);
  xml.set('noc', edit(xml.get('noc')!));
  const holePort = transportPort(topology, HOLE, 'openwire');
  // The connector to the black hole is the NOC's first: the ones after it are the ones it can hold up.
  expect(/<networkConnector [^>]*uri="([^"]*)"/.exec(xml.get('noc')!)?.[1]).toContain(`:${holePort}`);
  const hole: BlackHole = await blackHole(holePort);
  stops.push(() => hole.close());
  expect(await connectHangs(holePort, 3000), 'the black hole answered a connect').toBe(true);
  const root = mkdtempSync(join(tmpdir(), 'amq-p13-'));
  const set = brokerSet(root);
  stops.push(set.stop);
  for (const name of ['noc', ...HEALTHY]) set.brokers.set(name, new BrokerProcess(name, join(root, name), xml.get(name)!));
  const noc = set.brokers.get('noc')!;
  const deadline = Date.now() + 240_000;
  const up = () => HEALTHY.every((c) => noc.establishedBridges().includes(c));
  while (Date.now() < deadline && noc.running && !up()) await sleep(500);
  const log = noc.log();
  const tails = set.logTails(20);
  const formed = up();
  await set.stop();
  expect(formed, `the NOC's bridges to ${HEALTHY.join(', ')} never formed\n${tails}`).toBe(true);
  const firstBridge = Math.min(...HEALTHY.map((c) => log.indexOf(`(${c}) has been established`)));
  const firstTimeout = log.search(/connect timed out/i);
  return { codes: codesOfFiles(xml), firstBridge, firstTimeout, log };
}

describe('P13 connectors-start-serially on real brokers', () => {
  it('without networkConnectorStartAsync, the bridges to healthy peers wait for the connect to the silent one to time out', async () => {
    const r = await run((xml) => xml.replace(/ networkConnectorStartAsync="true"/, ''));
    expect(r.codes).toContain('connectors-start-serially');
    expect(r.firstTimeout, `no connect to ${HOLE} timed out before the bridges formed\n${r.log.slice(-3000)}`).toBeGreaterThan(-1);
    expect(r.firstTimeout).toBeLessThan(r.firstBridge);
  });

  it('as exported (networkConnectorStartAsync="true"), they form while the connect to the silent peer still hangs', async () => {
    const r = await run((xml) => xml);
    expect(r.codes).not.toContain('connectors-start-serially');
    expect(r.firstTimeout === -1 || r.firstBridge < r.firstTimeout, r.log.slice(-3000)).toBe(true);
  });
});
