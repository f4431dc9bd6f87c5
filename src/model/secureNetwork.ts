// "Secure the network": one edit that gives every broker the preset's users and authorization, every link bridge
// credentials both ends accept, every link between two locations SSL (transports, contexts, link targets), and
// closes the plain ports beside SSL; then says what it changed, in sentences for the designer's summary.

import { ensureLinkCredentials } from './bridgeCredentials';
import { authenticates } from './brokerEdits';
import { defaultFixContext, type FixContext } from './fixContext';
import { fixAll } from './fixAll';
import { requireAuthentication } from './fixesAuth';
import { closePlainTransport, linksDialing, stompOverSsl } from './fixesTransport';
import { linkId } from './names';
import { applyMcollectiveDefaults, suggestedPasswords } from './security';
import { linkIsSsl, switchLinkToSsl, withSslContext } from './sslSetup';
import type { Broker, Topology } from './types';
import { isSslScheme, parseUri } from './uri';
import { plainListener } from './validate/plainPortRule';

export interface SecureResult {
  topology: Topology;
  /** What changed, one sentence per kind of change; empty when the network was already secure. */
  changes: string[];
}

const names = (list: string[]) => (list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', '));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function changedBrokers(before: Topology, after: Topology, f: (a: Broker | undefined, b: Broker) => boolean): string[] {
  return after.brokers.filter((b) => f(before.brokers.find((x) => x.name === b.name), b)).map((b) => b.name);
}

export function secureNetwork(t: Topology, ctx: FixContext = defaultFixContext()): SecureResult {
  const changes: string[] = [];
  let x = t;
  const exported = () => x.brokers.filter((b) => b.role !== 'external');

  // 1. Users and authorization everywhere (the preset's; under plain, the network's or a bridge and admin user).
  const before1 = x;
  for (const b of exported()) {
    if (x.settings.preset === 'mcollective') x = applyMcollectiveDefaults(x, b.name, suggestedPasswords(x, b.name, () => ctx.password()));
    else if (!authenticates(b)) x = requireAuthentication(x, b.name, ctx);
  }
  const authed = changedBrokers(before1, x, (a, b) => a?.users?.length !== b.users?.length || a?.authorization?.length !== b.authorization?.length);
  if (authed.length) changes.push(`Users and authorization added on ${plural(authed.length, 'broker')}: ${names(authed)}.`);

  // 2. Bridge credentials on every link.
  const before2 = x;
  x.links.forEach((_, i) => { x = ensureLinkCredentials(x, i, ctx); });
  const credLinks = x.links.filter((l, i) => before2.links[i].userName !== l.userName || before2.links[i].password !== l.password).map(linkId);
  if (credLinks.length) changes.push(`Bridge credentials set on ${plural(credLinks.length, 'link')}: ${names(credLinks)}.`);

  // 3. SSL on every link between two locations.
  const before3 = x;
  const switched: string[] = [];
  x.links.forEach((l, i) => {
    const from = x.brokers.find((b) => b.name === l.from);
    const to = x.brokers.find((b) => b.name === l.to);
    if (!from?.location || !to?.location || from.location === to.location || linkIsSsl(x, i)) return;
    const next = switchLinkToSsl(x, i, ctx);
    if (next) { x = next; switched.push(linkId(l)); }
  });
  if (switched.length) {
    changes.push(`${plural(switched.length, 'link')} between locations now dial SSL: ${names(switched)}.`);
    const transports = changedBrokers(before3, x, (a, b) => (a?.transports.length ?? 0) < b.transports.length);
    if (transports.length) changes.push(`SSL transports (ssl://…:61617) added on ${names(transports)}.`);
    const contexts = changedBrokers(before3, x, (a, b) => !!b.ssl && JSON.stringify(a?.ssl) !== JSON.stringify(b.ssl));
    if (contexts.length) changes.push(`SSL contexts added or completed on ${names(contexts)}; tick "keystore script" by Download zip for make-keystores.sh.`);
  }

  // 4. Plain ports beside SSL: OpenWire nobody dials any more binds to 127.0.0.1, STOMP moves to STOMP over SSL.
  const closed: string[] = [];
  const stomp: string[] = [];
  const kept: string[] = [];
  for (const b of exported()) {
    const hasSsl = b.transports.some((tr) => { const p = parseUri(tr.uri); return !!p && isSslScheme(p.scheme); });
    if (!hasSsl) continue;
    for (const tr of b.transports) {
      const what = plainListener(tr);
      const now = x.brokers.find((y) => y.name === b.name)!;
      if (what === 'STOMP') {
        x = { ...x, brokers: x.brokers.map((y) => (y === now ? withSslContext({ ...y, transports: y.transports.map((z) => (z.name === tr.name ? stompOverSsl(y, z) : z)) }, ctx) : y)) };
        stomp.push(`${b.name}/${tr.name}`);
      } else if (what === 'OpenWire') {
        if (linksDialing(x, now, now.transports.find((z) => z.name === tr.name)!).length) kept.push(`${b.name}/${tr.name}`);
        else { x = closePlainTransport(x, b.name, tr.name, ctx); closed.push(`${b.name}/${tr.name}`); }
      }
    }
  }
  if (closed.length) changes.push(`Plain OpenWire bound to 127.0.0.1 (local clients only) on ${names(closed)}.`);
  if (stomp.length) changes.push(`STOMP switched to STOMP over SSL on ${names(stomp)}: MCollective servers and clients now connect with ssl = 1 (put their CA, certificate and key where server.cfg and client.cfg say).`);
  if (kept.length) changes.push(`Left open: ${names(kept)}, which links within one location still dial.`);

  // 5. What the steps above leave for the bridge users (rights on existing users), and weak passwords.
  for (const code of ['bridge-user-unknown', 'bridge-user-unauthorized', 'weak-password']) {
    const r = fixAll(x, code, ctx);
    if (r.applied) {
      x = r.topology;
      changes.push(code === 'weak-password' ? `${plural(r.applied, 'weak password')} replaced by generated ones.` : `${plural(r.applied, 'bridge login')} repaired (${code}).`);
    }
  }
  return { topology: x, changes };
}
