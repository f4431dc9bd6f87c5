// The diagnostics catalogue is complete and is the one source of its views: every code a rule can raise has an
// entry (a new code without metadata fails here), every entry names a code some rule raises, and the checked-in
// docs/diagnostics.md is exactly what the catalogue generates.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, exampleTopology, validate } from '../../../src/model';
import { catalogue, codeMeta } from '../../../src/model/validate/catalogue';
import { catalogueMarkdown, mdProse } from '../../../src/model/validate/catalogueText';
import { cli } from '../cli/helpers';

const ROOT = resolve(__dirname, '../../..');
const MODEL = join(ROOT, 'src/model');

/** Calls that raise a code computed elsewhere in the same file, and how that file spells its codes. */
const COMPUTED: Record<string, RegExp> = {
  'validate/authRules.ts': /\{ code: '([a-z0-9-]+)', message:/g,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every code any file of src/model can pass to diagnostic(…). */
function raisedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sources(MODEL)) {
    const rel = relative(MODEL, file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bdiagnostic\(\s*([^,\s][^,]*),/g)) {
      const arg = m[1].trim();
      const literal = /^'([a-z0-9-]+)'$/.exec(arg);
      if (literal) { codes.set(literal[1], rel); continue; }
      if (rel === 'validate/diagnostic.ts') continue; // the definition itself
      const computed = COMPUTED[rel];
      if (!computed) throw new Error(`${rel} raises diagnostic(${arg}, …): list how that file spells its codes in COMPUTED`);
      for (const c of text.matchAll(computed)) codes.set(c[1], rel);
    }
  }
  return codes;
}

describe('diagnostics catalogue', () => {
  const raised = raisedCodes();

  it('has an entry for every code a rule can raise', () => {
    expect(raised.size).toBeGreaterThanOrEqual(24);
    const missing = [...raised].filter(([code]) => !codeMeta(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, 'codes without CodeMeta: export one beside the rule and add its family to catalogue.ts').toEqual([]);
  });

  it('names only codes that some rule raises, each once, with every field filled', () => {
    const codes = catalogue.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !raised.has(c))).toEqual([]);
    for (const m of catalogue) {
      expect(m.severities.length, m.code).toBeGreaterThan(0);
      for (const field of [m.title, m.breaks, m.fix]) expect(field.trim().length, m.code).toBeGreaterThan(10);
    }
  });

  it('covers every code the example networks and a broken network produce', () => {
    const broken = exampleTopology('noc-and-countries');
    broken.links.push({ from: broken.brokers[0].name, to: broken.brokers[0].name });
    const seen = new Set([...examples.map((e) => exampleTopology(e.id)), broken].flatMap((t) => validate(t).map((d) => d.code)));
    expect([...seen].filter((c) => !codeMeta(c))).toEqual([]);
    expect(seen.has('self-link')).toBe(true);
  });

  it('docs/diagnostics.md is what the catalogue generates (run npm run docs:diagnostics)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8');
    expect(onDisk).toBe(catalogueMarkdown());
    for (const m of catalogue) expect(onDisk).toContain(`## \`${m.code}\``);
  });

  it('escapes Markdown in prose but keeps code spans', () => {
    expect(mdProse('a <b>_c_ `x_<y>`')).toBe('a \\<b>\\_c\\_ `x_<y>`');
  });
});

describe('CLI explain', () => {
  it('prints what a code breaks, the log line and the fix', () => {
    const r = cli('explain', 'bridge-user-unknown');
    expect(r.code).toBe(0);
    expect(r.out).toContain('bridge-user-unknown (error; R10)');
    expect(r.out).toContain('User name [amq] or password is invalid.');
    expect(r.out).toMatch(/Fix:\n {2}Give the link a user/);
  });

  it('lists every code without an argument, and prints JSON with --json', () => {
    const list = cli('explain');
    expect(list.code).toBe(0);
    for (const m of catalogue) expect(list.out).toContain(m.code);
    const json = cli('explain', 'ttl-too-low', '--json');
    expect(JSON.parse(json.out)).toEqual(codeMeta('ttl-too-low'));
  });

  it('refuses an unknown code with exit 2', () => {
    const r = cli('explain', 'no-such-code');
    expect(r.code).toBe(2);
    expect(r.err).toContain('no diagnostic code "no-such-code"');
  });
});
