// Import figures: importBrokerFiles on the exported activemq.xml files of a network, against fast-xml-parser's
// XMLParser alone parsing the same texts (parse only, no model). Returns figures only; never fails on timing.

import { XMLParser } from 'fast-xml-parser';
import { exportFiles, importBrokerFiles, type SourceFile, type Topology } from '../src/model';
import { forgetConnectorInfo } from '../src/model/rawConnector';
import { forgetParsedUris } from '../src/model/uri';
import { measure, type Timing } from './timing';

export interface ImportFigures {
  files: number;
  mib: number;
  model: Timing;
  baseline: Timing;
  /** What the import gave back, to show it read the network whole. */
  brokers: number;
  links: number;
}

export function importFigures(topology: Topology, runs: number, warmup = 2): ImportFigures {
  const files: SourceFile[] = exportFiles(topology).filter((f) => f.path.endsWith('/activemq.xml')).map((f) => ({ name: f.path, text: f.content }));
  const check = importBrokerFiles(files);
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' });
  return {
    files: files.length,
    mib: files.reduce((n, f) => n + f.text.length, 0) / 1048576,
    // Each run starts cold, as a user's import does: the texts are the same every run, and the model's content-keyed
    // caches (connector XML, URIs) would otherwise answer from the run before.
    model: measure(() => { forgetConnectorInfo(); forgetParsedUris(); return files; }, (fs) => importBrokerFiles(fs), runs, warmup),
    baseline: measure(() => files, (fs) => fs.forEach((f) => parser.parse(f.text)), runs, warmup),
    brokers: check.brokers.length,
    links: check.links.length,
  };
}
