// The diagnostics catalogue: every code's metadata, collected from the rule files that raise them. Each rule family
// exports its `CodeMeta[]` beside its rules; add a family's array here once. The help panel, the CLI's
// `explain CODE` and docs/diagnostics.md (scripts/diagnosticsDoc.ts) are all views of this one list.

import { authPluginCodes } from './authPluginRules';
import { authCodes } from './authRules';
import { conduitCodes } from './conduitRules';
import { linkCodes } from './linkRules';
import { mcollectiveCodes } from './mcollectiveRules';
import type { CodeMeta } from './meta';
import { nameCodes } from './nameRules';
import { plainPortMeta } from './plainPortRule';
import { reachCodes } from './reachRules';
import { secretCodes } from './secretRules';
import { transportCodes } from './transportRules';

const FAMILIES: CodeMeta[][] = [
  nameCodes,
  linkCodes,
  reachCodes,
  transportCodes,
  conduitCodes,
  authCodes,
  authPluginCodes,
  secretCodes,
  mcollectiveCodes,
  plainPortMeta,
];

export const catalogue: CodeMeta[] = FAMILIES.flat();

const BY_CODE = new Map(catalogue.map((m) => [m.code, m] as const));

/** The metadata of one code, or undefined for a code the catalogue does not know. */
export function codeMeta(code: string): CodeMeta | undefined {
  return BY_CODE.get(code);
}
