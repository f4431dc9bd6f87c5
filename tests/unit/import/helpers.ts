// Test helper for the importer: loading fixture files, and law (b) of round-trip safety (import → export → import).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { generateBrokerXml, importBrokerFiles, serializeTopology, type SourceFile, type Topology } from '../../../src/model';
import { parseXml, type XmlElement } from '../../../src/model/xml/parse';

export const FIXTURES = resolve(__dirname, '../../fixtures/import');

/** A fixture file, or every .xml file of a fixture folder (sorted), as importer input. */
export function fixture(name: string): SourceFile[] {
  const path = join(FIXTURES, name);
  const paths = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.xml')).sort().map((f) => join(path, f)) : [path];
  return paths.map((p) => ({ name: p.slice(FIXTURES.length + 1), text: readFileSync(p, 'utf8') }));
}

/** Every fixture: single files and folders (one network each). */
export function allFixtures(): string[] {
  return readdirSync(FIXTURES).sort();
}

export function importFixture(name: string): Topology {
  return importBrokerFiles(fixture(name));
}

/** Sections whose content export rewrites from the model, so comments inside them may be lost. */
const REWRITTEN = new Set(['networkConnectors', 'transportConnectors', 'users', 'authorizationEntries']);

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Element paths (`beans/broker/persistenceAdapter/kahaDB`) and comments outside the rewritten sections. */
export function inventory(text: string): { elements: Map<string, number>; comments: Map<string, number> } {
  const elements = new Map<string, number>();
  const comments = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const walk = (el: XmlElement, path: string, rewritten: boolean) => {
    const here = `${path}${local(el.name)}`;
    bump(elements, here);
    const inside = rewritten || REWRITTEN.has(local(el.name));
    for (const n of el.children) {
      if (n.kind === 'element') walk(n, `${here}/`, inside);
      else if (n.kind === 'comment' && !inside) bump(comments, `${here}: ${n.text}`);
    }
  };
  const doc = parseXml(text);
  for (const n of doc.nodes) if (n.kind === 'comment') bump(comments, `/: ${n.text}`);
  walk(doc.root, '', false);
  return { elements, comments };
}

/** What `before` has more of than `after` (as "key ×missing"), for readable failures. */
export function missing(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...before].filter(([k, n]) => (after.get(k) ?? 0) < n).map(([k, n]) => `${k} ×${n - (after.get(k) ?? 0)}`);
}

/** The activemq.xml export writes for each imported broker, named like the file it came from. */
export function reexport(topology: Topology): SourceFile[] {
  return topology.brokers.filter((b) => b.imported).map((b) => ({ name: b.imported!.file ?? b.name, text: generateBrokerXml(topology, b.name) }));
}

/**
 * Law (b): importing the re-exported files gives the same topology, and every element and every comment outside
 * the rewritten sections of each original file is still in its re-exported file.
 */
export function expectRoundTripSafe(files: SourceFile[]): void {
  const first = importBrokerFiles(files);
  const again = reexport(first);
  expect(again.map((f) => f.name)).toEqual(files.map((f) => f.name));
  const second = importBrokerFiles(again);
  expect(serializeTopology(second)).toBe(serializeTopology(first));
  files.forEach((f, i) => {
    const before = inventory(f.text);
    const after = inventory(again[i].text);
    expect(missing(before.elements, after.elements), `elements lost from ${f.name}`).toEqual([]);
    expect(missing(before.comments, after.comments), `comments lost from ${f.name}`).toEqual([]);
  });
}
