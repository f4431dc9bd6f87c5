// Pasted brokers get a place of their own: a host named after the copy (de.example.net → de2.example.net), or, where
// the host is an address that cannot be renamed, free ports on it. A copy never starts as a port-conflict with its
// original.

import type { Broker } from '../model';
import { parseUri } from '../model/uri';

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\]|.*:.*)$/;

/** The host label for a broker name: lower case, letters, digits and dashes. */
function label(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'broker';
}

/** Every "host|port" the brokers listen on (hosts in lower case). */
export function usedListeners(brokers: readonly Broker[]): Set<string> {
  const used = new Set<string>();
  for (const b of brokers) for (const t of b.transports) {
    const p = parseUri(t.uri);
    if (p?.port) used.add(`${(b.host || b.name).toLowerCase()}|${p.port}`);
  }
  return used;
}

/**
 * The copy `broker` renamed to `name`, with a host of its own when its host names a machine (the first label
 * replaced by the copy's name, unique among `hosts`), else the same host and the next free port for each
 * transport. `hosts` and `used` are updated with what the copy takes.
 */
export function placeCopy(broker: Broker, name: string, hosts: Set<string>, used: Set<string>): Broker {
  let host = broker.host;
  if (host && host.includes('.') && !IP.test(host)) {
    const rest = host.slice(host.indexOf('.'));
    const stem = label(name);
    host = `${stem}${rest}`;
    for (let i = 2; hosts.has(host.toLowerCase()); i++) host = `${stem}-${i}${rest}`;
  }
  hosts.add(host.toLowerCase());
  const machine = (host || name).toLowerCase();
  const transports = broker.transports.map((t) => {
    const p = parseUri(t.uri);
    if (!p?.port) return t;
    let port = p.port;
    while (used.has(`${machine}|${port}`)) port++;
    used.add(`${machine}|${port}`);
    return port === p.port ? t : { ...t, uri: t.uri.replace(`:${p.port}`, `:${port}`) };
  });
  return { ...broker, name, host, transports };
}
