// ActiveMQ transport URIs: which schemes speak OpenWire or use TLS, and the host/port a connector binds or dials.

export interface ParsedUri {
  scheme: string;
  host: string;
  port: number | undefined;
  query: string;
}

const OPENWIRE = new Set(['tcp', 'ssl', 'nio', 'nio+ssl', 'auto', 'auto+nio', 'auto+ssl', 'auto+nio+ssl']);

// Validation and export parse the same few URIs once per link and transport, thousands of times on a large network:
// parse each distinct string once. Keyed by content, bounded, and the results are frozen so no caller can alter
// what the next one gets.
const parsed = new Map<string, Readonly<ParsedUri> | null>();
// 50,000 distinct URIs (~5 MB) hold every link of a 5,000-broker network; a smaller bound made its validation clear
// and refill the cache on every pass.
const PARSED_MAX = 50_000;

/** Empties the cache (bench: every timed import starts cold, as a user's import does). */
export function forgetParsedUris(): void {
  parsed.clear();
}

/** Parses `scheme://host:port/path?query`; undefined when it has no scheme. IPv6 hosts in brackets are kept whole. */
export function parseUri(uri: string): Readonly<ParsedUri> | undefined {
  let p = parsed.get(uri);
  if (p === undefined) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^:/?#]*)(?::(\d+))?([^?#]*)(?:\?([^#]*))?/.exec(uri.trim());
    p = m ? Object.freeze({ scheme: m[1].toLowerCase(), host: m[2], port: m[3] === undefined ? undefined : Number(m[3]), query: m[5] ?? '' }) : null;
    if (parsed.size > PARSED_MAX) parsed.clear();
    parsed.set(uri, p);
  }
  return p ?? undefined;
}

export function isOpenWireScheme(scheme: string): boolean {
  return OPENWIRE.has(scheme.toLowerCase());
}

/** True when one of the `+`-separated parts is ssl (nio+ssl, auto+nio+ssl…), or the scheme is https or wss. */
export function isSslScheme(scheme: string): boolean {
  const s = scheme.toLowerCase();
  // The same test as s.split('+').includes('ssl'), without building the parts for every transport and link.
  return s === 'ssl' || s.startsWith('ssl+') || s.endsWith('+ssl') || s.includes('+ssl+') || s === 'https' || s === 'wss';
}

/** The scheme a network connector uses to dial a transport of that scheme: nio and auto accept plain tcp/ssl. */
export function dialScheme(transportScheme: string): 'tcp' | 'ssl' {
  return isSslScheme(transportScheme) ? 'ssl' : 'tcp';
}

/** Bind addresses that mean "every interface of the broker's host". */
export function isWildcardHost(host: string): boolean {
  return host === '' || host === '0.0.0.0' || host === '[::]' || host === '::';
}
