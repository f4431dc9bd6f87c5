// README.txt of an export lists the open errors and warnings it was made with (the designer asks before such a
// download; the CLI needs --force), and says so when there are none. Both pass validate's diagnostics, so their
// zips stay the same bytes.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, type Diagnostic, exampleTopology, exportFiles, type Topology, validate } from '../../../src/model';

const readmeOf = (t: Topology, diagnostics?: Diagnostic[]) => exportFiles(t, diagnostics ? { diagnostics } : {}).find((f) => f.path === 'README.txt')!.content;

const oneWay = (): Topology => ({
  format: 'amq-topology/1', name: 'one-way', settings: { preset: 'mcollective' },
  brokers: ['a', 'b'].map((name) => ({ name, role: 'broker' as const, host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })),
  links: [{ from: 'a', to: 'b' }],
});

describe('README.txt and the diagnostics', () => {
  it('lists every open error and warning, with counts, and leaves info out', () => {
    const t = oneWay();
    const diagnostics = validate(t);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(errors.length).toBeGreaterThan(0);
    const readme = readmeOf(t, diagnostics);
    expect(readme).toContain(`Open problems when this zip was made: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`);
    for (const d of errors) expect(readme).toContain(`  ERROR   ${d.code}: ${d.message}`);
    for (const d of warnings) expect(readme).toContain(`  WARNING ${d.code}: ${d.message}`);
    const extra: Diagnostic = { code: 'just-so', severity: 'info', message: 'for your information', brokers: [], links: [] };
    expect(readmeOf(t, [...diagnostics, extra])).not.toContain('just-so');
  });

  it('says there are none when the network is clean, and adds nothing when no diagnostics are given', () => {
    const t = oneWay();
    t.links[0].duplex = true;
    expect(readmeOf(t, [])).toContain('Open problems: none (no errors or warnings when this zip was made).');
    expect(readmeOf(t)).not.toContain('Open problems');
  });

  it('puts the same README in the zip, and the zip changes when the problems do', () => {
    const t = exampleTopology('noc-and-countries');
    const zip = buildZip(t, { diagnostics: validate(t) });
    expect(strFromU8(unzipSync(zip)['README.txt'])).toBe(readmeOf(t, validate(t)));
    const broken = oneWay();
    expect(Buffer.from(buildZip(broken, { diagnostics: validate(broken) })).equals(Buffer.from(buildZip(broken, { diagnostics: [] })))).toBe(false);
  });
});
