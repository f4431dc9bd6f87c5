// Test helper: the real checks of an Amazon MQ export. Every configuration against the XSD AWS publishes for its
// engine version with xmllint (Debian libxml2-utils), and the Terraform through a real HCL parser
// (@cdktf/hcl2json) with every reference resolved against what the file declares.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getReferencesInExpression, parse } from '@cdktf/hcl2json';
import { schemaPath } from '../../../scripts/amazonMqSchemas';

function xmllint(): string {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('xmllint is missing: install Debian\'s libxml2-utils (scripts/ensure-system-deps.sh does so as root)');
  }
  return 'xmllint';
}

/** Validates the documents against the schema of `version` in one xmllint run; returns its complaints ('' = valid). */
export function schemaErrors(version: string, docs: { name: string; xml: string }[]): string {
  if (!docs.length) return '';
  const dir = mkdtempSync(join(tmpdir(), 'amq-xsd-'));
  try {
    const paths = docs.map((d, i) => {
      const p = join(dir, `${i}.xml`);
      writeFileSync(p, d.xml);
      return p;
    });
    try {
      execFileSync(xmllint(), ['--noout', '--nonet', '--schema', schemaPath(version), ...paths], { stdio: 'pipe', encoding: 'utf8' });
      return '';
    } catch (e) {
      const err = e as { stderr?: string; status?: number };
      // Name the broker instead of the temporary file in what xmllint says.
      let text = err.stderr ?? String(e);
      paths.forEach((p, i) => { text = text.split(p).join(docs[i].name); });
      return text || `xmllint exited ${err.status}`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Json = Record<string, unknown>;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

export interface TerraformCheck {
  json: Json;
  /** References that name nothing the file declares (must be empty). */
  unresolved: string[];
  references: string[];
}

/** Parses main.tf and resolves every `var.*` and `<resource type>.<name>` reference in it. */
export async function checkTerraform(tf: string): Promise<TerraformCheck> {
  const json = await parse('main.tf', tf) as Json;
  const variables = new Set(Object.keys((json.variable ?? {}) as Json));
  const resources = json.resource as Record<string, Json> | undefined ?? {};
  const references: string[] = [];
  const unresolved: string[] = [];
  // Variable blocks hold type expressions (`string`, `list(string)`), not references.
  for (const s of strings({ ...json, variable: undefined })) {
    if (!s.includes('${')) continue;
    // hcl2json gives each template with its escapes decoded except `$${` (a literal `${`): the interpolations are the
    // `${…}` not preceded by `$`; each goes to the expression parser on its own (the text around holds any character).
    for (const m of s.matchAll(/(?<!\$)\$\{[^}]*\}/g)) for (const r of await getReferencesInExpression('main.tf', m[0])) {
      references.push(r.value);
      const [head, name] = r.value.split('.');
      const ok = head === 'var' ? variables.has(name) : Object.hasOwn(resources, head) && Object.hasOwn(resources[head], name);
      if (!ok) unresolved.push(r.value);
    }
  }
  return { json, unresolved, references };
}
