// Authentication and authorization of bridges (R10, R11) and of brokers in general: the bridge user must exist
// with the same password on the target and on the local broker (its vm connection authenticates too), and hold
// the rights a bridge uses; every broker should authenticate; groups should be held by someone (R18).

import type { NetworkConnector } from '../connectors';
import { uncheckedAuthentication } from '../importedAuth';
import type { DerivedNetwork } from '../network';
import type { Broker, Diagnostic, User } from '../types';
import { bridgeAllowed, type BridgeAccess, missingRights, rightsOf } from './access';
import { diagnostic, quoteList } from './diagnostic';
import type { CodeMeta } from './meta';

const PLACEHOLDER = /\$\{[^}]*\}/;

// A `${…}` property placeholder: its value is only known where the broker runs. (The includes spares the regex the
// thousands of plain values of a large network.)
function placeholder(value: string | undefined): boolean {
  return value !== undefined && value.includes('${') && PLACEHOLDER.test(value);
}

// A plugin the model does not read (JAAS, a custom bean) authenticates too: authentication-unchecked says so.
function authenticates(b: Broker): boolean {
  return b.users !== undefined || uncheckedAuthentication(b.imported) !== undefined;
}

/** What a broker makes of one bridge login: the user it finds and, if the password matches, the user's rights. */
interface Login {
  userName: string | undefined;
  password: string | undefined;
  user: User | undefined;
  rights: BridgeAccess | undefined;
}

const UNRESTRICTED: BridgeAccess = { advisory: true, topic: true, queue: true };

export function bridgeUserRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  // This runs for every connector end of the network, and the connectors touching a broker nearly always log in
  // with the same credentials: remember each broker's last login (for this run only).
  const logins = new Map<Broker, Login>();
  const loginAt = (b: Broker, c: NetworkConnector): Login => {
    let l = logins.get(b);
    if (!l || l.userName !== c.userName || l.password !== c.password) {
      const user = c.userName === undefined ? undefined : b.users!.find((u) => u.username === c.userName);
      const loggedIn = user !== undefined && user.password === (c.password ?? '');
      const rights = !loggedIn ? undefined : b.authorization ? rightsOf(net, b.authorization).bridge(user.groups) : UNRESTRICTED;
      logins.set(b, (l = { userName: c.userName, password: c.password, user, rights }));
    }
    return l;
  };
  // One report per link and side (a link's topics and queues connectors share credentials).
  const seen = new Set<number>();
  const check = (c: NetworkConnector, b: Broker, side: 'target' | 'local') => {
    if (!b.users) return;
    const login = loginAt(b, c);
    if (login.rights && bridgeAllowed(login.rights, c.carries)) return;
    const key = c.linkIndex * 2 + (side === 'target' ? 0 : 1);
    if (seen.has(key)) return;
    seen.add(key);
    const problem = userProblem(c, b, side, login);
    out.push(diagnostic(problem.code, 'error', problem.message, [c.broker, c.target], [c.linkId]));
  };
  for (const c of net.connectors) {
    if (c.raw?.targetIndex || c.broker === c.target) continue;
    const local = net.brokerByName.get(c.broker);
    const target = net.brokerByName.get(c.target);
    if (!local || !target || placeholder(c.userName) || placeholder(c.password)) continue;
    check(c, target, 'target');
    check(c, local, 'local');
  }
  return out;
}

/** The words for a login that fails or lacks rights. */
function userProblem(c: NetworkConnector, b: Broker, side: 'target' | 'local', { user, rights }: Login): { code: string; message: string } {
  const who = JSON.stringify(b.name);
  const link = `Link ${JSON.stringify(c.linkId)} (${JSON.stringify(c.broker)} → ${JSON.stringify(c.target)})`;
  const why = side === 'target' ? 'the far broker refuses the bridge' : 'the bridge\'s own vm connection authenticates there too';
  if (c.userName === undefined) {
    return { code: 'bridge-user-unknown', message: `${link} has no bridge user, but ${who} requires authentication: ${why} ("User name [null] or password is invalid") and no message crosses. Set the link's user and password to a user of ${who}.` };
  }
  if (!user || !rights) {
    return { code: 'bridge-user-unknown', message: `${link} logs in as ${JSON.stringify(c.userName)}, but ${who} ${user ? 'has that user with another password' : 'has no such user'}: ${why} and the bridge never forms. Add the bridge user with the same password to ${who}.` };
  }
  return { code: 'bridge-user-unauthorized', message: `The bridge user ${JSON.stringify(user.username)} of ${link.charAt(0).toLowerCase()}${link.slice(1)} lacks ${missingRights(rights, c.carries).join(' and ')} on ${who} (groups: ${user.groups.join(', ') || 'none'}): the bridge is refused ("not authorized to read from ActiveMQ.Advisory…") and messages are not forwarded. Grant its group those rights, as MCollective's admins group has.` };
}

export function authenticationRule(net: DerivedNetwork): Diagnostic[] {
  return net.topology.brokers.filter((b) => b.role !== 'external' && !authenticates(b)).map((b) =>
    diagnostic('no-authentication', 'warning', net.topology.settings.preset === 'plain'
      ? `${JSON.stringify(b.name)} accepts connections without authentication: anyone who reaches its ports can connect, read and send on every destination. Add a simpleAuthenticationPlugin with users (and the bridge user of its links).`
      : `${JSON.stringify(b.name)} accepts connections without authentication: anyone who reaches its ports can send commands to every MCollective server. Add users (the "MCollective defaults" give the bridge, server and client users).`, [b.name]));
}

