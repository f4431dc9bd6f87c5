// MCollective servers and clients (issue 7; an extension of CONTRACT section 3): the user each group logs in as must
// exist with the rights its role needs on every pool broker that authenticates (mcollective-user-missing); a NOC's
// clients must reach every server group and get the replies back (mcollective-unreachable-location); and what the
// cfg export cannot write as designed is named (mcollective-config-problem).

import { hasRights, type Right } from '../destinations';
import { cfgKinds } from '../mcollectiveCfg';
import { type GroupKind, poolOf } from '../mcollectiveCfgPool';
import type { DerivedNetwork } from '../network';
import { type Destination, simulate } from '../simulate';
import type { AuthorizationEntry, Broker, Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

type Need = { type: 'topic' | 'queue'; name: string; rights: Right[] };

// Representative destinations of the default collective (notes §1.2); every role also needs admin on what it uses.
const AGENT = 'mcollective.discovery.agent';
const NODES = 'mcollective.nodes';
const REPLY = 'mcollective.reply.x';
const NEEDS: Record<GroupKind, Need[]> = {
  servers: [
    { type: 'topic', name: AGENT, rights: ['read', 'admin'] },
    { type: 'queue', name: NODES, rights: ['read', 'admin'] },
    { type: 'queue', name: REPLY, rights: ['write', 'admin'] },
  ],
  clients: [
    { type: 'topic', name: AGENT, rights: ['write', 'admin'] },
    { type: 'queue', name: NODES, rights: ['write', 'admin'] },
    { type: 'queue', name: REPLY, rights: ['read', 'admin'] },
  ],
};

function describeGroup(b: Broker, kind: GroupKind): string {
  return kind === 'servers' ? `the servers ${JSON.stringify(b.servers!.name)} of ${JSON.stringify(b.name)}` : `the operator clients ${JSON.stringify(b.clients!.name)} at ${JSON.stringify(b.name)}`;
}

/** The rights `groups` lack among a role's needs, in words; empty when none. */
export function missingMcollectiveRights(entries: AuthorizationEntry[], groups: string[], kind: GroupKind): string[] {
  return NEEDS[kind].flatMap((n) => n.rights.filter((r) => !hasRights(entries, groups, n.type, n.name, [r])).map((r) => `${r} on ${n.type} ${n.name}`));
}

export function mcollectiveUserRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    for (const kind of cfgKinds(b)) {
      for (const e of poolOf(b, kind, net.brokerByName).entries) {
        const p = e.broker;
        if (!p.users) continue;
        const at = `${JSON.stringify(p.name)}${p === b ? '' : ` (pool entry ${e.index})`}`;
        const user = p.users.find((u) => u.username === e.user);
        if (!user) {
          out.push(diagnostic('mcollective-user-missing', 'warning', `${cap(describeGroup(b, kind))} log in as ${JSON.stringify(e.user)}, but ${at} authenticates and has no such user: the connection is refused ("User name [${e.user}] or password is invalid") and the export writes no password for it. Add the user to ${JSON.stringify(p.name)}, or set the group's user to one it has.`, [b.name, p.name]));
          continue;
        }
        const missing = p.authorization ? missingMcollectiveRights(p.authorization, user.groups, kind) : [];
        if (missing.length) {
          out.push(diagnostic('mcollective-user-missing', 'warning', `On ${at} the user ${JSON.stringify(e.user)} of ${describeGroup(b, kind)} lacks ${missing.join(', ')} (groups: ${user.groups.join(', ') || 'none'}): its subscriptions or messages are refused ("not authorized"). Grant its group read, write and admin on mcollective.> (MCollective's "mcollective" group).`, [b.name, p.name]));
        }
      }
    }
  }
  return out;
}

const FLOWS: { dest: Destination; back: boolean; what: string }[] = [
  { dest: { type: 'topic', name: AGENT }, back: false, what: 'requests' },
  { dest: { type: 'queue', name: NODES }, back: false, what: 'direct requests' },
  { dest: { type: 'queue', name: REPLY }, back: true, what: 'replies' },
];

