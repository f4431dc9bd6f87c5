// Edits of several brokers or links at once (the inspector's bulk edit): each a pure function of the topology and
// the indices of what is selected, so that one edit is one undo step.

import { withNewBrokerSecurity } from './brokerDefaults';
import type { FixContext } from './fixContext';
import { requireAuthentication } from './fixesAuth';
import { withSslContext } from './sslSetup';
import { type PresetOptions, type TransportPresetId, transportKind, withPresetTransport } from './transportPresets';
import type { Broker, BrokerRole, Link, Topology, User } from './types';

export function mapBrokers(t: Topology, indices: number[], f: (b: Broker) => Broker): Topology {
  const chosen = new Set(indices);
  return { ...t, brokers: t.brokers.map((b, i) => (chosen.has(i) ? f(b) : b)) };
}

export function mapLinks(t: Topology, indices: number[], f: (l: Link) => Link): Topology {
  const chosen = new Set(indices);
  return { ...t, links: t.links.map((l, i) => (chosen.has(i) ? f(l) : l)) };
}

/** The value every item shares, or undefined when they differ (or there are none). */
export function shared<T, V>(items: T[], get: (x: T) => V): V | undefined {
  if (!items.length) return undefined;
  const v = get(items[0]);
  return items.every((x) => get(x) === v) ? v : undefined;
}

export function setRole(t: Topology, indices: number[], role: BrokerRole): Topology {
  return mapBrokers(t, indices, (b) => ({ ...b, role }));
}

export function setLocation(t: Topology, indices: number[], location: string | undefined): Topology {
  return mapBrokers(t, indices, (b) => { const { location: _l, ...rest } = b; void _l; return location === undefined ? rest : { ...rest, location }; });
}

/** The preset's users and authorization (or the network's, under plain) on every selected broker, links following. */
export function secureBrokers(t: Topology, indices: number[], ctx: FixContext): Topology {
  let x = t;
  for (const i of indices) {
    const name = x.brokers[i]?.name;
    if (name === undefined) continue;
    x = x.brokers[i].users ? withNewBrokerSecurity(x, name, ctx) : requireAuthentication(x, name, ctx);
  }
  return x;
}

/** Usernames every selected broker has. */
export function sharedUsernames(t: Topology, indices: number[]): string[] {
  const brokers = indices.map((i) => t.brokers[i]).filter(Boolean);
  if (!brokers.length || brokers.some((b) => !b.users)) return [];
  return brokers[0].users!.map((u) => u.username).filter((n) => brokers.every((b) => b.users!.some((u) => u.username === n)));
}

/** `username`'s password on every selected broker, and on the links that log in as it to or from them. */
export function setUserPassword(t: Topology, indices: number[], username: string, password: string): Topology {
  const names = new Set(indices.map((i) => t.brokers[i]?.name));
  const x = mapBrokers(t, indices, (b) => ({ ...b, users: b.users?.map((u) => (u.username === username ? { ...u, password } : u)) }));
  return { ...x, links: x.links.map((l) => (l.userName === username && (names.has(l.from) || names.has(l.to)) ? { ...l, password } : l)) };
}

/** A user added to every selected broker that authenticates and lacks it. */
export function addUser(t: Topology, indices: number[], user: User): Topology {
  return mapBrokers(t, indices, (b) => (b.users && !b.users.some((u) => u.username === user.username) ? { ...b, users: [...b.users, structuredClone(user)] } : b));
}

export function addSslContexts(t: Topology, indices: number[], ctx: FixContext): Topology {
  return mapBrokers(t, indices, (b) => withSslContext(b, ctx));
}

export function addTransport(t: Topology, indices: number[], id: TransportPresetId, opts: PresetOptions = {}): Topology {
  return mapBrokers(t, indices, (b) => withPresetTransport(b, id, opts));
}

/** Names of OpenWire transports that every selected link's target has: what all of them could dial. */
export function commonTargetTransports(t: Topology, indices: number[]): string[] {
  const targets = indices.map((i) => t.brokers.find((b) => b.name === t.links[i]?.to));
  if (!targets.length || targets.some((b) => !b)) return [];
  const names = (b: Broker) => b.transports.filter((x) => transportKind(x)?.openwire).map((x) => x.name);
  return names(targets[0]!).filter((n) => targets.every((b) => names(b!).includes(n)));
}

export function setLinkField(t: Topology, indices: number[], patch: Pick<Partial<Link>, 'duplex' | 'transport' | 'networkTTL'>): Topology {
  return mapLinks(t, indices, (l) => {
    const next: Link = { ...l, ...patch };
    for (const k of Object.keys(patch) as (keyof typeof patch)[]) if (patch[k] === undefined) delete next[k];
    return next;
  });
}
