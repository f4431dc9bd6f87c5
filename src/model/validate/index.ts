// validate(topology): every diagnostic of CONTRACT section 3 that the model checks, errors first.

import { deriveNetwork } from '../network';
import type { Diagnostic, Topology } from '../types';
import { amazonMqBridgeUserRule, amazonMqCycleRule, amazonMqPasswordRule, amazonMqTransportRule, amazonMqUnsupportedRule } from './amazonMqRules';
import { authenticationUncheckedRule } from './authPluginRules';
import { authenticationRule, bridgeUserRules, unusedGroupRule } from './authRules';
import { conduitRules } from './conduitRules';
import { sslRules, weakPasswordRule } from './secretRules';
import { sortDiagnostics } from './diagnostic';
import { duplicateBridgeRule, linkEndRules, missingReturnRule } from './linkRules';
import { mcollectiveConfigRule, mcollectiveReachRule, mcollectiveUserRule } from './mcollectiveRules';
import { brokerNameRules, connectorNameRules } from './nameRules';
import { plainPortRule } from './plainPortRule';
import { ttlRule, unreachableRule } from './reachRules';
import { advisoryRule } from './advisoryRules';
import { connectorSettingsRules } from './connectorSettingsRules';
import { meshRule } from './meshRules';
import { strandedQueueRule } from './queueReplayRules';
import { startupRule } from './startupRules';
import { versionRule } from './versionRules';
import { virtualTopicRule } from './virtualTopicRules';
import { multicastRule, portConflictRule, targetTransportRule } from './transportRules';

const RULES = [
  brokerNameRules,
  connectorNameRules,
  linkEndRules,
  duplicateBridgeRule,
  missingReturnRule,
  ttlRule,
  unreachableRule,
  portConflictRule,
  targetTransportRule,
  multicastRule,
  conduitRules,
  bridgeUserRules,
  sslRules,
  authenticationRule,
  authenticationUncheckedRule,
  weakPasswordRule,
  plainPortRule,
  unusedGroupRule,
  mcollectiveUserRule,
  mcollectiveReachRule,
  mcollectiveConfigRule,
  // Production pitfalls (network-pitfalls.md P1-P13) and version awareness.
  advisoryRule,
  versionRule,
  strandedQueueRule,
  meshRule,
  virtualTopicRule,
  startupRule,
  connectorSettingsRules,
  amazonMqUnsupportedRule,
  amazonMqPasswordRule,
  amazonMqTransportRule,
  amazonMqBridgeUserRule,
  amazonMqCycleRule,
];

// On Amazon MQ the service owns ports, TLS and authentication: these rules of self-managed brokers do not apply
// (the amazon-mq-* rules check the service's own conditions instead).
const NOT_ON_AMAZON_MQ = new Set(['port-conflict', 'wrong-target-transport', 'ssl-context-missing', 'plaintext-wan-link', 'no-authentication', 'authentication-unchecked', 'bridge-user-unknown', 'plain-port-open']);

export function validate(topology: Topology): Diagnostic[] {
  const net = deriveNetwork(topology);
  const all = RULES.flatMap((rule) => rule(net));
  return sortDiagnostics(topology.settings.target === 'amazon-mq' ? all.filter((d) => !NOT_ON_AMAZON_MQ.has(d.code)) : all);
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
