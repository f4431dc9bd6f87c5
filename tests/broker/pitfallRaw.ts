// One broker of a topology started alone from its (edited) exported file, for configurations that must not start
// (P9): no readiness wait, the caller watches the log and the process.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from '../../src/model';
import { BrokerProcess } from './brokerProcess';
import { brokerSet } from './brokerSet';
import { localTopology, transportPort } from './localTopology';
import { codesOfFiles, exportedXml } from './pitfallHarness';

export async function startFilesRaw(source: Topology, broker: string, edit: (xml: string) => string) {
  const topology = await localTopology(source);
  const xml = exportedXml(topology);
  xml.set(broker, edit(xml.get(broker)!));
  const root = mkdtempSync(join(tmpdir(), 'amq-pitfall-raw-'));
  const set = brokerSet(root);
  const proc = new BrokerProcess(broker, join(root, broker), xml.get(broker)!);
  set.brokers.set(broker, proc);
  return { proc, codes: codesOfFiles(xml), openwirePort: transportPort(topology, broker, 'openwire'), stop: set.stop };
}