export function unusedGroupRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    if (!b.users || !b.authorization) continue;
    // A handful of groups per broker, asked of every broker: a plain list (a set when a file brings many), and the
    // set of unheld groups only once there is one.
    const groups: string[] = [];
    for (const u of b.users) for (const g of u.groups) groups.push(g);
    const held: Pick<string[], 'includes'> = groups.length > 16 ? includesOf(new Set(groups)) : groups;
    let unused: Set<string> | undefined;
    for (const e of b.authorization) {
      unused = addUnheld(e.read, held, unused);
      unused = addUnheld(e.write, held, unused);
      unused = addUnheld(e.admin, held, unused);
    }
    if (unused) {
      const names = [...unused].sort();
      out.push(diagnostic('unused-group', 'warning', `On ${JSON.stringify(b.name)} the authorization grants ${names.length > 1 ? 'groups' : 'group'} ${quoteList(names)}, which no user has: the rights go nowhere (often a typo such as "admin" for "admins"). Put the intended users in ${names.length > 1 ? 'those groups' : 'that group'}, or fix the entry.`, [b.name]));
    }
    const rights = rightsOf(net, b.authorization);
    const outside = b.users.filter((u) => rights.advisory(u.groups) === 'none').map((u) => u.username);
    if (outside.length) {
      out.push(diagnostic('unused-group', 'warning', `On ${JSON.stringify(b.name)} ${outside.length > 1 ? 'users' : 'user'} ${quoteList(outside)} cannot read the advisory topics (ActiveMQ.Advisory.>): ${outside.length > 1 ? 'their' : 'its'} clients fail as they subscribe. Put every user in the group granted on ActiveMQ.Advisory.> (MCollective's "everyone"; it is not automatic).`, [b.name]));
    }
  }
  return out;
}

const includesOf = (set: Set<string>): Pick<string[], 'includes'> => ({ includes: (g: string) => set.has(g) });

function addUnheld(granted: string[], held: Pick<string[], 'includes'>, unused: Set<string> | undefined): Set<string> | undefined {
  for (const g of granted) if (g !== '*' && !held.includes(g)) (unused ??= new Set()).add(g);
  return unused;
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const authCodes: CodeMeta[] = [
  {
    code: 'bridge-user-unknown', severities: ['error'], refs: ['R10'], fixable: true,
    title: 'The link\'s bridge user is missing, or has another password, on a broker that authenticates',
    breaks: 'The far broker refuses the bridge\'s login and the bridge never forms. The dialling broker checks it too: the bridge\'s local vm connection authenticates with the same user, so the user must exist on both ends with the same password.',
    logLine: 'java.lang.SecurityException: User name [amq] or password is invalid.',
    fix: 'Give the link a user and password, and add that user with the same password to both brokers (the designer\'s fix adds it where it is missing).',
    example: '<!-- on de --> <networkConnector uri="static:(tcp://noc:61616)" userName="amq" password="s3cret…"/>\n<!-- noc has no user "amq" in its simpleAuthenticationPlugin -->',
  },
  {
    code: 'bridge-user-unauthorized', severities: ['error'], refs: ['R11'], fixable: true,
    title: 'The bridge user\'s groups lack the rights a bridge needs',
    breaks: 'A bridge subscribes to the advisory topics on the far broker (read, write, admin on ActiveMQ.Advisory.>) and writes every forwarded destination there; locally it reads them. Without those rights the bridge is refused and messages are not forwarded.',
    logLine: 'User amq is not authorized to read from: topic://ActiveMQ.Advisory.Consumer.Topic.mcollective.>',
    fix: 'Put the bridge user in a group with read, write and admin on > (queues and topics) and on ActiveMQ.Advisory.>, like MCollective\'s "admins".',
    example: '<authenticationUser username="amq" password="…" groups="everyone"/>\n<authorizationEntry topic="ActiveMQ.Advisory.>" read="admins" write="admins" admin="admins"/>',
  },
  {
    code: 'no-authentication', severities: ['warning'], fixable: true,
    title: 'A broker that accepts connections without authentication',
    breaks: 'Anyone who reaches its ports can connect, subscribe and send: with MCollective that is sending commands to every server of the network.',
    fix: 'Add a simpleAuthenticationPlugin with the bridge, server and client users and an authorization map (the inspector\'s "MCollective defaults" add them).',
    example: '<broker brokerName="de" …>  <!-- no <plugins> with an authentication plugin -->',
  },
  {
    code: 'unused-group', severities: ['warning'], refs: ['R18'],
    title: 'A group granted in authorization that no user has, or a user outside the advisory group',
    breaks: 'Rights granted to a group nobody is in go nowhere (MCollective\'s 2010 examples granted "admins" to a user in "admin"). A user whose groups cannot read ActiveMQ.Advisory.> fails as its client subscribes.',
    logLine: 'User mcollective is not authorized to read from: topic://ActiveMQ.Advisory.Connection',
    fix: 'Put the intended users in the granted group (or fix the entry\'s group name), and every user in the group granted on ActiveMQ.Advisory.> (MCollective\'s "everyone").',
    example: '<authenticationUser username="admin" password="…" groups="admin,everyone"/>\n<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>',
  },
];
