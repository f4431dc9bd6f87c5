// P13 connectors-start-serially on real ActiveMQ 5.17: a broker whose first network connector dials a black-holed peer
// (SYNs dropped) starts its other connectors only after that connect times out, unless networkConnectorStartAsync is
// set, as the export writes it. Shown by the order of the broker's own log lines, not by timing.

import { afterAll, describe, expect, it, vi } from 'vitest';
import { exampleTopology } from '../../src/model';
import { type BlackHole, blackHole } from './blackhole';
import { type PitfallNetwork, startFiles } from './pitfallHarness';

vi.setConfig({ testTimeout: 420_000 });

const NOC = 'noc1-broker';
const DC = 'dc1-broker';
let hole: BlackHole | undefined;
afterAll(() => hole?.close());

/** The exported NOC file with a first connector to the black hole; `async` false also drops networkConnectorStartAsync. */
function edit(port: number, async: boolean) {
  return (broker: string, xml: string) => {
    if (broker !== NOC) return xml;
    const first = xml.replace('<networkConnectors>', `<networkConnectors>\n      <networkConnector name="blackhole" uri="static:(tcp://127.0.0.1:${port})"/>`);
    return async ? first : first.replace(' networkConnectorStartAsync="true"', '');
  };
}

/** Offsets in NOC's log: the bridge to DC established, and the connect to the black hole given up. */
function order(net: PitfallNetwork, port: number) {
  const log = net.brokers.get(NOC)!.log();
  const established = log.search(new RegExp(`Network connection between \\S+ and \\S+ \\(${DC}\\) has been established`));
  const gaveUp = log.search(new RegExp(`Could not connect to remote URI: tcp://127\\.0\\.0\\.1:${port}`));
  return { established, gaveUp };
}

describe('P13 connectors-start-serially on real brokers', () => {
  it('without networkConnectorStartAsync, the bridge to the healthy peer waits for the black-holed connect to time out', async () => {
    hole = await blackHole();
    const net = await startFiles(exampleTopology('clustering-2009'), { edit: edit(hole.port, false), readyTimeoutMs: 360_000 });
    try {
      expect(net.codes).toContain('connectors-start-serially');
      const { established, gaveUp } = order(net, hole.port);
      expect(gaveUp, `no connect failure logged before the bridge\n${net.logTails(15)}`).toBeGreaterThanOrEqual(0);
      expect(established).toBeGreaterThan(gaveUp);
    } finally {
      await net.stop();
    }
  });

  it('as exported (networkConnectorStartAsync="true"), the healthy bridge comes up while the black-holed connect still hangs', async () => {
    hole ??= await blackHole();
    const net = await startFiles(exampleTopology('clustering-2009'), { edit: edit(hole.port, true), readyTimeoutMs: 360_000 });
    try {
      expect(net.codes).not.toContain('connectors-start-serially');
      const { established, gaveUp } = order(net, hole.port);
      expect(established).toBeGreaterThanOrEqual(0);
      expect(gaveUp === -1 || gaveUp > established, net.logTails(15)).toBe(true);
    } finally {
      await net.stop();
    }
  });
});
