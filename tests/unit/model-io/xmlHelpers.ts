// Helpers of the XML tests: a small topology with tcp, ssl and backup links, and fast-xml-parser readers.

import { XMLParser } from 'fast-xml-parser';
import type { Broker, Link, Preset, Topology } from '../../../src/model';

export type Attrs = Record<string, string>;
export interface ParsedConnector extends Attrs {
  excluded: string; // e.g. "queue:>" or "" when the connector has no excludedDestinations
}

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@_', htmlEntities: true, parseAttributeValue: false, parseTagValue: false,
  isArray: (name) => ['networkConnector', 'queue', 'topic', 'authenticationUser', 'authorizationEntry', 'transportConnector'].includes(name),
});
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

/** The <broker> element of an activemq.xml, parsed (attributes under `@_name`). */
export function brokerElement(xml: string): Record<string, any> {
  return parser.parse(xml).beans.broker;
}

export function attrsOf(el: Record<string, unknown>): Attrs {
  return Object.fromEntries(Object.entries(el).filter(([k]) => k.startsWith('@_')).map(([k, v]) => [k.slice(2), String(v)]));
}

/** The networkConnectors of a broker's XML, in document order, with their excluded destinations flattened. */
export function connectorsOf(xml: string): ParsedConnector[] {
  const list: Record<string, any>[] = brokerElement(xml).networkConnectors?.networkConnector ?? [];
  return list.map((c) => {
    const ex = c.excludedDestinations ?? {};
    const excluded = ['queue', 'topic'].flatMap((type) => (ex[type] ?? []).map((d: Record<string, string>) => `${type}:${d['@_physicalName']}`));
    return { ...attrsOf(c), excluded: excluded.join(',') };
  });
}

/** The element names directly inside <broker>, in document order. */
export function brokerChildren(xml: string): string[] {
  const doc = ordered.parse(xml) as Record<string, any>[];
  const beans = doc.find((n) => 'beans' in n)!.beans as Record<string, any>[];
  const broker = beans.find((n) => 'broker' in n)!.broker as Record<string, any>[];
  return broker.flatMap((n) => Object.keys(n).filter((k) => k !== ':@' && k !== '#text'));
}

function broker(name: string, uri = 'tcp://0.0.0.0:61616', extra: Partial<Broker> = {}): Broker {
  return { name, role: 'broker', host: `${name}.example`, transports: [{ name: 'openwire', uri }], ...extra };
}

/**
 * hub dials: a (tcp, duplex, credentials), s (ssl://…:61617), n (nio+ssl://…:61618), b (tcp, with backup host b2),
 * all as duplex links, so the hub holds every connector.
 */
export function sampleTopology(preset: Preset, links: Partial<Link>[] = []): Topology {
  return {
    format: 'amq-topology/1',
    name: 'sample',
    settings: { preset },
    brokers: [
      broker('hub', 'tcp://0.0.0.0:61616', { role: 'noc' }),
      broker('a'),
      broker('s', 'ssl://0.0.0.0:61617'),
      broker('n', 'nio+ssl://0.0.0.0:61618'),
      broker('b'),
    ],
    links: [
      { from: 'hub', to: 'a', duplex: true, userName: 'amq', password: 'bridge-pass-1234' },
      { from: 'hub', to: 's', duplex: true, userName: 'amq', password: 'bridge-pass-1234' },
      { from: 'hub', to: 'n', duplex: true, userName: 'amq', password: 'bridge-pass-1234' },
      { from: 'hub', to: 'b', duplex: true, userName: 'amq', password: 'bridge-pass-1234', backups: ['b2.example'] },
      ...links.map((l) => ({ from: 'hub', to: 'a', ...l })),
    ],
  };
}
