// Import benchmark: importBrokerFiles on the 1,000 activemq.xml files of an exported 1,000-broker network (target
// < 1 s), against fast-xml-parser's XMLParser parsing the same texts. Prints figures only; never fails on timing.

import { XMLParser } from 'fast-xml-parser';
import { exportFiles, importBrokerFiles, type SourceFile } from '../src/model';
import { regionalMesh } from './networks';
import { measure, ms } from './timing';

const TARGET_MS = 1000;

export function importBench(brokers = 1000, runs = 5): void {
  const topology = regionalMesh(brokers);
  const files: SourceFile[] = exportFiles(topology).filter((f) => f.path.endsWith('/activemq.xml')).map((f) => ({ name: f.path, text: f.content }));
  const mib = files.reduce((n, f) => n + f.text.length, 0) / 1048576;
  const check = importBrokerFiles(files);
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' });
  const ours = measure(() => files, (fs) => importBrokerFiles(fs), runs);
  const baseline = measure(() => files, (fs) => fs.forEach((f) => parser.parse(f.text)), runs);
  console.log(`\nImport of ${files.length} exported activemq.xml files (${mib.toFixed(1)} MiB, regional-mesh-${brokers}: ${topology.links.length} links),`);
  console.log(`median of ${runs} timed runs after 2 warm-ups; the import gives ${check.brokers.length} brokers and ${check.links.length} links.`);
  console.log(`  importBrokerFiles               ${ms(ours.median)} ms (min ${ms(ours.min)}) — target < ${TARGET_MS} ms: ${ours.median < TARGET_MS ? 'met' : 'MISSED'}`);
  console.log(`  fast-xml-parser XMLParser only  ${ms(baseline.median)} ms (min ${ms(baseline.min)}); parse only, no model`);
  console.log(`  ratio import / XMLParser        ${(ours.median / baseline.median).toFixed(2)}×`);
}
