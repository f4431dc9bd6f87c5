// The diagnostics catalogue: every code's metadata, collected from the rule files that raise them. Each rule family
// exports its `CodeMeta[]` beside its rules; add a family's array here once. The help panel, the CLI's
// `explain CODE` and docs/diagnostics.md (scripts/diagnosticsDoc.ts) are all views of this one list.

import { authPluginCodes } from './authPluginRules';
import { advisoryMeta } from './advisoryRules';
import { authCodes } from './authRules';
import { conduitCodes } from './conduitRules';
import { connectorSettingsMeta } from './connectorSettingsRules';
import { linkCodes } from './linkRules';
import { mcollectiveCodes } from './mcollectiveRules';
import { meshMeta } from './meshRules';
import type { CodeMeta } from './meta';
import { nameCodes } from './nameRules';
import { plainPortMeta } from './plainPortRule';
import { queueReplayMeta } from './queueReplayRules';
import { reachCodes } from './reachRules';
import { secretCodes } from './secretRules';
import { startupMeta } from './startupRules';
import { transportCodes } from './transportRules';
import { versionMeta } from './versionRules';
import { virtualTopicMeta } from './virtualTopicRules';

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
  // Production pitfalls (network-pitfalls.md). Left without a rule, and why: P6 (durable subscribers) and P11
  // (dynamicOnly) need to know which clients use durable subscriptions; P8 (flow control) needs sizes against load;
  // P12 (clock skew) needs the hosts' clocks; P14 (auditNetworkProducers) is a transport attribute the model does not
  // carry and Amazon MQ refuses; P16's request/reply, ordering and master/slave items need intent the file lacks.
  queueReplayMeta, advisoryMeta, meshMeta, virtualTopicMeta, connectorSettingsMeta, startupMeta, versionMeta,
];

export const catalogue: CodeMeta[] = FAMILIES.flat();

const BY_CODE = new Map(catalogue.map((m) => [m.code, m] as const));

/** The metadata of one code, or undefined for a code the catalogue does not know. */
export function codeMeta(code: string): CodeMeta | undefined {
  return BY_CODE.get(code);
}
