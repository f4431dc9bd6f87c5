// Small pure edits the fixes and the network-wide actions share: replace a broker by name, rename a broker with
// everything that names it (links, MCollective failover lists), and the bridge user a link logs in as.

import { grantBridgeRights } from './securityFixes';
import { bridgeUser } from './security';
import type { Broker, Topology } from './types';

export function updateBrokerNamed(t: Topology, name: string, f: (b: Broker) => Broker): Topology {
  let changed = false;
  const brokers = t.brokers.map((b) => {
    if (b.name !== name) return b;
    const n = f(b);
    if (n !== b) changed = true;
    return n;
  });
  return changed ? { ...t, brokers } : t;
}

/** Renames broker `index`; links and failover lists follow when no other broker keeps the old name. */
export function renameBrokerAt(t: Topology, index: number, name: string): Topology {
  const old = t.brokers[index].name;
  const stillThere = t.brokers.some((b, i) => i !== index && b.name === old);
  const move = (n: string) => (n === old && !stillThere ? name : n);
  const brokers = t.brokers.map((b, i) => {
    const renamed = i === index ? { ...b, name } : b;
    if (stillThere || (!renamed.servers?.failover && !renamed.clients?.failover)) return renamed;
    const out = { ...renamed };
    if (out.servers?.failover) out.servers = { ...out.servers, failover: out.servers.failover.map(move) };
    if (out.clients?.failover) out.clients = { ...out.clients, failover: out.clients.failover.map(move) };
    return out;
  });
  const links = t.links.map((l) => (l.from === old || l.to === old ? { ...l, from: move(l.from), to: move(l.to) } : l));
  return { ...t, brokers, links };
}

/** Whether the broker checks logins (it has a user list: simpleAuthenticationPlugin). */
export function authenticates(b: Broker | undefined): boolean {
  return b?.users !== undefined;
}

/**
 * The broker with the bridge user `userName`/`password` it needs for a link: added when missing, its password set
 * when different, and the rights a bridge needs granted where an authorization map exists. A broker that does
 * not authenticate is returned as it is (a user list would switch authentication on).
 */
export function withBridgeUser(b: Broker, userName: string, password: string): Broker {
  if (!b.users) return b;
  const user = b.users.find((u) => u.username === userName);
  let next: Broker = b;
  if (!user) next = { ...b, users: [...b.users, bridgeUser(userName, password)] };
  else if (user.password !== password) next = { ...b, users: b.users.map((u) => (u === user ? { ...u, password } : u)) };
  return grantBridgeRights(next, userName);
}
