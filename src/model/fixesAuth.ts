// One-click fixes for authentication: a broker that authenticates nobody gets the network's users (the preset's
// under MCollective) and its links get bridge credentials both ends accept; a weak password is replaced by a
// generated one everywhere that same password stands for that same user, so no bridge loses its login.

import { ensureLinkCredentials } from './bridgeCredentials';
import { networkAuthenticates, withNewBrokerSecurity } from './brokerDefaults';
import type { FixContext } from './fixContext';
import type { Fix } from './fixes';
import { linkId } from './names';
import { bridgeUser } from './security';
import type { Diagnostic, Topology } from './types';

/** The broker requires logins: the users a new broker would get (a bridge and an admin user when none exist). */
export function requireAuthentication(t: Topology, name: string, ctx: FixContext): Topology {
  let next = withNewBrokerSecurity(t, name, ctx);
  if (next.brokers.find((b) => b.name === name)?.users === undefined) {
    // Plain preset and nobody authenticates yet: a bridge user for the links, an admin user for clients.
    const users = [bridgeUser('amq', ctx.password()), { username: 'admin', password: ctx.password(), groups: ['admins', 'everyone'] }];
    next = { ...next, brokers: next.brokers.map((b) => (b.name === name ? { ...b, users } : b)) };
  }
  next.links.forEach((l, i) => { if (l.from === name || l.to === name) next = ensureLinkCredentials(next, i, ctx); });
  return next;
}

export function noAuthenticationFixes(t: Topology, d: Diagnostic, ctx: FixContext): Fix[] {
  const name = d.brokers[0];
  if (name === undefined || !t.brokers.some((b) => b.name === name)) return [];
  const label = t.settings.preset === 'mcollective' ? 'Add the MCollective users and authorization'
    : networkAuthenticates(t, name) ? 'Add the network\'s users' : 'Require authentication (bridge and admin users)';
  return [{ label, apply: (x) => requireAuthentication(x, name, ctx) }];
}

function quoted(message: string, before: string): string | undefined {
  const m = new RegExp(`${before} ("(?:[^"\\\\]|\\\\.)*")`).exec(message);
  try { return m ? (JSON.parse(m[1]) as string) : undefined; } catch { return undefined; }
}

/** Every place `userName` logs in with `old`: users of that name and password, links with those credentials. */
function replacePassword(t: Topology, userName: string | undefined, old: string, fresh: string): Topology {
  return {
    ...t,
    brokers: t.brokers.map((b) => (b.users?.some((u) => u.username === userName && u.password === old)
      ? { ...b, users: b.users.map((u) => (u.username === userName && u.password === old ? { ...u, password: fresh } : u)) } : b)),
    links: t.links.map((l) => (l.userName === userName && l.password === old ? { ...l, password: fresh } : l)),
  };
}

export function weakPasswordFixes(t: Topology, d: Diagnostic, ctx: FixContext): Fix[] {
  if (d.links.length) {
    const link = t.links.find((l) => linkId(l) === d.links[0]);
    if (!link || link.password === undefined) return [];
    const old = link.password;
    const user = link.userName;
    return [{
      label: 'Generate a strong password',
      apply: (x) => {
        const fresh = ctx.password();
        const next = replacePassword(x, user, old, fresh);
        // A link without a user name: only its own password changes.
        return user === undefined ? { ...next, links: x.links.map((l) => (l === link ? { ...l, password: fresh } : l)) } : next;
      },
    }];
  }
  const broker = t.brokers.find((b) => b.name === d.brokers[0]);
  const userName = quoted(d.message, 'user');
  const user = broker?.users?.find((u) => u.username === userName);
  if (!user) return [];
  const old = user.password;
  return [{ label: 'Generate a strong password', apply: (x) => replacePassword(x, userName, old, ctx.password()) }];
}
