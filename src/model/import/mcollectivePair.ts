// Recognising MCollective's recommended link (MCO-AMQ): a topics connector and a queues connector to the same
// target, with exactly the attributes the mcollective preset writes. Such a pair becomes one preset link; anything
// else stays as written.

import type { RawConnectorInfo } from '../rawConnector';
import type { Link } from '../types';

const PRESET_ATTRIBUTES = new Set(['name', 'uri', 'duplex', 'networkTTL', 'decreaseNetworkConsumerPriority', 'dynamicOnly', 'conduitSubscriptions', 'suppressDuplicateQueueSubscriptions', 'userName', 'password']);

function onlyExclusion(info: RawConnectorInfo, type: 'queue' | 'topic'): boolean {
  return info.childElements === 1 && info.excluded.length === 1 && info.excluded[0].type === type && info.excluded[0].physicalName === '>';
}

function presetShaped(info: RawConnectorInfo): boolean {
  return [...info.attributes.keys()].every((k) => PRESET_ATTRIBUTES.has(k))
    && info.attributes.get('dynamicOnly') === 'true'
    && info.attributes.get('decreaseNetworkConsumerPriority') === 'true'
    && (info.attributes.get('networkTTL') === undefined || /^(-1|[1-9]\d*)$/.test(info.attributes.get('networkTTL')!));
}

const SAME = ['uri', 'duplex', 'networkTTL', 'userName', 'password'];

/** The preset link a topics/queues pair (rawConnectorInfo of each) stands for, or undefined when the pair is not
 *  exactly the preset's. */
export function mergePair(from: string, to: string, t: RawConnectorInfo, q: RawConnectorInfo): Omit<Link, 'transport' | 'backups'> | undefined {
  if (!t.name.endsWith('-topics') || !q.name.endsWith('-queues')) return undefined;
  const name = t.name.slice(0, -'-topics'.length);
  if (q.name.slice(0, -'-queues'.length) !== name || name === '') return undefined;
  if (!presetShaped(t) || !presetShaped(q)) return undefined;
  if (SAME.some((k) => t.attributes.get(k) !== q.attributes.get(k))) return undefined;
  if ((t.attributes.get('conduitSubscriptions') ?? 'true') !== 'true' || q.attributes.get('conduitSubscriptions') !== 'false') return undefined;
  // The preset writes queue duplicate suppression on the queues connector only (P5): a pair without it is kept as
  // written, so the rules see the file as it is.
  if (t.attributes.has('suppressDuplicateQueueSubscriptions') || q.attributes.get('suppressDuplicateQueueSubscriptions') !== 'true') return undefined;
  if (!onlyExclusion(t, 'queue') || !onlyExclusion(q, 'topic')) return undefined;
  const link: Link = { from, to };
  if (name !== `${from}-${to}`) link.name = name;
  if (t.duplex) link.duplex = true;
  link.networkTTL = Number(t.attributes.get('networkTTL') ?? '1');
  if (t.userName !== undefined) link.userName = t.userName;
  if (t.password !== undefined) link.password = t.password;
  return link;
}
