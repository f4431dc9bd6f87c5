// CLI `validate FILE [--json]`: exit 0 on a clean network, 1 with an error diagnostic, and --json output (CONTRACT 2, 3).

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model';
import { brokenTopology, cleanTopology, cli, tempDir, writeTopology } from './helpers';

describe('validate (in-process run)', () => {
  it('exits 0 and prints a summary for a network with no error', () => {
    const file = writeTopology(tempDir(), cleanTopology());
    const r = cli('validate', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(file);
    expect(r.out).toMatch(/0 errors/);
    expect(r.err).toBe('');
  });

  it('exits 1 and names the error code when an error diagnostic exists', () => {
    const file = writeTopology(tempDir(), brokenTopology());
    const r = cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('missing-return-link');
  });

  it('exits 0 when only warnings exist', () => {
    const t = cleanTopology();
    t.brokers[1].name = 'de broker'; // ActiveMQ would rewrite the space: invalid-broker-name, a warning
    for (const l of t.links) if (l.to === 'de') l.to = 'de broker';
    const diagnostics = validate(structuredClone(t));
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    const r = cli('validate', writeTopology(tempDir(), t));
    expect(r.code).toBe(0);
    expect(r.out).toContain('invalid-broker-name');
  });

  it('--json prints only a JSON array of diagnostics with the contract fields', () => {
    const t = brokenTopology();
    const r = cli('validate', writeTopology(tempDir(), t), '--json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as Record<string, unknown>[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((d) => d.code)).toEqual(validate(structuredClone(t)).map((d) => d.code));
    expect(parsed.map((d) => d.code)).toContain('missing-return-link');
    for (const d of parsed) {
      expect(Object.keys(d).sort()).toEqual(['brokers', 'code', 'links', 'message', 'severity']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(Array.isArray(d.brokers) && Array.isArray(d.links)).toBe(true);
    }
    const missing = parsed.find((d) => d.code === 'missing-return-link')!;
    expect(missing.brokers).toEqual(expect.arrayContaining(['noc', 'de']));
    expect(missing.links).toEqual(['noc-de']);
  });

  it('--json prints [] for a clean network', () => {
    const r = cli('validate', writeTopology(tempDir(), cleanTopology()), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });
});