export function mcollectiveReachRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const t = net.topology;
  const nocs = t.brokers.filter((b) => cfgKinds(b).includes('clients'));
  const locations = t.brokers.filter((b) => b.servers && net.brokerByName.get(b.name) === b);
  for (const n of nocs) {
    for (const l of locations) {
      if (l === n) continue;
      const problems = FLOWS.flatMap(({ dest, back, what }) => {
        const [from, to] = back ? [l.name, n.name] : [n.name, l.name];
        const r = simulate(t, from, [to], dest).results[0];
        return r.delivered ? [] : [`${what} (${dest.type}://${dest.name}, ${JSON.stringify(from)} → ${JSON.stringify(to)}) are not delivered: ${r.reason ?? 'no route'}`];
      });
      if (problems.length) {
        out.push(diagnostic('mcollective-unreachable-location', 'warning', `${cap(describeGroup(n, 'clients'))} cannot work with ${describeGroup(l, 'servers')}: ${problems.join('; ')}. Those ${l.servers!.count} server(s) will not answer; fix the links between the two brokers.`, [n.name, l.name]));
      }
    }
  }
  return out;
}

export function mcollectiveConfigRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    if (b.clients && b.role !== 'noc') {
      out.push(diagnostic('mcollective-config-problem', 'warning', `${JSON.stringify(b.name)} has operator clients ${JSON.stringify(b.clients.name)} but is not a NOC broker: the export writes no client.cfg for it. Make it a NOC broker, or move the clients to one.`, [b.name]));
    }
    if (b.servers && b.role === 'external') {
      out.push(diagnostic('mcollective-config-problem', 'warning', `${JSON.stringify(b.name)} is external (never exported), so its servers ${JSON.stringify(b.servers.name)} get no server.cfg.`, [b.name]));
    }
    for (const kind of cfgKinds(b)) {
      const pool = poolOf(b, kind, net.brokerByName);
      for (const why of pool.skipped) {
        out.push(diagnostic('mcollective-config-problem', 'warning', `The connection pool of ${describeGroup(b, kind)} leaves out an entry: ${why}.${pool.entries.length ? '' : ' The pool is empty: they cannot connect at all.'}`, [b.name]));
      }
    }
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const mcollectiveCodes: CodeMeta[] = [
  {
    code: 'mcollective-user-missing', severities: ['warning'],
    title: 'An MCollective server or client group logs in as a user its broker lacks, or without the rights it needs',
    breaks: 'The mcollectived servers (or the operators\' mco clients) of the group cannot log in, or their subscriptions and messages are refused: those nodes never answer, or mco cannot send.',
    logLine: 'User name [mcollective] or password is invalid.   /   User mcollective is not authorized to write to: topic://mcollective.discovery.agent',
    fix: 'Add the group\'s user (with its password) to every broker of its connection pool that authenticates, in a group with read, write and admin on mcollective.> (MCollective\'s "mcollective" group) and in the advisory group.',
    example: '"servers": { "name": "de-nodes", "count": 200, "user": "mcollective" }   // de has no user "mcollective"',
  },
  {
    code: 'mcollective-unreachable-location', severities: ['warning'],
    title: 'A NOC\'s operator clients cannot reach a location\'s servers, or their replies cannot come back',
    breaks: 'Broadcast requests from mco on the NOC do not reach the location\'s mcollectived servers (or their replies are not forwarded back): `mco ping` does not list those nodes.',
    fix: 'Fix the links between the two brokers: a bridge each way (or duplex), networkTTL covering the hops, bridge users that log in.',
    example: 'clients on noc, servers on de, and only a link noc → de (not duplex)',
  },
  {
    code: 'mcollective-config-problem', severities: ['warning'],
    title: 'A server.cfg or client.cfg the export cannot write as designed',
    breaks: 'Operator clients on a broker that is not a NOC get no client.cfg; servers on an external broker get no server.cfg; a connection pool entry the export must leave out (no STOMP transport, unknown host) leaves the nodes with fewer brokers, or none, to connect to.',
    fix: 'Put operator clients on a NOC broker, servers on brokers you export, and give every pool broker a STOMP transport (stomp+ssl on 61614 is MCollective\'s usual) and a host.',
    example: '{ "name": "de", "role": "broker", "clients": { "name": "ops" } }   // clients on a non-NOC broker',
  },
];
