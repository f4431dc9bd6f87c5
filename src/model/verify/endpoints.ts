// Where and as whom `verify` connects to each broker, without I/O: the broker's STOMP transport at the topology's
// host (or the `--hosts` file's host:port), logged in as a user the topology (or `--credentials`) gives and whose
// authorization lets it create, read and write the probe prefix. Also the parsers of those two files.

import { hasRights } from '../destinations';
import type { Broker, Topology } from '../types';
import { isSslScheme, isWildcardHost, parseUri } from '../uri';

export interface Address {
  host: string;
  port: number;
}

export interface Credentials {
  user: string;
  password: string;
}

export interface Endpoint extends Address {
  broker: string;
  /** The transport's name in the topology. */
  transport: string;
  ssl: boolean;
  login: string;
  passcode: string;
}

export class VerifyInputError extends Error {}

const STOMP = new Set(['stomp', 'stomp+nio', 'stomp+ssl', 'stomp+nio+ssl']);

function address(text: string, where: string): Address {
  const m = /^(\[[^\]]+\]|[^\s:]+):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[2]) : 0;
  if (!m || port < 1 || port > 65535) throw new VerifyInputError(`${where}: ${JSON.stringify(text)} is not host:port`);
  return { host: m[1].replace(/^\[(.*)\]$/, '$1'), port };
}

/** `--hosts`: a JSON object {"broker": "host:port"}, or lines `broker host:port` (# starts a comment). */
export function parseHostsFile(text: string): Map<string, Address> {
  const out = new Map<string, Address>();
  if (text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new VerifyInputError(`hosts file: not valid JSON (${(e as Error).message})`);
    }
    for (const [name, v] of Object.entries(json as Record<string, unknown>)) {
      if (typeof v !== 'string') throw new VerifyInputError(`hosts file: the value of ${JSON.stringify(name)} must be a "host:port" string`);
      out.set(name, address(v, `hosts file, ${JSON.stringify(name)}`));
    }
    return out;
  }
  text.split(/\r?\n/).forEach((line, i) => {
    const l = line.replace(/#.*$/, '').trim();
    if (!l) return;
    const m = /^(\S+)\s+(\S+)$/.exec(l);
    if (!m) throw new VerifyInputError(`hosts file, line ${i + 1}: write "broker host:port"`);
    out.set(m[1], address(m[2], `hosts file, line ${i + 1}`));
  });
  return out;
}

/** `--credentials`: a JSON object {"broker" or "*": {"user": "…", "password": "…"}}. */
export function parseCredentialsFile(text: string): Map<string, Credentials> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new VerifyInputError(`credentials file: not valid JSON (${(e as Error).message})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new VerifyInputError('credentials file: expected an object {"broker" or "*": {"user": "…", "password": "…"}}');
  const out = new Map<string, Credentials>();
  for (const [name, v] of Object.entries(json as Record<string, unknown>)) {
    const c = v as Record<string, unknown> | null;
    if (!c || typeof c !== 'object' || typeof c.user !== 'string' || typeof c.password !== 'string') {
      throw new VerifyInputError(`credentials file: ${JSON.stringify(name)} must be {"user": "…", "password": "…"}`);
    }
    out.set(name, { user: c.user, password: c.password });
  }
  return out;
}

/** A password shown masked (the preview's bullets, or asterisks) is not one we can log in with. */
export function isMasked(password: string): boolean {
  return /^(•+|\*{3,})$/.test(password);
}

/** A user of the broker who may create, read and write topics and queues under the probe prefix. */
function probeUser(b: Broker, prefix: string, bridgeUsers: Set<string>): { user?: Credentials; why?: string } {
  if (!b.users) return { user: { user: '', password: '' } }; // no authentication: any login is accepted
  const probe = `${prefix}.x`;
  // Bridge logins last: the probes should not look like bridge traffic in the brokers' logs.
  const allowed = b.users.filter((u) => !b.authorization
    || (['topic', 'queue'] as const).every((t) => hasRights(b.authorization!, u.groups, t, probe, ['read', 'write', 'admin'])))
    .sort((x, y) => Number(bridgeUsers.has(x.username)) - Number(bridgeUsers.has(y.username)));
  const usable = allowed.find((u) => !isMasked(u.password));
  if (usable) return { user: { user: usable.username, password: usable.password } };
  if (allowed.length) return { why: `the passwords of its users allowed on ${prefix}.> are masked` };
  return { why: `none of its users may read, write and create ${prefix}.> destinations` };
}

export interface EndpointOptions {
  hosts?: Map<string, Address>;
  credentials?: Map<string, Credentials>;
  /** Prefer a stomp+ssl transport (a trust store was given); else a plain one first. */
  preferSsl: boolean;
  prefix: string;
}

/** An endpoint per broker, or the reasons the run cannot start (all of them, for one clear message). */
export function endpointsOf(topology: Topology, brokers: string[], opts: EndpointOptions): { endpoints: Endpoint[]; problems: string[] } {
  const endpoints: Endpoint[] = [];
  const problems: string[] = [];
  for (const name of opts.hosts?.keys() ?? []) {
    if (!topology.brokers.some((b) => b.name === name)) problems.push(`hosts file names ${JSON.stringify(name)}, which is no broker of the topology`);
  }
  const bridgeUsers = new Set(topology.links.flatMap((l) => (l.userName ? [l.userName] : [])));
  for (const name of brokers) {
    const b = topology.brokers.find((x) => x.name === name)!;
    const q = JSON.stringify(name);
    const stomp = b.transports.map((t) => ({ t, uri: parseUri(t.uri) })).filter((x) => x.uri && STOMP.has(x.uri.scheme));
    const pick = stomp.find((x) => isSslScheme(x.uri!.scheme) === opts.preferSsl) ?? stomp[0];
    if (!pick) {
      problems.push(`broker ${q} has no STOMP transport (stomp, stomp+nio, stomp+ssl, stomp+nio+ssl)`);
      continue;
    }
    const given = opts.hosts?.get(name);
    const bind = pick.uri!.host;
    const host = given?.host ?? (b.host.trim() || (isWildcardHost(bind) ? '' : bind));
    const port = given?.port ?? pick.uri!.port;
    if (!host || !port) {
      problems.push(`broker ${q} has no ${host ? 'STOMP port' : 'host'}; give it in --hosts as "${name} host:port"`);
      continue;
    }
    const cred = opts.credentials?.get(name) ?? opts.credentials?.get('*');
    const user = cred ?? probeUser(b, opts.prefix, bridgeUsers).user;
    if (!user) {
      problems.push(`broker ${q}: no login for the probes (${probeUser(b, opts.prefix, bridgeUsers).why}); give one with --credentials`);
      continue;
    }
    endpoints.push({ broker: name, transport: pick.t.name, ssl: isSslScheme(pick.uri!.scheme), host, port, login: user.user, passcode: user.password });
  }
  return { endpoints, problems };
}
