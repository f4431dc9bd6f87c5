// Clean by default: what a new broker and a new link get in this network. Under the MCollective preset a new broker
// has the preset's users and authorization (passwords agreeing with the network's); under the plain preset the
// users and entries every authenticating broker shares, once the network authenticates at all. A new link logs in
// with a bridge user both ends know, and dials the target's SSL transport when it crosses locations and can.

import { ensureLinkCredentials } from './bridgeCredentials';
import { authenticates } from './brokerEdits';
import type { FixContext } from './fixContext';
import { applyMcollectiveDefaults, bridgeUser, entryKey, suggestedPasswords } from './security';
import { grantBridgeRights } from './securityFixes';
import { sslOpenWire } from './transportPresets';
import type { AuthorizationEntry, Broker, Topology, User } from './types';

/** Whether any exported broker of the network checks logins. */
export function networkAuthenticates(t: Topology, except?: string): boolean {
  return t.brokers.some((b) => b.name !== except && b.role !== 'external' && authenticates(b));
}

/** Users (same name and password) and entries (same key) that every authenticating broker but `except` has. */
function sharedSecurity(t: Topology, except: string): { users: User[]; authorization?: AuthorizationEntry[] } {
  const others = t.brokers.filter((b) => b.name !== except && b.role !== 'external' && authenticates(b));
  const users = others[0].users!.filter((u) => others.every((b) => b.users!.some((x) => x.username === u.username && x.password === u.password)));
  if (!others.every((b) => b.authorization)) return { users };
  const authorization = others[0].authorization!.filter((e) => others.every((b) => b.authorization!.some((x) => entryKey(x) === entryKey(e))));
  return { users, authorization };
}

/**
 * Broker `name` with the users and authorization a new broker gets in this network (kept as they are where it
 * has some already). Under the plain preset with no authenticating broker, nothing changes.
 */
export function withNewBrokerSecurity(t: Topology, name: string, ctx: FixContext): Topology {
  const b = t.brokers.find((x) => x.name === name);
  if (!b || b.role === 'external') return t;
  if (t.settings.preset === 'mcollective') return applyMcollectiveDefaults(t, name, suggestedPasswords(t, name, () => ctx.password()));
  if (!networkAuthenticates(t, name) || authenticates(b)) return t;
  return { ...t, brokers: t.brokers.map((x) => (x === b ? plainSecurity(t, b, ctx) : x)) };
}

function plainSecurity(t: Topology, b: Broker, ctx: FixContext): Broker {
  const shared = sharedSecurity(t, b.name);
  // Without a user in common, the bridge user the network's links log in as (or a new one) lets links form.
  const bridge = t.links.find((l) => l.userName !== undefined && l.password !== undefined);
  const users = shared.users.length ? structuredClone(shared.users) : [bridgeUser(bridge?.userName ?? 'amq', bridge?.password ?? ctx.password())];
  let next: Broker = { ...b, users };
  if (shared.authorization) next.authorization = structuredClone(shared.authorization);
  for (const u of users) next = grantBridgeRights(next, u.username);
  return next;
}

/** A new broker in this network: its own location (named after it, until someone says otherwise) and security. */
export function withNewBrokerDefaults(t: Topology, name: string, ctx: FixContext): Topology {
  const located = { ...t, brokers: t.brokers.map((b) => (b.name === name && b.location === undefined ? { ...b, location: name } : b)) };
  return withNewBrokerSecurity(located, name, ctx);
}

/**
 * A new link (index `index`): bridge credentials both ends accept, and, when it joins two locations and both ends
 * are ready for it (an SSL transport on the target, a trust store on the dialing broker), the target's SSL transport.
 */
export function withNewLinkDefaults(t: Topology, index: number, ctx: FixContext): Topology {
  const next = ensureLinkCredentials(t, index, ctx);
  const link = next.links[index];
  if (!link || link.transport !== undefined) return next;
  const from = next.brokers.find((b) => b.name === link.from);
  const to = next.brokers.find((b) => b.name === link.to);
  if (!from?.location || !to?.location || from.location === to.location || !from.ssl?.trustStore) return next;
  const ssl = to && sslOpenWire(to);
  if (!ssl) return next;
  return { ...next, links: next.links.map((l, i) => (i === index ? { ...l, transport: ssl.name } : l)) };
}
