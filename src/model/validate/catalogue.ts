// The diagnostics catalogue: every code's metadata, collected from the rule files that raise them. Each rule family
// exports its `CodeMeta[]` beside its rules; add a family's array here once.

import type { CodeMeta } from './meta';

const FAMILIES: CodeMeta[][] = [];

export const catalogue: CodeMeta[] = FAMILIES.flat();

const BY_CODE = new Map(catalogue.map((m) => [m.code, m] as const));

/** The metadata of one code, or undefined for a code the catalogue does not know. */
export function codeMeta(code: string): CodeMeta | undefined {
  return BY_CODE.get(code);
}
