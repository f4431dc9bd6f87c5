// CLI exit 2: unreadable or invalid topology files (message on stderr naming the file and where) and bad usage.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeTopology } from './helpers';

function expectRefused(r: { code: number; out: string; err: string }, ...fragments: (string | RegExp)[]) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  for (const f of fragments) expect(r.err).toMatch(f);
}

describe('invalid topology files exit 2', () => {
  it('refuses text that is not JSON, naming file, line and column', () => {
    // line 3 is `  "brokers": @`; the `@` is its 14th character
    const file = writeTopology(tempDir(), '{\n  "format": "amq-topology/1",\n  "brokers": @\n}\n');
    expectRefused(cli('validate', file), file, /line 3, column 14/, /not valid JSON/);
  });

  it('refuses truncated JSON, pointing just past the end', () => {
    const text = '{\n  "format": "amq-topology/1",\n  "brokers": [';
    const file = writeTopology(tempDir(), text);
    // the last line `  "brokers": [` is 14 characters long, so the text ends at column 15
    expectRefused(cli('validate', file, '--json'), file, /line 3, column 15/, /ends too early/);
  });

  it('refuses an empty file', () => {
    const file = writeTopology(tempDir(), '');
    expectRefused(cli('validate', file), file, /line 1, column 1/);
  });

  it('refuses a wrong "format", naming the field', () => {
    const file = writeTopology(tempDir(), JSON.stringify({ format: 'amq-topology/2', brokers: [] }));
    expectRefused(cli('validate', file), file, /format/, /amq-topology\/1/, /amq-topology\/2/);
  });

  it('refuses a file with no "format"', () => {
    const file = writeTopology(tempDir(), JSON.stringify({ brokers: [] }));
    expectRefused(cli('validate', file), file, /format/);
  });

  it('refuses a wrong field type, naming its JSON path', () => {
    const t = {
      format: 'amq-topology/1',
      brokers: [
        { name: 'a', host: 'a.example', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
        { name: 'b', host: 'b.example', transports: [{ name: 'openwire', uri: 61616 }] },
      ],
      links: [],
    };
    const file = writeTopology(tempDir(), JSON.stringify(t, null, 2));
    expectRefused(cli('validate', file), file, 'brokers[1].transports[0].uri', /string/);
  });

  it('refuses a wrong type in a link, naming its JSON path', () => {
    const t = { format: 'amq-topology/1', brokers: [{ name: 'a' }, { name: 'b' }], links: [{ from: 'a', to: 'b', duplex: 'yes' }] };
    expectRefused(cli('validate', writeTopology(tempDir(), JSON.stringify(t))), 'links[0].duplex');
  });

  it('refuses a JSON value that is not an object', () => {
    const file = writeTopology(tempDir(), '[1, 2]');
    expectRefused(cli('validate', file), file, /object/);
  });

  it('refuses a missing file, naming it', () => {
    const file = join(tempDir(), 'does-not-exist.amq.json');
    expectRefused(cli('validate', file), file);
    expectRefused(cli('export', file, '--out', join(tempDir(), 'out')), file);
  });

  it('export refuses invalid input with exit 2 and writes nothing', () => {
    const dir = tempDir();
    const file = writeTopology(dir, '{"format": "amq-topology/1", "brokers": {}}');
    const out = join(dir, 'out');
    expectRefused(cli('export', file, '--out', out), file, 'brokers');
    expectRefused(cli('export', file, '--zip', join(out, 'x.zip')), file);
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad usage exits 2', () => {
  it('unknown command', () => {
    const r = cli('frobnicate', 'x.amq.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command/);
    expect(r.err).toMatch(/frobnicate/);
  });

  it('no command at all', () => {
    expect(cli().code).toBe(2);
  });

  it('validate without a file', () => {
    const r = cli('validate');
    expect(r.code).toBe(2);
    expect(r.err).not.toBe('');
  });

  it('export without a file, without --out/--zip, or with --out lacking its value', () => {
    const file = writeTopology(tempDir(), '{"format": "amq-topology/1"}');
    for (const argv of [['export'], ['export', file], ['export', file, '--out'], ['export', '--out', tempDir()]]) {
      const r = cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).not.toBe('');
    }
  });
});
