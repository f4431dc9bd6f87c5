// The model-versus-baseline figures of one network size: validate, export, import and zip, each timed against the
// plain baseline of bench/baselines.ts doing the same work in the same run.

import { buildZip, exportFiles, type Topology, validate } from '../src/model';
import { adjacencyPass, fflateZip, xmlBuilderExport } from './baselines';
import { importFigures } from './importBench';
import { measure, type Timing } from './timing';

export const OPERATIONS = ['validate', 'export', 'import', 'zip'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** What each operation's model and baseline do, for the table's legend and results.json. */
export const DESCRIPTIONS: Record<Operation, { model: string; baseline: string }> = {
  validate: { model: 'validate(topology): every diagnostic, deriving connectors, graph and hops', baseline: 'one pass over brokers and links building adjacency lists' },
  export: { model: 'exportFiles(topology): every activemq.xml, the topology file, README', baseline: 'fast-xml-parser XMLBuilder on the same element trees as plain objects + JSON.stringify of the topology' },
  import: { model: 'importBrokerFiles(every exported activemq.xml)', baseline: 'fast-xml-parser XMLParser alone on the same texts' },
  zip: { model: 'buildZip(topology): export + deterministic zip', baseline: "fflate zipSync (level 6) of exportFiles' contents, already exported" },
};

export interface Pair {
  operation: Operation;
  brokers: number;
  links: number;
  model: Timing;
  baseline: Timing;
}

export interface SizeInfo {
  brokers: number;
  links: number;
  diagnostics: { error: number; warning: number; info: number };
  files: number;
  xmlMiB: number;
  zipKiB: number;
  imported: { brokers: number; links: number };
}

export function figures(topology: Topology, runs: number, warmup: number): { pairs: Pair[]; info: SizeInfo } {
  const fresh = () => structuredClone(topology); // deriveNetwork memoises per object: every timed run starts cold
  const diagnostics = validate(fresh());
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const exported = exportFiles(fresh());
  const zip = buildZip(fresh());
  const brokers = topology.brokers.length, links = topology.links.length;
  const pair = (operation: Operation, model: Timing, baseline: Timing): Pair => ({ operation, brokers, links, model, baseline });
  const imp = importFigures(topology, runs, warmup);
  const pairs = [
    pair('validate', measure(fresh, validate, runs, warmup), measure(fresh, adjacencyPass, runs, warmup)),
    pair('export', measure(fresh, exportFiles, runs, warmup), measure(fresh, xmlBuilderExport, runs, warmup)),
    pair('import', imp.model, imp.baseline),
    pair('zip', measure(fresh, buildZip, runs, warmup), measure(() => exported, fflateZip, runs, warmup)),
  ];
  const info: SizeInfo = {
    brokers, links,
    diagnostics: { error: count('error'), warning: count('warning'), info: count('info') },
    files: imp.files, xmlMiB: imp.mib, zipKiB: zip.length / 1024,
    imported: { brokers: imp.brokers, links: imp.links },
  };
  return { pairs, info };
}
