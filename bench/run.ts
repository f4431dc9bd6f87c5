// `npm run bench`: milliseconds per run (median after warm-up) of validate, exportFiles and buildZip on generated
// networks of 10, 100 and 1,000 brokers, against the targets. Prints figures only; it never fails on timing.

import { buildZip, deriveNetwork, exportFiles, type Topology, validate } from '../src/model';
import { hubAndSpoke, regionalHubCount, regionalMesh } from './networks';
import { measure, ms, type Timing } from './timing';
import { importBench } from './importBench';

const SIZES = [10, 100, 1000];
const RUNS: Record<number, number> = { 10: 25, 100: 15, 1000: 7 };
const TARGETS = { validate: 50, export: 300 }; // ms, for 1,000 brokers and ~3,000 links

interface Row {
  shape: string;
  brokers: number;
  links: number;
  connectors: number;
  diagnostics: string;
  errors: number;
  derive: Timing;
  validate: Timing;
  exportFiles: Timing;
  buildZip: Timing;
  zipKiB: number;
}

function bench(shape: string, topology: Topology): Row {
  const runs = RUNS[topology.brokers.length] ?? 9;
  const fresh = () => structuredClone(topology); // deriveNetwork memoises per object: every timed run starts cold
  const diagnostics = validate(fresh());
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return {
    shape,
    brokers: topology.brokers.length,
    links: topology.links.length,
    connectors: deriveNetwork(fresh()).connectors.length,
    diagnostics: `${count('error')}/${count('warning')}/${count('info')}`,
    errors: count('error'),
    derive: measure(fresh, deriveNetwork, runs),
    validate: measure(fresh, validate, runs),
    exportFiles: measure(fresh, exportFiles, runs),
    buildZip: measure(fresh, buildZip, runs),
    zipKiB: buildZip(fresh()).length / 1024,
  };
}

function table(rows: Row[]): string {
  const head = ['shape', 'brokers', 'links', 'connectors', 'diag e/w/i', 'derive ms', 'validate ms', 'exportFiles ms', 'buildZip ms', 'zip KiB'];
  const body = rows.map((r) => [
    r.shape, String(r.brokers), String(r.links), String(r.connectors), r.diagnostics,
    ms(r.derive.median), ms(r.validate.median), ms(r.exportFiles.median), ms(r.buildZip.median), r.zipKiB.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

function main(): void {
  console.log(`amq-network-designer bench — Node ${process.version}, median of N timed runs after 2 warm-ups (N = ${SIZES.map((s) => `${RUNS[s]} at ${s}`).join(', ')}).`);
  console.log('Each timed run works on a fresh structuredClone of the topology (clone time excluded), so nothing is memoised.');
  console.log(`Shapes: hub-and-spoke = 1 NOC + n-1 spokes, one duplex link each; regional-mesh = round(1.5·√n) hubs in a full mesh`);
  console.log(`        (${SIZES.map((s) => `${regionalHubCount(s)} at ${s}`).join(', ')}) plus every other broker dual-homed to two neighbouring hubs. All links duplex over ssl, mcollective preset.\n`);
  const rows: Row[] = [];
  for (const n of SIZES) {
    rows.push(bench('hub-and-spoke', hubAndSpoke(n)));
    rows.push(bench('regional-mesh', regionalMesh(n)));
  }
  console.log(table(rows));
  console.log('\n"diag e/w/i" = error/warning/info diagnostics of each generated network: 0 errors means it is valid.');
  const invalid = rows.filter((r) => r.errors > 0);
  if (invalid.length) console.log(`NOTE: ${invalid.map((r) => `${r.shape}-${r.brokers}`).join(', ')} ha${invalid.length > 1 ? 've' : 's'} error diagnostics; the generator needs fixing.`);
  const big = rows.find((r) => r.shape === 'regional-mesh' && r.brokers === 1000)!;
  const verdict = (t: Timing, target: number) => `${ms(t.median)} ms (min ${ms(t.min)}) — target < ${target} ms: ${t.median < target ? 'met' : 'MISSED'}`;
  console.log(`\nTargets at ${big.brokers} brokers + ${big.links} links (regional-mesh):`);
  console.log(`  validate            ${verdict(big.validate, TARGETS.validate)}`);
  console.log(`  export of every file ${verdict(big.exportFiles, TARGETS.export)}`);
}

main();
importBench();
