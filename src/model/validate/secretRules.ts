// Transport security and secrets: ssl links need a trust store (R13), links between locations should be ssl,
// and passwords should not be empty, short or well-known.

import { dialedTransport } from '../connectors';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, Link } from '../types';
import { dialScheme, parseUri } from '../uri';
import { diagnostic } from './diagnostic';

const WELL_KNOWN = new Set(['password', 'manager', 'admin', 'secret', 'marionette', 'changeme', 'activemq', 'guest', 'user', 'amq', 'mcollective', 'letmein', '123456', 'default']);
const PLACEHOLDER = /\$\{[^}]*\}/;

function sslLink(link: Link, target: Broker): boolean {
  if (link.connectors) return link.connectors.some((c) => /ssl:\/\//i.test(c.xml));
  const t = dialedTransport(link, target);
  const p = t && parseUri(t.uri);
  return !!p && dialScheme(p.scheme) === 'ssl';
}

export function sslRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const link of net.topology.links) {
    const from = net.brokerByName.get(link.from);
    const to = net.brokerByName.get(link.to);
    if (!from || !to || link.from === link.to) continue;
    const ssl = sslLink(link, to);
    if (ssl && !from.ssl?.trustStore) {
      const id = linkId(link);
      out.push(diagnostic('ssl-context-missing', 'error', `Link ${JSON.stringify(id)} dials ${JSON.stringify(to.name)} over ssl, but ${JSON.stringify(from.name)} has no trust store: the TLS handshake fails and the bridge never forms. Give ${JSON.stringify(from.name)} an SSL context with a trust store that trusts ${JSON.stringify(to.name)}.`, [from.name, to.name], [id]));
    }
    if (!ssl && from.location && to.location && from.location !== to.location) {
      const id = linkId(link);
      out.push(diagnostic('plaintext-wan-link', 'warning', `Link ${JSON.stringify(id)} joins ${JSON.stringify(from.location)} and ${JSON.stringify(to.location)} in plain text: bridge passwords and every message cross the WAN readable. Dial an ssl transport of ${JSON.stringify(to.name)}.`, [from.name, to.name], [id]));
    }
  }
  return out;
}

const MIN_LENGTH = 12;
const LONGEST_WELL_KNOWN = Math.max(...[...WELL_KNOWN].map((w) => w.length));

function weakness(password: string): string | undefined {
  // This runs for every user and link of the network. Most passwords hold no placeholder (includes spares the
  // regex), and one longer than every well-known default (lower-casing never shortens a string) needs no lookup.
  if (password.includes('${') && PLACEHOLDER.test(password)) return undefined;
  if (password.length >= MIN_LENGTH && password.length > LONGEST_WELL_KNOWN) return undefined;
  if (password === '') return 'is empty';
  if (WELL_KNOWN.has(password.toLowerCase())) return 'is a well-known default';
  if (password.length < MIN_LENGTH) return `has only ${password.length} characters`;
  return undefined;
}

export function weakPasswordRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    for (const u of b.users ?? []) {
      const w = weakness(u.password);
      if (w) out.push(diagnostic('weak-password', 'warning', `The password of user ${JSON.stringify(u.username)} on ${JSON.stringify(b.name)} ${w}. Use at least 12 random characters (the designer can generate one).`, [b.name]));
    }
  }
  net.topology.links.forEach((link) => {
    if (link.password === undefined) return;
    const w = weakness(link.password);
    if (w) out.push(diagnostic('weak-password', 'warning', `The bridge password of link ${JSON.stringify(linkId(link))} ${w}. Use at least 12 random characters, the same on both brokers.`, [link.from, link.to], [linkId(link)]));
  });
  return out;
}
