// Amazon MQ facts the export and the rules share: which engine version a network targets, each broker's endpoint
// hosts (active/standby brokers have a `-1` and a `-2` instance) and the one port network connectors may dial.

import type { Broker, Settings, Topology } from '../types';

export type EngineVersion = '5.17' | '5.18' | '5.19';
export const ENGINE_VERSIONS: readonly EngineVersion[] = ['5.17', '5.18', '5.19'];
/** What Terraform and CloudFormation take as engine_version: 5.17 with its patch, from 5.18 on minor only. */
export const ENGINE_VERSION_STRING: Record<EngineVersion, string> = { '5.17': '5.17.6', '5.18': '5.18', '5.19': '5.19' };
/** OpenWire over TLS: the only port a network connector may dial on Amazon MQ. */
export const OPENWIRE_SSL_PORT = 61617;

export function isAmazonMq(topology: Topology): boolean {
  return topology.settings.target === 'amazon-mq';
}

/** The network's engine version: settings.activemqVersion when it names one the service offers, else 5.19. */
export function engineVersion(settings: Settings): EngineVersion {
  const v = settings.activemqVersion?.trim() ?? '';
  return ENGINE_VERSIONS.find((e) => v === e || v.startsWith(`${e}.`)) ?? '5.19';
}

/** True when activemqVersion is set but is not an engine version Amazon MQ offers here. */
export function unsupportedVersion(settings: Settings): boolean {
  const v = settings.activemqVersion?.trim();
  return !!v && !ENGINE_VERSIONS.some((e) => v === e || v.startsWith(`${e}.`));
}

/** Until the broker exists its endpoint is unknown: a placeholder under .invalid (RFC 2606) that resolves nowhere. */
export function placeholderEndpoint(broker: Broker): string {
  const label = broker.name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'broker';
  return `b-${label}-1.endpoint.invalid`;
}

/** The endpoint hosts of a broker: one, or the active/standby pair (`…-1.…` and `…-2.…`). */
export function endpointHosts(broker: Broker): string[] {
  // Only host-name characters: the host goes into a URI, and through the Terraform into a heredoc as it is.
  const first = broker.endpoint?.replace(/[^A-Za-z0-9.-]/g, '') || placeholderEndpoint(broker);
  if (broker.deploymentMode !== 'active-standby') return [first];
  const second = /-1\./.test(first) ? first.replace(/-1\./, '-2.') : `standby.${first}`;
  return [first, second];
}

/** The connector URI that dials a broker on Amazon MQ: static:(ssl://…:61617), masterslave:(…) for a pair. */
export function amazonMqUri(hosts: string[]): string {
  const urls = hosts.map((h) => `ssl://${h}:${OPENWIRE_SSL_PORT}`);
  return urls.length === 1 ? `static:(${urls[0]})` : `masterslave:(${urls.join(',')})`;
}
