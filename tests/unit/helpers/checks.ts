// Test helper: what every diagnostic must look like (CONTRACT section 3), checked the same way everywhere.

import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/model';

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The problems with a diagnostic's shape, empty when it is well formed. Usable inside fast-check properties. */
export function shapeProblems(d: Diagnostic): string[] {
  const out: string[] = [];
  if (typeof d.code !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(d.code)) out.push(`code ${JSON.stringify(d.code)} is not kebab-case`);
  if (!(SEVERITIES as readonly string[]).includes(d.severity)) out.push(`unknown severity ${JSON.stringify(d.severity)}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') out.push('empty message');
  if (!Array.isArray(d.brokers) || d.brokers.some((b) => typeof b !== 'string')) out.push('brokers is not a list of strings');
  if (!Array.isArray(d.links) || d.links.some((l) => typeof l !== 'string')) out.push('links is not a list of strings');
  if (Array.isArray(d.brokers) && new Set(d.brokers).size !== d.brokers.length) out.push('brokers repeats a name');
  if (Array.isArray(d.links) && new Set(d.links).size !== d.links.length) out.push('links repeats an id');
  const keys = Object.keys(d).sort().join(',');
  if (keys !== 'brokers,code,links,message,severity') out.push(`unexpected fields ${keys}`);
  return out;
}

/** True when the message mentions the name as a whole word: quoted, or not part of a longer name. An empty name cannot be shown. */
export function mentions(message: string, name: string): boolean {
  if (name === '' || message.includes(JSON.stringify(name))) return true;
  const word = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9._:-])${word}(?![A-Za-z0-9._:-])`, 'u').test(message);
}

/**
 * A well-formed diagnostic whose message is one line of plain text (no markup) that names every broker it
 * lists. Used on the hand-built networks, whose names are plain.
 */
export function expectReadable(d: Diagnostic): void {
  expect(shapeProblems(d), JSON.stringify(d)).toEqual([]);
  expect(d.message, d.code).not.toMatch(/[\n\r]/);
  expect(d.message, d.code).not.toMatch(/<\/?(a|b|i|em|strong|code|br|p|span|div)\b[^>]*>|`|\*\*/i);
  for (const b of d.brokers) {
    expect(mentions(d.message, b), `${d.code} message should name broker ${JSON.stringify(b)}: ${d.message}`).toBe(true);
  }
}

/** Exactly one diagnostic in the list; checks it is readable and returns it. */
export function single(list: Diagnostic[]): Diagnostic {
  expect(list, JSON.stringify(list, null, 1)).toHaveLength(1);
  expectReadable(list[0]);
  return list[0];
}
