// Security helpers of the model: MCollective's default users and authorization for a broker, random passwords,
// password suggestions that keep a network consistent, and masking passwords in XML shown on screen.
// Pure: randomness comes in as a function, so the browser passes crypto.getRandomValues and tests pass a fixed one.

import { mcollectiveAuthorization, mcollectiveUsers } from './examples';
import type { AuthorizationEntry, Topology, User } from './types';

export { keytoolScript } from './keytool';

export interface McollectivePasswords {
  bridge: string;
  server: string;
  client: string;
}

/** The key an authorization entry guards: two entries with the same key are "the same entry" for the defaults. */
export function entryKey(e: AuthorizationEntry): string {
  if (e.tempQueue) return 'tempQueue';
  if (e.tempTopic) return 'tempTopic';
  return e.queue !== undefined ? `queue:${e.queue}` : `topic:${e.topic ?? ''}`;
}

/**
 * Adds MCollective's users (bridge amq, server mcollective, client admin) and its "simple restrictions" to one
 * broker, where missing. Existing users and entries are kept as they are: a person's edits always win.
 */
export function applyMcollectiveDefaults(topology: Topology, brokerName: string, passwords: McollectivePasswords): Topology {
  const brokers = topology.brokers.map((b) => {
    if (b.name !== brokerName) return b;
    const users = [...(b.users ?? [])];
    for (const u of mcollectiveUsers(passwords)) if (!users.some((x) => x.username === u.username)) users.push(u);
    const authorization = [...(b.authorization ?? [])];
    const have = new Set(authorization.map(entryKey));
    for (const e of mcollectiveAuthorization()) if (!have.has(entryKey(e))) authorization.push(e);
    return { ...b, users, authorization };
  });
  return { ...topology, brokers };
}

/**
 * Passwords for the MCollective defaults of `brokerName` that agree with the rest of the network: the bridge
 * password the links touching the broker already use, else the password a same-named user has on another broker;
 * a fresh one from `generate` only when nothing exists yet. (MCollective clients and bridges log in everywhere with
 * one password, so inventing a second one would only create bridge-user-unknown errors.)
 */
export function suggestedPasswords(topology: Topology, brokerName: string, generate: () => string): McollectivePasswords {
  const others = topology.brokers.filter((b) => b.name !== brokerName);
  const userPassword = (name: string): string | undefined => {
    for (const b of others) { const u = b.users?.find((x) => x.username === name); if (u) return u.password; }
    return undefined;
  };
  const linkPassword = topology.links.find((l) => (l.from === brokerName || l.to === brokerName) && l.userName === 'amq' && l.password !== undefined)?.password;
  return {
    bridge: linkPassword ?? userPassword('amq') ?? generate(),
    server: userPassword('mcollective') ?? generate(),
    client: userPassword('admin') ?? generate(),
  };
}

// No quotes, `<`, `&` (XML attributes), `$`, `{` (Spring/ActiveMQ placeholders), backslash or backtick (shells):
// a generated password can be pasted into activemq.xml, a properties file or a shell line without escaping.
export const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!#%+=:@~^*';

/**
 * A random password of `length` characters from PASSWORD_ALPHABET. Bytes at or above the largest multiple of the
 * alphabet's size are thrown away (rejection sampling), so every character is exactly equally likely.
 */
export function generatePassword(randomBytes: (n: number) => Uint8Array, length = 20): string {
  const n = PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  for (let rounds = 0; out.length < length; rounds++) {
    if (rounds > 1000) throw new Error('the random source keeps returning unusable bytes');
    for (const b of randomBytes(Math.max(8, (length - out.length) * 2))) {
      if (b < limit && out.length < length) out += PASSWORD_ALPHABET[b % n];
    }
  }
  return out;
}

const MASK = '••••••';

/**
 * The XML as shown on screen with every password value replaced by bullets: attributes whose name contains
 * "password" (authenticationUser, networkConnector, sslContext) and Spring `<property name="…password…" value>`.
 * A display transform only: downloads and Copy use the real text.
 */
export function maskPasswords(xml: string): string {
  return xml
    .replace(/(\s[\w:.-]*password\s*=\s*)("[^"]*"|'[^']*')/gi, (_, a: string, v: string) => `${a}${v[0]}${MASK}${v[0]}`)
    .replace(/(<property\b[^>]*?\bname\s*=\s*("[^"]*password[^"]*"|'[^']*password[^']*')[^>]*?\bvalue\s*=\s*)("[^"]*"|'[^']*')/gi,
      (_, a: string, _n: string, v: string) => `${a}${v[0]}${MASK}${v[0]}`);
}

/** A user for the bridge credentials of a link, in MCollective's bridge groups. */
export function bridgeUser(userName: string, password: string): User {
  return { username: userName, password, groups: ['admins', 'everyone'] };
}
