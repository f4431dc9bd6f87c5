// One-click fixes for transports: a link to switch to SSL (plaintext-wan-link), a link dialing something a bridge
// cannot speak (wrong-target-transport), two listeners on one port (port-conflict, next free port), and a plain
// port left open beside SSL (plain-port-open: bind it to 127.0.0.1, switch it to SSL, or remove it).

import { dialedTransport } from './connectors';
import type { FixContext } from './fixContext';
import type { Fix } from './fixes';
import { linkId } from './names';
import { switchLinkToSsl, withSslContext } from './sslSetup';
import { nextFreePort, transportKind, withPresetTransport } from './transportPresets';
import type { Broker, Diagnostic, Topology, Transport } from './types';
import { parseUri } from './uri';
import { plainListener, plainTransportNamed } from './validate/plainPortRule';

const linkIndex = (t: Topology, d: Diagnostic) => t.links.findIndex((l) => linkId(l) === d.links[0]);

export function plaintextWanFixes(t: Topology, d: Diagnostic, ctx: FixContext): Fix[] {
  const i = linkIndex(t, d);
  if (i < 0 || !switchLinkToSsl(t, i, ctx)) return [];
  const link = t.links[i];
  return [{ label: 'Switch this link to SSL', apply: (x) => { const j = x.links.indexOf(link); const k = j >= 0 ? j : i; return switchLinkToSsl(x, k, ctx) ?? x; } }];
}

export function wrongTargetFixes(t: Topology, d: Diagnostic, ctx: FixContext): Fix[] {
  const i = linkIndex(t, d);
  const link = t.links[i];
  const target = link && t.brokers.find((b) => b.name === link.to);
  if (!link || !target || link.connectors) return [];
  const from = t.brokers.find((b) => b.name === link.from);
  const crossing = !!from?.location && !!target.location && from.location !== target.location;
  const openwire = target.transports.filter((tr) => transportKind(tr)?.openwire);
  const setLink = (x: Topology, transport: string, sslFrom: boolean): Topology => ({
    ...x,
    brokers: sslFrom ? x.brokers.map((b) => (b.name === link.from ? withSslContext(b, ctx) : b)) : x.brokers,
    links: x.links.map((l) => (l === link ? { ...l, transport } : l)),
  });
  // SSL first when the link crosses locations (plaintext-wan-link would follow a plain choice), plain first otherwise.
  const ordered = [...openwire].sort((a, b) => Number(!!transportKind(b)?.ssl === crossing) - Number(!!transportKind(a)?.ssl === crossing));
  const fixes: Fix[] = ordered.map((tr) => {
    const ssl = !!transportKind(tr)?.ssl;
    const needsContext = ssl && !from?.ssl?.trustStore;
    return { label: `Dial ${tr.name} (${tr.uri})${needsContext ? `, with an SSL context on ${link.from}` : ''}`, apply: (x) => setLink(x, tr.name, needsContext) };
  });
  if (!openwire.length) {
    fixes.push({
      label: `Add an OpenWire transport to ${target.name}`,
      apply: (x) => ({
        ...x,
        brokers: x.brokers.map((b) => (b.name === target.name ? withPresetTransport(b, 'openwire') : b)),
        links: x.links.map((l) => (l === link ? (({ transport: _t, ...rest }) => (void _t, rest))(l) : l)),
      }),
    });
  }
  return fixes;
}

interface Listener { broker: number; transport: number; port: number }

/** The listeners of the clash a port-conflict names: same machine, same port (from the message), the named brokers. */
function clash(t: Topology, d: Diagnostic): Listener[] {
  const port = Number(/listen on port (\d+)/.exec(d.message)?.[1]);
  if (!port) return [];
  const names = new Set(d.brokers);
  const out: Listener[] = [];
  t.brokers.forEach((b, bi) => {
    if (!names.has(b.name)) return;
    b.transports.forEach((tr, ti) => { if (parseUri(tr.uri)?.port === port) out.push({ broker: bi, transport: ti, port }); });
  });
  return out;
}

