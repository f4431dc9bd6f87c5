// The MCollective connection pool of a server or client group (issue 7): the local broker first, then its failover
// brokers in order, each with the host, STOMP port, ssl flag, user and that broker's password of the user. Shared
// by the cfg export (mcollectiveCfg.ts) and the mcollective validation rules, so both see the same pool.

import { clientUser, serverUser } from './mcollectiveCfgGroups';
import type { Broker, Transport } from './types';
import { isSslScheme, parseUri } from './uri';

export type GroupKind = 'servers' | 'clients';

export interface PoolEntry {
  /** 1-based, as MCollective numbers `plugin.activemq.pool.N.*`. */
  index: number;
  broker: Broker;
  host: string;
  port: number | undefined;
  ssl: boolean;
  user: string;
  /** The user's password on this broker; undefined when the broker has no such user (or no users at all). */
  password: string | undefined;
  /** False when the broker has no user list: it does not authenticate, so any password does. */
  authenticates: boolean;
}

export interface Pool {
  entries: PoolEntry[];
  /** Why a failover name is not in the pool, in plain words (also written as comments in the cfg). */
  skipped: string[];
}

const STOMP_SCHEMES = new Set(['stomp', 'stomp+nio', 'stomp+ssl', 'stomp+nio+ssl']);

/** The broker's first STOMP transport (the one MCollective talks to), as written in its transports. */
export function stompTransport(b: Broker): { transport: Transport; port: number | undefined; ssl: boolean } | undefined {
  for (const transport of b.transports) {
    const uri = parseUri(transport.uri);
    if (uri && STOMP_SCHEMES.has(uri.scheme)) return { transport, port: uri.port, ssl: isSslScheme(uri.scheme) };
  }
  return undefined;
}

export function groupUser(b: Broker, kind: GroupKind): string {
  return kind === 'servers' ? serverUser(b) : clientUser(b);
}

/** The pool of `broker`'s server or client group; brokers looked up by name (first of each name). */
export function poolOf(broker: Broker, kind: GroupKind, byName: Map<string, Broker>): Pool {
  const user = groupUser(broker, kind);
  const failover = broker[kind]?.failover ?? [];
  const skipped: string[] = [];
  const members: Broker[] = [];
  const seen = new Set<string>();
  for (const name of [broker.name, ...failover]) {
    const b = name === broker.name ? broker : byName.get(name);
    const q = JSON.stringify(name);
    if (seen.has(name)) skipped.push(name === broker.name ? `failover ${q} is the group's own broker, already first in the pool` : `failover ${q} is listed twice`);
    else if (!b) skipped.push(`failover ${q} names no broker`);
    else if (!stompTransport(b)) skipped.push(`${q} has no STOMP transport (stomp, stomp+nio, stomp+ssl or stomp+nio+ssl) for MCollective to connect to`);
    else members.push(b);
    seen.add(name);
  }
  const entries = members.map((b, i): PoolEntry => {
    const stomp = stompTransport(b)!;
    return {
      index: i + 1,
      broker: b,
      host: b.host || b.name,
      port: stomp.port,
      ssl: stomp.ssl,
      user,
      password: b.users?.find((u) => u.username === user)?.password,
      authenticates: b.users !== undefined,
    };
  });
  return { entries, skipped };
}
