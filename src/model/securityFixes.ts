// One-click fixes for the bridge-user diagnostics (R10, R11): put the link's bridge user on the broker that lacks
// it, or grant that user's groups the rights a bridge needs. Pure; each fix recomputes from the topology it is
// applied to, so applying it after other edits still does the right thing.

import { hasRights } from './destinations';
import type { Fix } from './fixes';
import { entryKey } from './security';
import { deriveNetwork } from './network';
import type { AuthorizationEntry, Broker, Diagnostic, Topology, User } from './types';

// The fix is the bridge that a diagnostic names: its credentials as the connectors hold them (imported links keep
// them in the raw connector, not on the link).
function credentialsOf(t: Topology, d: Diagnostic): { userName: string; password: string } | undefined {
  const c = deriveNetwork(t).connectors.find((x) => d.links.includes(x.linkId) && x.userName !== undefined);
  return c ? { userName: c.userName!, password: c.password ?? '' } : undefined;
}

function updateBroker(t: Topology, name: string, f: (b: Broker) => Broker): Topology {
  return { ...t, brokers: t.brokers.map((b) => (b.name === name ? f(b) : b)) };
}

export function bridgeUserUnknownFixes(t: Topology, d: Diagnostic): Fix[] {
  const cred = credentialsOf(t, d);
  if (!cred) return [];
  return d.brokers.flatMap((name) => {
    const b = t.brokers.find((x) => x.name === name);
    if (!b?.users) return [];
    const user = b.users.find((u) => u.username === cred.userName);
    if (user && user.password === cred.password) return [];
    if (user) {
      // Same name, other password: the link's password wins, since the other brokers of this link accept it.
      return [fix(`Set ${cred.userName}'s password on ${name} to the link's`, (x) => updateBroker(x, name, (br) => ({
        ...br, users: (br.users ?? []).map((u) => (u.username === cred.userName ? { ...u, password: cred.password } : u)),
      })))];
    }
    const added: User = { username: cred.userName, password: cred.password, groups: ['admins', 'everyone'] };
    return [fix(`Add the bridge user to ${name}`, (x) => updateBroker(x, name, (br) => ({ ...br, users: [...(br.users ?? []), added] })))];
  });
}

function fix(label: string, apply: (t: Topology) => Topology): Fix {
  return { label, apply };
}

const ADVISORY = 'ActiveMQ.Advisory.Consumer.Queue.mcollective.nodes';
const ALL = ['read', 'write', 'admin'] as const;

/** Adds `group` to read/write/admin of the entry with `key`, or appends a new entry for it. */
function grant(entries: AuthorizationEntry[], make: AuthorizationEntry, group: string): AuthorizationEntry[] {
  const key = entryKey(make);
  if (!entries.some((e) => entryKey(e) === key)) return [...entries, { ...make, read: [group], write: [group], admin: [group] }];
  const add = (gs: string[]) => (gs.includes(group) ? gs : [...gs, group]);
  return entries.map((e) => (entryKey(e) === key ? { ...e, read: add(e.read), write: add(e.write), admin: add(e.admin) } : e));
}

/** The broker with the bridge user's groups widened as a bridge needs: advisories for everyone, `>` for its group. */
export function grantBridgeRights(b: Broker, userName: string): Broker {
  const user = b.users?.find((u) => u.username === userName);
  if (!user || !b.authorization) return b;
  let groups = user.groups;
  let entries = b.authorization;
  if (!hasRights(entries, groups, 'topic', ADVISORY, [...ALL])) {
    // `everyone` is not special in ActiveMQ: the user has to be in it for the advisory entry to apply (notes §1.3).
    if (!groups.includes('everyone')) groups = [...groups, 'everyone'];
    entries = grant(entries, { topic: 'ActiveMQ.Advisory.>', read: [], write: [], admin: [] }, 'everyone');
  }
  // The group that carries the forwarding rights: admins when the user has it, as in MCollective's examples.
  const own = groups.includes('admins') ? 'admins' : groups.find((g) => g !== 'everyone') ?? 'admins';
  if (!groups.includes(own)) groups = [...groups, own];
  for (const cls of ['queue', 'topic'] as const) {
    const sample = cls === 'queue' ? 'mcollective.nodes' : 'mcollective.discovery.agent';
    if (!hasRights(entries, groups, cls, sample, [...ALL])) entries = grant(entries, { [cls]: '>', read: [], write: [], admin: [] }, own);
  }
  return { ...b, users: b.users!.map((u) => (u === user ? { ...u, groups } : u)), authorization: entries };
}

export function bridgeUserUnauthorizedFixes(t: Topology, d: Diagnostic): Fix[] {
  const cred = credentialsOf(t, d);
  if (!cred) return [];
  return [fix('Grant the advisory rights', (x) => ({
    ...x,
    brokers: x.brokers.map((b) => (d.brokers.includes(b.name) ? grantBridgeRights(b, cred.userName) : b)),
  }))];
}
