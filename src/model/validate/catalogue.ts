// The diagnostics catalogue: every code's metadata, collected from the rule files that raise them. Each rule family
// exports its `CodeMeta[]` beside its rules; add a family's array here once. The help panel, the CLI's
// `explain CODE` and docs/diagnostics.md (scripts/diagnosticsDoc.ts) are all views of this one list.

import { amazonMqCodes } from './amazonMqRules';
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
  // Production pitfalls (network-pitfalls.md); the ones left without a rule are listed in UNCHECKED_PITFALLS.
  queueReplayMeta, advisoryMeta, meshMeta, virtualTopicMeta, connectorSettingsMeta, startupMeta, versionMeta,
  amazonMqCodes,
];

export const catalogue: CodeMeta[] = FAMILIES.flat();

/** Pitfalls of network-pitfalls.md with no rule, and why a static check of the files cannot soundly raise them. */
export const UNCHECKED_PITFALLS: { ref: string; why: string }[] = [
  { ref: 'P6', why: 'durable subscribers across brokers: the files do not say which clients subscribe durably or fail over between brokers.' },
  { ref: 'P8', why: 'flow control and memory limits: whether a limit is too small depends on the load, which the files do not hold.' },
  { ref: 'P11', why: 'dynamicOnly only matters for durable subscriptions, which the files do not reveal (see P6).' },
  { ref: 'P12', why: 'clock skew: expiry across brokers depends on the hosts\' clocks, not on configuration.' },
  { ref: 'P14', why: 'auditNetworkProducers is a transportConnector attribute the model does not carry (and Amazon MQ refuses); the duplicate it would trap is still caught by the cursor audit.' },
  { ref: 'P16', why: 'request/reply over temp destinations, ordering, non-persistent loss and master/slave written as static:(m,s) need intent or HA-pair knowledge the files lack; the slow-consumer item is left for a later round.' },
];

const BY_CODE = new Map(catalogue.map((m) => [m.code, m] as const));

/** The metadata of one code, or undefined for a code the catalogue does not know. */
export function codeMeta(code: string): CodeMeta | undefined {
  return BY_CODE.get(code);
}