function withPort(tr: Transport, port: number): Transport {
  return { ...tr, uri: tr.uri.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/(?:\[[^\]]*\]|[^:/?#]*)):\d+/, `$1:${port}`) };
}

export function portConflictFixes(t: Topology, d: Diagnostic): Fix[] {
  const listeners = clash(t, d);
  if (listeners.length < 2) return [];
  const host = (b: Broker) => (b.host ? `host:${b.host.toLowerCase()}` : `broker:${b.name}`);
  const machine = host(t.brokers[listeners[0].broker]);
  // Every port taken on that machine, so the moved listeners land on free ones.
  const used = new Set<number>();
  for (const b of t.brokers) if (host(b) === machine) for (const tr of b.transports) { const p = parseUri(tr.uri)?.port; if (p !== undefined) used.add(p); }
  const moves = listeners.slice(1).map((l) => { const port = nextFreePort(l.port + 1, used); used.add(port); return { ...l, to: port }; });
  const first = moves[0];
  const label = moves.length === 1
    ? `Move ${t.brokers[first.broker].name}/${t.brokers[first.broker].transports[first.transport].name} to port ${first.to}`
    : `Give each listener its own port (${moves.map((m) => m.to).join(', ')})`;
  return [{
    label,
    apply: (x) => ({
      ...x,
      brokers: x.brokers.map((b, bi) => {
        const mine = moves.filter((m) => m.broker === bi);
        return mine.length ? { ...b, transports: b.transports.map((tr, ti) => { const m = mine.find((y) => y.transport === ti); return m ? withPort(tr, m.to) : tr; }) } : b;
      }),
    }),
  }];
}

function withHost(tr: Transport, host: string): Transport {
  return { ...tr, uri: tr.uri.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)(\[[^\]]*\]|[^:/?#]*)/, `$1${host}`) };
}

/** The plain STOMP transport as STOMP over SSL: stomp+ssl (or stomp+nio+ssl); the standard 61613 moves to 61612. */
export function stompOverSsl(b: Broker, tr: Transport): Transport {
  const p = parseUri(tr.uri);
  if (!p) return tr;
  const scheme = p.scheme === 'stomp+nio' ? 'stomp+nio+ssl' : 'stomp+ssl';
  const others = new Set(b.transports.filter((x) => x !== tr).map((x) => parseUri(x.uri)?.port).filter((n): n is number => n !== undefined));
  const port = p.port === 61613 ? nextFreePort(61612, others) : p.port;
  const uri = tr.uri.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, `${scheme}://`);
  return port === undefined ? { ...tr, uri } : withPort({ ...tr, uri }, port);
}

/** The links of the network that dial transport `tr` of broker `b`. */
export function linksDialing(t: Topology, b: Broker, tr: Transport): number[] {
  return t.links.flatMap((l, i) => (l.to === b.name && !l.connectors && dialedTransport(l, b) === tr ? [i] : []));
}

/** Binds a plain transport of broker `name` to 127.0.0.1; the links that dial it switch to SSL first. */
export function closePlainTransport(t: Topology, name: string, transportName: string, ctx: FixContext): Topology {
  let x = t;
  const b0 = x.brokers.find((b) => b.name === name);
  const tr0 = b0?.transports.find((tr) => tr.name === transportName);
  if (!b0 || !tr0) return t;
  for (const i of linksDialing(x, b0, tr0)) x = switchLinkToSsl(x, i, ctx) ?? x;
  return { ...x, brokers: x.brokers.map((b) => (b.name === name ? { ...b, transports: b.transports.map((tr) => (tr.name === transportName ? withHost(tr, '127.0.0.1') : tr)) } : b)) };
}

export function plainPortFixes(t: Topology, d: Diagnostic, ctx: FixContext): Fix[] {
  const name = d.brokers[0];
  const transportName = plainTransportNamed(d.message);
  const b = t.brokers.find((x) => x.name === name);
  const tr = b?.transports.find((x) => x.name === transportName);
  const what = tr && plainListener(tr);
  if (!b || !tr || !what || transportName === undefined || name === undefined) return [];
  const replace = (x: Topology, f: (bb: Broker, t0: Transport) => Broker) => ({ ...x, brokers: x.brokers.map((bb) => { const t0 = bb.name === name && bb.transports.find((y) => y.name === transportName); return t0 ? f(bb, t0) : bb; }) });
  if (what === 'STOMP') {
    return [
      { label: `Switch ${tr.name} to STOMP over SSL`, apply: (x) => replace(x, (bb, t0) => withSslContext({ ...bb, transports: bb.transports.map((y) => (y === t0 ? stompOverSsl(bb, y) : y)) }, ctx)) },
      { label: `Bind ${tr.name} to 127.0.0.1`, apply: (x) => closePlainTransport(x, name, transportName, ctx) },
    ];
  }
  const dialing = linksDialing(t, b, tr).length;
  const fixes: Fix[] = [{
    label: dialing ? `Switch the ${dialing} link${dialing === 1 ? '' : 's'} dialing ${tr.name} to SSL, bind it to 127.0.0.1` : `Bind ${tr.name} to 127.0.0.1`,
    apply: (x) => closePlainTransport(x, name, transportName, ctx),
  }];
  if (!dialing) fixes.push({ label: `Remove ${tr.name}`, apply: (x) => replace(x, (bb, t0) => ({ ...bb, transports: bb.transports.filter((y) => y !== t0) })) });
  return fixes;
}
