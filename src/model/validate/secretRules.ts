// Transport security and secrets: ssl links need a trust store (R13), links between locations should be ssl,
// and passwords should not be empty, short or well-known.

import { dialedTransports } from '../connectors';
import { linkId } from '../names';
import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, Link } from '../types';
import { dialScheme } from '../uri';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

const WELL_KNOWN = new Set(['password', 'manager', 'admin', 'secret', 'marionette', 'changeme', 'activemq', 'guest', 'user', 'amq', 'mcollective', 'letmein', '123456', 'default']);
const PLACEHOLDER = /\$\{[^}]*\}/;

function sslLink(link: Link, target: Broker, dialed: ReturnType<typeof dialedTransports>): boolean {
  if (link.connectors) return link.connectors.some((c) => /ssl:\/\//i.test(c.xml));
  const p = dialed(link, target).parsed;
  return !!p && dialScheme(p.scheme) === 'ssl';
}

export function sslRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dialed = dialedTransports();
  for (const link of net.topology.links) {
    const from = net.brokerByName.get(link.from);
    const to = net.brokerByName.get(link.to);
    if (!from || !to || link.from === link.to) continue;
    const ssl = sslLink(link, to, dialed);
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

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const secretCodes: CodeMeta[] = [
  {
    code: 'ssl-context-missing', severities: ['error'], refs: ['R13'],
    title: 'An ssl link from a broker with no trust store',
    breaks: 'The dialling broker cannot verify the far broker\'s certificate: the TLS handshake fails and the bridge never forms (it keeps retrying).',
    logLine: 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: … unable to find valid certification path to requested target',
    fix: 'Give the dialling broker an <sslContext> with a trust store that trusts the far broker\'s certificate (and a key store if the far transport has needClientAuth=true). "Download zip" can add make-keystores.sh.',
    example: '<!-- on de, no <sslContext> --> <networkConnector uri="static:(ssl://noc:61617)"/>',
  },
  {
    code: 'plaintext-wan-link', severities: ['warning'], fixable: true,
    title: 'A link between brokers of different locations that is not ssl',
    breaks: 'Nothing fails, but the bridge\'s password and every message (MCollective requests and replies) cross the WAN readable by anyone on the path.',
    fix: 'Dial an ssl (or nio+ssl) transport of the far broker, and give the dialling broker an SSL context with a trust store.',
    example: '{ "from": "de", "to": "noc" }  // de in Germany, noc in the NOC site, target tcp://noc:61616',
  },
  {
    code: 'weak-password', severities: ['warning'], fixable: true,
    title: 'A password that is empty, shorter than 12 characters or a well-known default',
    breaks: 'Default passwords (admin, manager, password, secret, marionette…) are the first an attacker tries; a short one falls to guessing. With MCollective, a broker login can command every server.',
    fix: 'Use at least 12 random characters; a bridge password must be the same on both ends. The inspector can generate one.',
    example: '<authenticationUser username="admin" password="admin" groups="admins,everyone"/>',
  },
];
