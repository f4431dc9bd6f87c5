// Authentication and authorization of bridges (R10, R11) and of brokers in general: the bridge user must exist
// with the same password on the target and on the local broker (its vm connection authenticates too), and hold
// the rights a bridge uses; every broker should authenticate; groups should be held by someone (R18).

import type { NetworkConnector } from '../connectors';
import { hasRights } from '../destinations';
import type { DerivedNetwork } from '../network';
import type { AuthorizationEntry, Broker, Diagnostic } from '../types';
import { diagnostic, quoteList } from './diagnostic';

const PLACEHOLDER = /\$\{[^}]*\}/;
// Representative names: an advisory a bridge subscribes to, and destinations it forwards.
const ADVISORY = 'ActiveMQ.Advisory.Consumer.Queue.mcollective.nodes';
const SAMPLE = { topic: 'mcollective.discovery.agent', queue: 'mcollective.nodes' } as const;

function authenticates(b: Broker): boolean {
  return b.users !== undefined || /<jaas\w*AuthenticationPlugin\b/.test(b.imported?.template ?? '');
}

export function bridgeUserRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One report per link and side (a link's topics and queues connectors share credentials).
  const seen = new Set<number>();
  const check = (c: NetworkConnector, b: Broker, side: 'target' | 'local') => {
    const key = c.linkIndex * 2 + (side === 'target' ? 0 : 1);
    if (seen.has(key)) return;
    const problem = userProblem(c, b, side);
    if (!problem) return;
    seen.add(key);
    out.push(diagnostic(problem.code, 'error', problem.message, [c.broker, c.target], [c.linkId]));
  };
  for (const c of net.connectors) {
    if (c.raw?.targetIndex || c.broker === c.target) continue;
    const local = net.brokerByName.get(c.broker);
    const target = net.brokerByName.get(c.target);
    if (!local || !target) continue;
    check(c, target, 'target');
    check(c, local, 'local');
  }
  return out;
}

function userProblem(c: NetworkConnector, b: Broker, side: 'target' | 'local'): { code: string; message: string } | undefined {
  if (!b.users || (c.userName !== undefined && PLACEHOLDER.test(c.userName)) || (c.password !== undefined && PLACEHOLDER.test(c.password))) return undefined;
  const user = c.userName === undefined ? undefined : b.users.find((u) => u.username === c.userName);
  const missing = user && user.password === (c.password ?? '') && b.authorization ? missingRights(b.authorization, user.groups, c.carries) : undefined;
  if (missing && missing.length === 0) return undefined;
  if (user && user.password === (c.password ?? '') && !b.authorization) return undefined;
  // Only a problem gets its words: this runs for every connector of the network.
  const who = JSON.stringify(b.name);
  const link = `Link ${JSON.stringify(c.linkId)} (${JSON.stringify(c.broker)} → ${JSON.stringify(c.target)})`;
  const why = side === 'target' ? 'the far broker refuses the bridge' : 'the bridge\'s own vm connection authenticates there too';
  if (c.userName === undefined) {
    return { code: 'bridge-user-unknown', message: `${link} has no bridge user, but ${who} requires authentication: ${why} ("User name [null] or password is invalid") and no message crosses. Set the link's user and password to a user of ${who}.` };
  }
  if (!user || user.password !== (c.password ?? '') || !missing) {
    return { code: 'bridge-user-unknown', message: `${link} logs in as ${JSON.stringify(c.userName)}, but ${who} ${user ? 'has that user with another password' : 'has no such user'}: ${why} and the bridge never forms. Add the bridge user with the same password to ${who}.` };
  }
  return { code: 'bridge-user-unauthorized', message: `The bridge user ${JSON.stringify(user.username)} of ${link.charAt(0).toLowerCase()}${link.slice(1)} lacks ${missing.join(' and ')} on ${who} (groups: ${user.groups.join(', ') || 'none'}): the bridge is refused ("not authorized to read from ActiveMQ.Advisory…") and messages are not forwarded. Grant its group those rights, as MCollective's admins group has.` };
}

// Thousands of connectors and brokers share a handful of (authorization map, groups) pairs: check each once.
// Keyed by content, since every broker holds its own copy of the same entries.
const mapKeys = new WeakMap<AuthorizationEntry[], string>();
const rightsCache = new Map<string, Map<string, string[]>>();

function mapKey(entries: AuthorizationEntry[]): string {
  let key = mapKeys.get(entries);
  if (key === undefined) {
    key = entries.map((e) => `${e.queue ?? ''}\u0000${e.topic ?? ''}\u0000${e.read}\u0000${e.write}\u0000${e.admin}`).join('\u0001');
    mapKeys.set(entries, key);
  }
  return key;
}

function missingRights(entries: AuthorizationEntry[], groups: string[], carries: NetworkConnector['carries']): string[] {
  const mk = mapKey(entries);
  let perMap = rightsCache.get(mk);
  if (!perMap) {
    if (rightsCache.size > 1000) rightsCache.clear();
    rightsCache.set(mk, (perMap = new Map()));
  }
  const key = `${groups.join(',')}|${carries.join(',')}`;
  let missing = perMap.get(key);
  if (!missing) {
    missing = [];
    if (!hasRights(entries, groups, 'topic', ADVISORY, ['read', 'write', 'admin'])) missing.push('read/write/admin on topic ActiveMQ.Advisory.>');
    for (const cls of carries) {
      if (!hasRights(entries, groups, cls, SAMPLE[cls], ['read', 'write', 'admin'])) missing.push(`read/write/admin on ${cls}s such as ${SAMPLE[cls]}`);
    }
    perMap.set(key, missing);
  }
  return missing;
}

export function authenticationRule(net: DerivedNetwork): Diagnostic[] {
  return net.topology.brokers.filter((b) => b.role !== 'external' && !authenticates(b)).map((b) =>
    diagnostic('no-authentication', 'warning', `${JSON.stringify(b.name)} accepts connections without authentication: anyone who reaches its ports can send commands to every MCollective server. Add users (the "MCollective defaults" give the bridge, server and client users).`, [b.name]));
}

export function unusedGroupRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    if (!b.users || !b.authorization) continue;
    const held = new Set(b.users.flatMap((u) => u.groups));
    const granted = new Set(b.authorization.flatMap((e) => [...e.read, ...e.write, ...e.admin]));
    const unused = [...granted].filter((g) => g !== '*' && !held.has(g)).sort();
    if (unused.length) {
      out.push(diagnostic('unused-group', 'warning', `On ${JSON.stringify(b.name)} the authorization grants ${unused.length > 1 ? 'groups' : 'group'} ${quoteList(unused)}, which no user has: the rights go nowhere (often a typo such as "admin" for "admins"). Put the intended users in ${unused.length > 1 ? 'those groups' : 'that group'}, or fix the entry.`, [b.name]));
    }
    const outside = b.users.filter((u) => missingRights(b.authorization!, u.groups, []).length > 0 && !hasRights(b.authorization!, u.groups, 'topic', ADVISORY, ['read'])).map((u) => u.username);
    if (outside.length) {
      out.push(diagnostic('unused-group', 'warning', `On ${JSON.stringify(b.name)} ${outside.length > 1 ? 'users' : 'user'} ${quoteList(outside)} cannot read the advisory topics (ActiveMQ.Advisory.>): ${outside.length > 1 ? 'their' : 'its'} clients fail as they subscribe. Put every user in the group granted on ActiveMQ.Advisory.> (MCollective's "everyone"; it is not automatic).`, [b.name]));
    }
  }
  return out;
}
