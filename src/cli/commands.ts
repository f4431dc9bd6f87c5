// The CLI commands of CONTRACT section 2 over the pure model. Each returns its exit code; I/O goes through `io`.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildZip, exportFiles, hasErrors, parseTopology, TopologyError, validate } from '../model';
import { KEYTOOL_SCRIPT_NAME } from '../model/keytool';
import { CONFIG_FILE as AMAZON_MQ_CONFIG_FILE } from '../model/amazonMq/files';
import { TERRAFORM_FILE } from '../model/amazonMq/terraform';
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

/**
 * Where a zip entry goes in `--out DIR`, flattened: `<broker>/activemq.xml` → `<broker>.xml` (always),
 * `<broker>/server.cfg` → `<broker>.server.cfg` and the like (with --cfg), make-keystores.sh as it is (present only
 * with --keytool); the topology file and README stay in the zip only.
 */
function outName(zipPath: string, cfg: boolean): string | undefined {
  if (zipPath.endsWith('/activemq.xml')) return `${zipPath.slice(0, -'/activemq.xml'.length)}.xml`;
  // Amazon MQ: the configurations the same way, and the Terraform as DIR/main.tf.
  if (zipPath.endsWith(`/${AMAZON_MQ_CONFIG_FILE}`)) return `${zipPath.slice(0, -AMAZON_MQ_CONFIG_FILE.length - 1)}.xml`;
  if (zipPath === TERRAFORM_FILE) return 'main.tf';
  if (cfg && /\/(server|client)\.cfg$/.test(zipPath)) return zipPath.replace(/\/(server|client)\.cfg$/, '.$1.cfg');
  if (zipPath === KEYTOOL_SCRIPT_NAME) return zipPath;
  return undefined;
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
  // --keytool: the designer's "keystore script" option (make-keystores.sh), in the zip and in DIR alike.
  // The diagnostics go into README.txt, as the designer's Download zip puts them: the same bytes either way.
  // --cfg-complete: whole MCollective cfg files instead of connector fragments (and, with --out, implies --cfg).
  const complete = args.options.has('cfg-complete');
  const opts = { keytoolScript: args.options.has('keytool'), mcollectiveComplete: complete, diagnostics };
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    for (const f of exportFiles(topology, opts)) {
      const name = outName(f.path, args.options.has('cfg') || complete);
      if (!name) continue;
      const path = join(outDir, name);
      writeFileSync(path, f.content, f.mode === undefined ? undefined : { mode: f.mode });
      io.out(`wrote ${path}\n`);
    }
  }
  if (zipPath) {
    mkdirSync(dirname(zipPath), { recursive: true });
    writeFileSync(zipPath, buildZip(topology, opts));
    io.out(`wrote ${zipPath}\n`);
  }
  return EXIT_OK;
}
