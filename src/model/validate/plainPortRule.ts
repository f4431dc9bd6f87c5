// plain-port-open (CONTRACT section 3, second round): a broker that offers SSL but still listens for plain OpenWire
// or STOMP on an address other hosts reach. The SSL transport protects nothing while the same broker takes the same
// logins and messages in clear text next to it.

import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, Transport } from '../types';
import { isOpenWireScheme, isSslScheme, parseUri } from '../uri';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

const PLAIN_STOMP = new Set(['stomp', 'stomp+nio']);

/** 127.0.0.0/8, ::1 and localhost: only the broker's own host reaches them. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** What a plain transport speaks, when it is one this rule asks about and it listens beyond the host. */
export function plainListener(t: Transport): 'OpenWire' | 'STOMP' | undefined {
  const p = parseUri(t.uri);
  if (!p || isSslScheme(p.scheme) || isLoopbackHost(p.host)) return undefined;
  if (isOpenWireScheme(p.scheme)) return 'OpenWire';
  return PLAIN_STOMP.has(p.scheme) ? 'STOMP' : undefined;
}

function sslTransport(b: Broker): Transport | undefined {
  return b.transports.find((t) => { const p = parseUri(t.uri); return !!p && isSslScheme(p.scheme); });
}

export function plainPortRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    if (b.role === 'external') continue;
    const ssl = sslTransport(b);
    if (!ssl) continue;
    for (const t of b.transports) {
      const what = plainListener(t);
      if (!what) continue;
      out.push(diagnostic('plain-port-open', 'warning',
        `${JSON.stringify(b.name)} offers SSL on ${JSON.stringify(ssl.name)} but still listens for plain ${what} on plain transport ${JSON.stringify(t.name)} (${t.uri}): logins and messages sent there cross the network readable. Bind it to 127.0.0.1, switch it to SSL, or remove it.`,
        [b.name]));
    }
  }
  return out;
}

/** The plain transport a plain-port-open message names (its quoted name after "plain transport"). */
export function plainTransportNamed(message: string): string | undefined {
  const m = /plain transport ("(?:[^"\\]|\\.)*")/.exec(message);
  try { return m ? (JSON.parse(m[1]) as string) : undefined; } catch { return undefined; }
}

export const plainPortMeta: CodeMeta[] = [{
  code: 'plain-port-open',
  severities: ['warning'],
  title: 'A broker that offers SSL still listens for plain OpenWire or STOMP on a non-loopback address',
  breaks: 'Nothing fails, which is the danger: clients and bridges that use the plain port send user names, passwords and messages in clear text, so the SSL transport beside it protects nothing.',
  fix: 'Bind the plain transport to 127.0.0.1 (local tools keep working), switch it to SSL (ssl://, stomp+ssl://), or remove it. The designer\'s fix does one of these; for an OpenWire port that links still dial it first switches those links to SSL. "Secure the network" does it for every broker.',
  example: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>\n<transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>',
  fixable: true,
}];
