// The CLI commands of CONTRACT section 2 over the pure model. Each returns its exit code; I/O goes through `io`.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildZip, exportFiles, hasErrors, parseTopology, TopologyError, validate } from '../model';
import type { Diagnostic, Topology } from '../model';
import { type ParsedArgs, stringOption, UsageError } from './args';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

export function loadTopology(file: string | undefined): Topology {
  if (!file) throw new UsageError('name a topology file (*.amq.json)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TopologyError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file });
  }
  return parseTopology(text, file);
}

export function formatDiagnostic(d: Diagnostic): string {
  const refs = [d.brokers.length ? `brokers: ${d.brokers.join(', ')}` : '', d.links.length ? `links: ${d.links.join(', ')}` : ''].filter(Boolean).join('; ');
  return `${d.severity.padEnd(7)} ${d.code}: ${d.message}${refs ? `\n        (${refs})` : ''}`;
}

export function summary(list: Diagnostic[]): string {
  const count = (s: string) => list.filter((d) => d.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`;
}

export function validateCommand(args: ParsedArgs, io: Io): number {
  const topology = loadTopology(args.positional[0]);
  const diagnostics = validate(topology);
  if (args.options.has('json')) {
    io.out(JSON.stringify(diagnostics, null, 2) + '\n');
  } else {
    for (const d of diagnostics) io.out(formatDiagnostic(d) + '\n');
    io.out(`${args.positional[0]}: ${summary(diagnostics)}\n`);
  }
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

export function exportCommand(args: ParsedArgs, io: Io): number {
  const outDir = stringOption(args, 'out');
  const zipPath = stringOption(args, 'zip');
  if (!outDir && !zipPath) throw new UsageError('export needs --out DIR or --zip OUT.zip');
  const topology = loadTopology(args.positional[0]);
  const diagnostics = validate(topology);
  if (hasErrors(diagnostics) && !args.options.has('force')) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(d) + '\n');
    io.err(`Not exported: ${summary(diagnostics)}. Fix the errors, or pass --force to export anyway.\n`);
    return EXIT_ERRORS;
  }
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    // The same files as the zip's `<broker>/activemq.xml` entries, flattened to `<broker>.xml`.
    for (const f of exportFiles(topology).filter((x) => x.path.endsWith('/activemq.xml'))) {
      const path = join(outDir, `${f.path.slice(0, -'/activemq.xml'.length)}.xml`);
      writeFileSync(path, f.content);
      io.out(`wrote ${path}\n`);
    }
  }
  if (zipPath) {
    mkdirSync(dirname(zipPath), { recursive: true });
    writeFileSync(zipPath, buildZip(topology));
    io.out(`wrote ${zipPath}\n`);
  }
  return EXIT_OK;
}
