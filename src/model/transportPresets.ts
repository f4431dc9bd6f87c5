// Transport presets: the transportConnectors people add to a broker (OpenWire tcp/nio, OpenWire over SSL, STOMP,
// STOMP over SSL) with ActiveMQ's standard ports, and a free name and port on the broker when those are taken.

import type { Broker, Transport } from './types';
import { isOpenWireScheme, isSslScheme, parseUri } from './uri';

export type TransportPresetId = 'openwire' | 'openwire-nio' | 'openwire-ssl' | 'openwire-nio-ssl' | 'stomp' | 'stomp-ssl';

export interface TransportPreset {
  id: TransportPresetId;
  label: string;
  /** The transportConnector name it gets, when free on the broker. */
  name: string;
  scheme: string;
  port: number;
  ssl: boolean;
  /** OpenWire: a network bridge can dial it. */
  openwire: boolean;
}

export const TRANSPORT_PRESETS: readonly TransportPreset[] = [
  { id: 'openwire', label: 'OpenWire (tcp, 61616)', name: 'openwire', scheme: 'tcp', port: 61616, ssl: false, openwire: true },
  { id: 'openwire-nio', label: 'OpenWire NIO (nio, 61616)', name: 'openwire', scheme: 'nio', port: 61616, ssl: false, openwire: true },
  { id: 'openwire-ssl', label: 'OpenWire SSL (ssl, 61617)', name: 'ssl', scheme: 'ssl', port: 61617, ssl: true, openwire: true },
  { id: 'openwire-nio-ssl', label: 'OpenWire NIO SSL (nio+ssl, 61617)', name: 'ssl', scheme: 'nio+ssl', port: 61617, ssl: true, openwire: true },
  { id: 'stomp', label: 'STOMP (stomp+nio, 61613)', name: 'stomp', scheme: 'stomp+nio', port: 61613, ssl: false, openwire: false },
  { id: 'stomp-ssl', label: 'STOMP SSL (stomp+nio+ssl, 61612)', name: 'stomp+ssl', scheme: 'stomp+nio+ssl', port: 61612, ssl: true, openwire: false },
];

export function transportPreset(id: TransportPresetId): TransportPreset {
  const p = TRANSPORT_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no transport preset ${JSON.stringify(id)}`);
  return p;
}

export interface PresetOptions {
  /** SSL presets: the broker asks every client for a certificate its trust store trusts (transport.needClientAuth). */
  needClientAuth?: boolean;
  /** Bind address; default every interface. */
  bind?: string;
}

/** The ports the broker's transports listen on. */
export function usedPorts(b: Broker): Set<number> {
  const out = new Set<number>();
  for (const t of b.transports) { const p = parseUri(t.uri)?.port; if (p !== undefined) out.add(p); }
  return out;
}

/** `port` when free among `used`, else the next free one above it. */
export function nextFreePort(port: number, used: Set<number>): number {
  let p = port;
  while (used.has(p)) p++;
  return p;
}

/** `base` when no transport of the broker has that name, else base2, base3… */
export function freeTransportName(b: Broker, base: string): string {
  const names = new Set(b.transports.map((t) => t.name));
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** The transport a preset gives this broker: its standard name and port, or the next free ones. */
export function presetTransport(b: Broker, id: TransportPresetId, opts: PresetOptions = {}): Transport {
  const p = transportPreset(id);
  const port = nextFreePort(p.port, usedPorts(b));
  const query = p.ssl && opts.needClientAuth ? '?transport.needClientAuth=true' : '';
  return { name: freeTransportName(b, p.name), uri: `${p.scheme}://${opts.bind ?? '0.0.0.0'}:${port}${query}` };
}

/** The broker with the preset's transport appended. */
export function withPresetTransport(b: Broker, id: TransportPresetId, opts: PresetOptions = {}): Broker {
  return { ...b, transports: [...b.transports, presetTransport(b, id, opts)] };
}

/** Whether a transport is OpenWire (a bridge can dial it) and whether it uses TLS. */
export function transportKind(t: Transport): { openwire: boolean; ssl: boolean } | undefined {
  const p = parseUri(t.uri);
  return p ? { openwire: isOpenWireScheme(p.scheme), ssl: isSslScheme(p.scheme) } : undefined;
}

/** The broker's first OpenWire transport over SSL, if any. */
export function sslOpenWire(b: Broker): Transport | undefined {
  return b.transports.find((t) => { const k = transportKind(t); return !!k?.openwire && k.ssl; });
}
