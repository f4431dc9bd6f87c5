// Rewrites a topology for this machine: every broker on 127.0.0.1 with its own free ports, transports keeping
// their names and schemes. Only addresses change, so the exported files prove the model's real output.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Topology } from '../../src/model';

/** `scheme://host:port…` → host and port replaced; undefined when the URI names no port to bind. */
function rebind(uri: string, port: number): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)(\[[^\]]*\]|[^:/?#]*):(\d+)(.*)$/s.exec(uri.trim());
  return m ? `${m[1]}127.0.0.1:${port}${m[4]}` : undefined;
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host: '127.0.0.1', port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

// Ports are picked below the kernel's ephemeral range: a port from that range could be taken as the local end of
// another broker's outgoing bridge connection between our check and the broker's bind.
function ephemeralStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

/** `count` distinct ports that were free on 127.0.0.1 a moment ago. */
export async function freePorts(count: number): Promise<number[]> {
  const high = ephemeralStart() - 1;
  const low = Math.max(10_000, high - 20_000);
  const picked = new Set<number>();
  for (let tries = 0; picked.size < count; tries++) {
    if (tries > count * 50) throw new Error(`could not find ${count} free ports in ${low}-${high}`);
    const port = low + Math.floor(Math.random() * (high - low));
    if (!picked.has(port) && (await canBind(port))) picked.add(port);
  }
  return [...picked];
}

/**
 * A deep copy of `topology` with every broker's host 127.0.0.1 and every transport bound to 127.0.0.1 on a fresh
 * port. Links keep dialing "the target's host + its first OpenWire port", so they follow the new addresses.
 */
export async function localTopology(topology: Topology): Promise<Topology> {
  const t = structuredClone(topology);
  for (const link of t.links) {
    // Backup hosts are machines outside the topology; the harness cannot start them.
    if (link.backups?.length) throw new Error(`link ${link.from} → ${link.to} has backups; the broker harness does not support them`);
  }
  const transports = t.brokers.filter((b) => b.role !== 'external').flatMap((b) => b.transports);
  const ports = await freePorts(transports.length);
  transports.forEach((tr, i) => {
    const uri = rebind(tr.uri, ports[i]);
    if (!uri) throw new Error(`transport ${tr.name} has no port to rebind: ${tr.uri}`);
    tr.uri = uri;
  });
  for (const b of t.brokers) b.host = '127.0.0.1';
  return t;
}

/** The port of a broker's transport with that name (after localTopology). */
export function transportPort(topology: Topology, broker: string, transport: string): number {
  const b = topology.brokers.find((x) => x.name === broker);
  const tr = b?.transports.find((x) => x.name === transport);
  const port = tr && /:(\d+)(?:[/?#]|$)/.exec(tr.uri)?.[1];
  if (!port) throw new Error(`broker ${broker} has no transport named ${transport} with a port`);
  return Number(port);
}
