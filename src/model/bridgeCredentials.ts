// Bridge credentials that work on both ends of a link (R10, R11): one user, one password, known to every end that
// authenticates, with the rights a bridge needs. Used by new links, the no-authentication fix, bulk edit and
// "Secure the network". Pure; passwords come from the caller's FixContext.

import { authenticates, withBridgeUser } from './brokerEdits';
import type { FixContext } from './fixContext';
import { sanitizeBrokerName } from './names';
import type { Broker, Link, Topology } from './types';

export const BRIDGE_USER = 'amq';

/** The password `userName` has elsewhere in the network (another broker's user, or a link logging in as it). */
function networkPassword(t: Topology, userName: string): string | undefined {
  for (const b of t.brokers) { const u = b.users?.find((x) => x.username === userName); if (u) return u.password; }
  return t.links.find((l) => l.userName === userName && l.password !== undefined)?.password;
}

/** The credentials a link should use: its own if both ends agree, else those the ends agree on, else fresh ones. */
function chooseCredentials(t: Topology, link: Link, from: Broker, to: Broker, ctx: FixContext): { userName: string; password: string } {
  const userName = link.userName ?? BRIDGE_USER;
  const at = (b: Broker) => (authenticates(b) ? b.users!.find((u) => u.username === userName)?.password : undefined);
  const pf = at(from);
  const pt = at(to);
  const agrees = (p: string) => (pf === undefined || pf === p) && (pt === undefined || pt === p);
  if (link.password !== undefined && agrees(link.password)) return { userName, password: link.password };
  if (pf !== undefined && agrees(pf)) return { userName, password: pf };
  if (pt !== undefined && agrees(pt)) return { userName, password: pt };
  if (pf === undefined && pt === undefined) return { userName, password: networkPassword(t, userName) ?? ctx.password() };
  // The ends know the user with two passwords: changing either would break their other links; a user of its own
  // for this link breaks nothing.
  const own = sanitizeBrokerName(`bridge-${link.from}-${link.to}`);
  return { userName: own, password: networkPassword(t, own) ?? ctx.password() };
}

/**
 * The topology with link `index` logging in with credentials both ends accept: set on the link, and the user added
 * (or its password aligned, or its rights granted) on each end that authenticates. Unchanged when no end
 * authenticates, or for an imported link whose connectors are kept as written.
 */
export function ensureLinkCredentials(t: Topology, index: number, ctx: FixContext): Topology {
  const link = t.links[index];
  if (!link || link.connectors) return t;
  const from = t.brokers.find((b) => b.name === link.from);
  const to = t.brokers.find((b) => b.name === link.to);
  if (!from || !to || link.from === link.to || (!authenticates(from) && !authenticates(to))) return t;
  const { userName, password } = chooseCredentials(t, link, from, to, ctx);
  return setLinkCredentials(t, [index], userName, password);
}

/**
 * Links `indices` log in as `userName` with `password`; every end that authenticates gets that user with that
 * password (and the bridge rights), and other links of those ends that log in as the same user follow the password.
 */
export function setLinkCredentials(t: Topology, indices: number[], userName: string, password: string): Topology {
  const chosen = new Set(indices);
  const ends = new Set(indices.flatMap((i) => (t.links[i] ? [t.links[i].from, t.links[i].to] : [])));
  const brokers = t.brokers.map((b) => (ends.has(b.name) && authenticates(b) ? withBridgeUser(b, userName, password) : b));
  const links = t.links.map((l, i) => {
    const follow = chosen.has(i) || (l.userName === userName && !l.connectors && (ends.has(l.from) || ends.has(l.to)) && l.password !== password);
    return follow ? { ...l, userName, password } : l;
  });
  return { ...t, brokers, links };
}
