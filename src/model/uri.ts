// ActiveMQ transport URIs: which schemes speak OpenWire or use TLS, and the host/port a connector binds or dials.

export interface ParsedUri {
  scheme: string;
  host: string;
  port: number | undefined;
  query: string;
}

const OPENWIRE = new Set(['tcp', 'ssl', 'nio', 'nio+ssl', 'auto', 'auto+nio', 'auto+ssl', 'auto+nio+ssl']);

/** Parses `scheme://host:port/path?query`; undefined when it has no scheme. IPv6 hosts in brackets are kept whole. */
export function parseUri(uri: string): ParsedUri | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^:/?#]*)(?::(\d+))?([^?#]*)(?:\?([^#]*))?/.exec(uri.trim());
  if (!m) return undefined;
  return { scheme: m[1].toLowerCase(), host: m[2], port: m[3] === undefined ? undefined : Number(m[3]), query: m[5] ?? '' };
}

export function isOpenWireScheme(scheme: string): boolean {
  return OPENWIRE.has(scheme.toLowerCase());
}

export function isSslScheme(scheme: string): boolean {
  const s = scheme.toLowerCase();
  return s.split('+').includes('ssl') || s === 'https' || s === 'wss';
}

/** The scheme a network connector uses to dial a transport of that scheme: nio and auto accept plain tcp/ssl. */
export function dialScheme(transportScheme: string): 'tcp' | 'ssl' {
  return isSslScheme(transportScheme) ? 'ssl' : 'tcp';
}

/** Bind addresses that mean "every interface of the broker's host". */
export function isWildcardHost(host: string): boolean {
  return host === '' || host === '0.0.0.0' || host === '[::]' || host === '::';
}
