// The ActiveMQ 5.x version a network targets (settings.activemqVersion, default 5.17), and what changed with it:
// the defaults and features the pitfall rules and the export depend on (../shared/network-pitfalls.md).

import type { Topology } from './types';

export interface Version {
  major: number;
  minor: number;
  /** As written in the settings, or the default. */
  text: string;
}

export const DEFAULT_VERSION = '5.17';

/** The versions the designer offers (5.6 is the first with the replay policy the export writes). */
export const OFFERED_VERSIONS = ['5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13', '5.14', '5.15', '5.16', '5.17', '5.18', '5.19'];

/** `5.17`, `5.17.2`, `5.18.3-SNAPSHOT` → 5.17 / 5.18; undefined for anything that is not a 5.x version. */
export function parseVersion(text: string | undefined): Version | undefined {
  const m = /^\s*5\.(\d{1,2})(?:\.\d+)?(?:[-.][A-Za-z0-9]+)?\s*$/.exec(text ?? '');
  return m ? { major: 5, minor: Number(m[1]), text: text!.trim() } : undefined;
}

/** The network's version: its setting when it reads as 5.x, else the default. */
export function networkVersion(topology: Topology): Version {
  return parseVersion(topology.settings.activemqVersion) ?? parseVersion(DEFAULT_VERSION)!;
}

export const atLeast = (v: Version, minor: number): boolean => v.minor >= minor;

/** decreaseNetworkConsumerPriority's default: false up to 5.17, true from 5.18 (AMQ-5137). */
export const defaultDecreasePriority = (v: Version): boolean => atLeast(v, 18);

/** Before 5.9 a replayed message is dropped by the cursor audit unless the policy has enableAudit="false" (AMQ-4607). */
export const replayNeedsAuditOff = (v: Version): boolean => !atLeast(v, 9);

/** conditionalNetworkBridgeFilterFactory with replayWhenNoConsumers exists from 5.6 (AMQ-2324). */
export const hasReplayPolicy = (v: Version): boolean => atLeast(v, 6);

/** From 5.14 (AMQ-6331) an excluded destination wins over a static include; before, the include won. */
export const excludesWinOverStatic = (v: Version): boolean => atLeast(v, 14);

/**
 * Connector and broker attributes that a version's XBean schema does not know: Spring refuses the file, so the broker
 * does not start. Minor version where each appeared (network-pitfalls.md P1, P6, P7, P13, P15, P16).
 */
export const ATTRIBUTE_SINCE: Record<string, { minor: number; where: 'networkConnector' | 'broker' | 'virtualTopic' | 'conditionalNetworkBridgeFilterFactory' }> = {
  remoteUserName: { minor: 17, where: 'networkConnector' },
  remotePassword: { minor: 17, where: 'networkConnector' },
  syncDurableSubs: { minor: 14, where: 'networkConnector' },
  useVirtualDestSubs: { minor: 13, where: 'networkConnector' },
  checkDuplicateMessagesOnDuplex: { minor: 10, where: 'networkConnector' },
  staticBridge: { minor: 6, where: 'networkConnector' },
  networkConnectorStartAsync: { minor: 5, where: 'broker' },
  local: { minor: 6, where: 'virtualTopic' },
  selectorAware: { minor: 16, where: 'conditionalNetworkBridgeFilterFactory' },
};

/** One line for the designer: what the chosen version changes in the rules and the export. */
export function versionEffect(v: Version): string {
  const parts = [
    `decreaseNetworkConsumerPriority defaults to ${defaultDecreasePriority(v)} on ${v.text} (the export always writes it)`,
    excludesWinOverStatic(v) ? 'an excluded destination wins over a static include' : 'a static include wins over an exclude',
    atLeast(v, 17) ? 'remoteUserName/remotePassword are known' : 'remoteUserName/remotePassword are refused (5.17+)',
  ];
  if (replayNeedsAuditOff(v)) parts.push('the replay policy is written with enableAudit="false"');
  if (!hasReplayPolicy(v)) parts.push('no replay policy exists: stranded queue messages cannot be prevented');
  return parts.join('; ') + '.';
}
