// The items of each modelled <broker> section, shared by fresh files and by imported templates. An item is a
// block of lines indented relative to its container; kept (imported) XML is marked verbatim and never re-indented.

import type { DerivedNetwork } from '../network';
import { connectorTtl, connectorsOf } from '../network';
import type { AuthorizationEntry, Broker, Extra } from '../types';
import { attrs } from './escape';

export interface Item {
  text: string;
  verbatim?: boolean;
}

/** Unknown attributes an import kept in `extra.attributes`, written after the known ones. */
function keptAttributes(extra: Extra | undefined): [string, string][] {
  const a = extra?.attributes;
  if (typeof a !== 'object' || a === null) return [];
  return Object.entries(a as Record<string, unknown>).filter(([k, v]) => /^[A-Za-z_][-\w.:]*$/.test(k) && typeof v === 'string') as [string, string][];
}

export function connectorItems(net: DerivedNetwork, broker: Broker): Item[] {
  const items: Item[] = [];
  const own = net.brokerByName.get(broker.name) === broker ? connectorsOf(net, broker.name) : [];
  for (const c of own) {
    if (c.raw) {
      if (!c.raw.targetIndex) items.push({ text: c.raw.xml, verbatim: true });
      continue;
    }
    const a = attrs([
      ['name', c.name], ['uri', c.uri], ['duplex', c.duplex], ['networkTTL', connectorTtl(net, c)],
      ['decreaseNetworkConsumerPriority', c.decreaseNetworkConsumerPriority], ['dynamicOnly', c.dynamicOnly],
      ['conduitSubscriptions', c.conduitSubscriptions],
      ['suppressDuplicateQueueSubscriptions', c.suppressDuplicateQueueSubscriptions ? true : undefined],
      ['userName', c.userName], ['password', c.password],
    ]);
    if (c.excludedDestinations.length === 0) {
      items.push({ text: `<networkConnector${a}/>` });
      continue;
    }
    const excluded = c.excludedDestinations.map((d) => `    <${d.type}${attrs([['physicalName', d.physicalName]])}/>`);
    items.push({ text: [`<networkConnector${a}>`, '  <excludedDestinations>', ...excluded, '  </excludedDestinations>', '</networkConnector>'].join('\n') });
  }
  for (const xml of broker.imported?.connectors ?? []) items.push({ text: xml, verbatim: true });
  return items;
}

export function transportItems(broker: Broker): Item[] {
  return broker.transports.map((t) => ({
    text: `<transportConnector${attrs([['name', t.name], ['uri', t.uri], ['discoveryUri', t.discoveryUri], ...keptAttributes(t.extra)])}/>`,
  }));
}

export function userItems(broker: Broker): Item[] {
  return (broker.users ?? []).map((u) => ({
    text: `<authenticationUser${attrs([['username', u.username], ['password', u.password], ['groups', u.groups.join(',')], ...keptAttributes(u.extra)])}/>`,
  }));
}

export function authorizationItems(broker: Broker): Item[] {
  return (broker.authorization ?? []).map((e: AuthorizationEntry) => ({
    text: `<authorizationEntry${attrs([
      ['queue', e.queue], ['topic', e.topic], ['tempQueue', e.tempQueue || undefined], ['tempTopic', e.tempTopic || undefined],
      ['read', e.read.length ? e.read.join(',') : undefined], ['write', e.write.length ? e.write.join(',') : undefined],
      ['admin', e.admin.length ? e.admin.join(',') : undefined], ...keptAttributes(e.extra),
    ])}/>`,
  }));
}

export function sslItem(broker: Broker): Item | undefined {
  const s = broker.ssl;
  if (!s) return undefined;
  return { text: `<sslContext${attrs([['keyStore', s.keyStore], ['keyStorePassword', s.keyStorePassword], ['trustStore', s.trustStore], ['trustStorePassword', s.trustStorePassword], ...keptAttributes(s.extra)])}/>` };
}

/** Items placed one per line at `indent`; verbatim items keep their own inner lines. */
export function place(items: Item[], indent: string): string {
  return items.map((it) => (it.verbatim ? indent + it.text : it.text.split('\n').map((l) => indent + l).join('\n'))).join('\n');
}

/** `<tag>` + items + `</tag>` as a block at `indent`, children two spaces deeper. */
export function block(tag: string, items: Item[], indent: string): string {
  return `${indent}<${tag}>\n${place(items, indent + '  ')}\n${indent}</${tag}>`;
}

/** The <plugins> content the model owns: simple authentication and the authorization map. */
export function pluginBlocks(broker: Broker, indent: string): string[] {
  const out: string[] = [];
  if (broker.users) out.push(`${indent}<simpleAuthenticationPlugin anonymousAccessAllowed="false">\n${block('users', userItems(broker), indent + '  ')}\n${indent}</simpleAuthenticationPlugin>`);
  if (broker.authorization) {
    const i = indent;
    out.push(`${i}<authorizationPlugin>\n${i}  <map>\n${i}    <authorizationMap>\n${block('authorizationEntries', authorizationItems(broker), i + '      ')}\n${i}    </authorizationMap>\n${i}  </map>\n${i}</authorizationPlugin>`);
  }
  return out;
}
