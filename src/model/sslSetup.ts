// Switching links to SSL (R12, R13): the target offers an OpenWire SSL transport, both ends hold an SSL context
// (key store to present, trust store to check the peer; make-keystores.sh makes them), and the link dials it.

import { dialedTransport } from './connectors';
import type { FixContext } from './fixContext';
import { sslOpenWire, withPresetTransport } from './transportPresets';
import type { Broker, SslSettings, Topology } from './types';
import { dialScheme, parseUri } from './uri';

/** The broker's SSL context with whatever is missing filled in: stores next to activemq.xml, fresh passwords. */
export function withSslContext(b: Broker, ctx: FixContext): Broker {
  const s = b.ssl ?? {};
  if (s.keyStore && s.keyStorePassword && s.trustStore && s.trustStorePassword) return b;
  const ssl: SslSettings = {
    ...s,
    keyStore: s.keyStore || 'broker.ks',
    keyStorePassword: s.keyStorePassword || ctx.password(),
    trustStore: s.trustStore || 'broker.ts',
    trustStorePassword: s.trustStorePassword || ctx.password(),
  };
  return { ...b, ssl };
}

/** The broker with an OpenWire SSL transport (ssl://0.0.0.0:61617, or the next free port) if it has none. */
export function withSslTransport(b: Broker): Broker {
  return sslOpenWire(b) ? b : withPresetTransport(b, 'openwire-ssl');
}

/** Whether link `index` already dials an SSL transport. */
export function linkIsSsl(t: Topology, index: number): boolean {
  const link = t.links[index];
  if (link.connectors) return link.connectors.some((c) => /ssl:\/\//i.test(c.xml));
  const tr = dialedTransport(link, t.brokers.find((b) => b.name === link.to));
  const p = tr && parseUri(tr.uri);
  return !!p && dialScheme(p.scheme) === 'ssl';
}

/**
 * Link `index` over SSL: the target gets an SSL transport and context where missing, the dialing broker an SSL
 * context (its trust store), and the link names the target's SSL transport. Undefined for a link that cannot be
 * switched (an end missing, or imported connectors kept as written).
 */
export function switchLinkToSsl(t: Topology, index: number, ctx: FixContext): Topology | undefined {
  const link = t.links[index];
  if (!link || link.connectors || link.from === link.to) return undefined;
  const fromIndex = t.brokers.findIndex((b) => b.name === link.from);
  const toIndex = t.brokers.findIndex((b) => b.name === link.to);
  if (fromIndex < 0 || toIndex < 0) return undefined;
  const target = withSslContext(withSslTransport(t.brokers[toIndex]), ctx);
  const brokers = t.brokers.map((b, i) => (i === toIndex ? target : i === fromIndex ? withSslContext(b, ctx) : b));
  const transport = sslOpenWire(target)!.name;
  return { ...t, brokers, links: t.links.map((l, i) => (i === index ? { ...l, transport } : l)) };
}
