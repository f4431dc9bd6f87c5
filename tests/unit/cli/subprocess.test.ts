// The real CLI as a subprocess: exit codes as the shell sees them, stdout purity of --json, stderr for bad input.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, validate } from '../../../src/model';
import { brokenTopology, cleanTopology, cliProcess, tempDir, writeTopology } from './helpers';

describe('CLI subprocess', () => {
  it('validate: exit 0 on a clean file', () => {
    const r = cliProcess(['validate', writeTopology(tempDir(), cleanTopology())]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });

  it('validate --json: exit 1 and stdout is exactly one JSON array', () => {
    const r = cliProcess(['validate', writeTopology(tempDir(), brokenTopology()), '--json']);
    expect(r.code).toBe(1);
    expect(r.out.trimStart().startsWith('[')).toBe(true);
    expect(r.out.trimEnd().endsWith(']')).toBe(true);
    const parsed = JSON.parse(r.out) as { code: string; severity: string }[];
    expect(parsed.some((d) => d.code === 'missing-return-link' && d.severity === 'error')).toBe(true);
  });

  it('validate --json on bad JSON: exit 2, nothing on stdout, file and line/column on stderr', () => {
    const file = writeTopology(tempDir(), '{\n  "format": "amq-topology/1",\n  "links": [}\n');
    const r = cliProcess(['validate', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(file);
    expect(r.err).toMatch(/line 3, column 13/); // `  "links": [}`: the `}` is the 13th character
  });

  it('export: exit 1 and nothing written while errors exist; --zip with --force gives buildZip bytes', () => {
    const dir = tempDir();
    const t = brokenTopology();
    const file = writeTopology(dir, t);
    const out = join(dir, 'out');
    const refused = cliProcess(['export', file, '--out', out]);
    expect(refused.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const zip = join(dir, 'forced.zip');
    const forced = cliProcess(['export', file, '--zip', zip, '--force']);
    expect(forced.code).toBe(0);
    expect(Buffer.from(readFileSync(zip)).equals(Buffer.from(buildZip(structuredClone(t), { diagnostics: validate(t) })))).toBe(true);
  });

  it('unknown command: exit 2 with usage on stderr', () => {
    const r = cliProcess(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command/);
    expect(r.err).toMatch(/validate/);
  });
});
