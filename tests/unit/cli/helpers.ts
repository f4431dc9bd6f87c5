// Shared helpers of the CLI tests: temp dirs, topology files, the CLI run in-process and as a real subprocess.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { run } from '../../../src/cli/main';
import { exampleTopology, serializeTopology, type Topology } from '../../../src/model';

export const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'src/cli/main.ts');

const made: string[] = [];
/** A fresh temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amq-cli-test-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes a topology (object or raw text) to `dir/name` and returns the path. */
export function writeTopology(dir: string, topology: Topology | string, name = 'net.amq.json'): string {
  const path = join(dir, name);
  writeFileSync(path, typeof topology === 'string' ? topology : serializeTopology(topology));
  return path;
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process, through the exported run(). */
export function cli(...argv: string[]): CliResult {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

/** The CLI as a real subprocess (node --import tsx src/cli/main.ts …); costs about half a second. */
export function cliProcess(argv: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...argv], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A network that validates with no error diagnostic (the hub-and-spoke example). */
export function cleanTopology(): Topology {
  return exampleTopology('noc-and-countries');
}

/** The same network with one error: the NOC–de link is no longer duplex, so nothing carries de back to noc. */
export function brokenTopology(): Topology {
  const t = cleanTopology();
  const link = t.links.find((l) => l.to === 'de')!;
  link.duplex = false;
  return t;
}

/** Every file below `dir`, as paths relative to it (sorted, '/' separated). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
