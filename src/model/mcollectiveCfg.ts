// The MCollective side of an export (issue 7): `<broker>/server.cfg` for a broker's server group and, at NOC brokers,
// `<broker>/client.cfg` for its operator clients: the connector section each needs (`connector = activemq`, the
// pool, pool order, heart-beats, TLS files), nothing host-specific. What MCollective 2.12's activemq connector reads
// is recorded in docs/mcollective.md; the real mcollectived and mco run these lines in tests/broker/mcollectiveReal.
// MCollective's parser takes a value raw up to the end of its line and drops its outer white space, so a value with
// a line break (or outer white space, or nothing) cannot be written: its line is left out, and a comment says why.

import type { ExportedFile } from './exportFiles';
import { fileSafeName } from './names';
import { hostSection } from './mcollectiveCfgComplete';
import { type GroupKind, type PoolEntry, poolOf } from './mcollectiveCfgPool';
import type { Broker, Topology } from './types';

export { parseMcollectiveCfg } from './mcollectiveCfgParse';

/** Where the cfgs put MCollective's TLS files: the brokers' certificates and this host's own pair (placeholders). */
export const SSL_PLACEHOLDERS = {
  dir: '/etc/mcollective/ssl',
  cert: '/etc/mcollective/ssl/TO-BE-FILLED-cert.pem',
  key: '/etc/mcollective/ssl/TO-BE-FILLED-key.pem',
} as const;

/** The CA file of a pool entry: that broker's own certificate (PEM), as make-keystores.sh writes it (`<folder>/<folder>.crt`). */
export function brokerCertPath(folder: string): string {
  return `${SSL_PLACEHOLDERS.dir}/brokers/${folder}.crt`;
}

/** STOMP heart-beat interval in seconds (MCollective's minimum; its default 0 turns heart-beats off). */
export const HEARTBEAT_INTERVAL = 30;

const CFG_NAME: Record<GroupKind, string> = { servers: 'server.cfg', clients: 'client.cfg' };

/** The kinds of cfg a broker gets: server.cfg when it has servers, client.cfg when it is a NOC with clients. */
export function cfgKinds(b: Broker): GroupKind[] {
  const kinds: GroupKind[] = [];
  if (b.role !== 'external' && b.servers) kinds.push('servers');
  if (b.role === 'noc' && b.clients) kinds.push('clients');
  return kinds;
}

/**
 * The cfg files of every exported broker that has servers or clients, beside its activemq.xml. `brokers` gives the
 * folder of each broker (exportFiles passes its de-duplicated names); without it, each broker's file-safe name.
 * `complete`: whole files (host lines with placeholders, then the connector section) instead of fragments.
 */
export function mcollectiveConfigs(topology: Topology, brokers?: readonly { broker: Broker; fileName: string }[], complete = false): ExportedFile[] {
  const list = brokers ?? topology.brokers.filter((b) => b.role !== 'external').map((b) => ({ broker: b, fileName: fileSafeName(b.name) }));
  const byName = new Map<string, Broker>();
  for (const b of topology.brokers) if (!byName.has(b.name)) byName.set(b.name, b);
  const folders = new Map(list.map(({ broker, fileName }) => [broker.name, fileName] as const));
  return list.flatMap(({ broker, fileName }) => cfgKinds(broker).map((kind) => ({
    path: `${fileName}/${CFG_NAME[kind]}`,
    content: (complete ? `${hostSection(broker, kind).join('\n')}\n` : '') + groupCfg(broker, kind, byName, folders),
  })));
}

/** README lines for a broker's cfg files (none when it has neither servers nor clients). */
export function mcollectiveReadmeLines(broker: Broker, fileName: string, complete = false): string[] {
  if (complete) {
    return cfgKinds(broker).map((kind) => kind === 'servers'
      ? `  ${fileName}/server.cfg  complete server.cfg for its ${broker.servers!.count} MCollective server(s) ${JSON.stringify(broker.servers!.name)}: fill in the TO-BE-FILLED lines`
      : `  ${fileName}/client.cfg  complete client.cfg for the operator clients ${JSON.stringify(broker.clients!.name)}: fill in the TO-BE-FILLED lines`);
  }
  return cfgKinds(broker).map((kind) => kind === 'servers'
    ? `  ${fileName}/server.cfg  connector lines for its ${broker.servers!.count} MCollective server(s) ${JSON.stringify(broker.servers!.name)}: merge into their server.cfg (replace its connector and plugin.activemq.* lines, keep the rest)`
    : `  ${fileName}/client.cfg  connector lines for the operator clients ${JSON.stringify(broker.clients!.name)}: merge into their client.cfg (likewise)`);
}

/**
 * The text of one cfg fragment. `folders` maps a broker name to its folder in the export (where make-keystores.sh
 * puts its certificate); by default each broker's file-safe name.
 */
export function groupCfg(broker: Broker, kind: GroupKind, byName: Map<string, Broker>, folders?: ReadonlyMap<string, string>): string {
  const group = broker[kind];
  const pool = poolOf(broker, kind, byName);
  const who = kind === 'servers'
    ? `the ${broker.servers?.count ?? 0} MCollective server(s) of group ${JSON.stringify(group?.name ?? '')}`
    : `the MCollective operator clients ${JSON.stringify(group?.name ?? '')}`;
  const lines = [
    `# Connector settings for ${who} at broker ${JSON.stringify(broker.name)}, generated by amq-network-designer.`,
    `# Merge into ${CFG_NAME[kind]} (/etc/mcollective/ or /etc/puppetlabs/mcollective/): these lines replace its \`connector\` line and`,
    '# every plugin.activemq.* line (delete those: a leftover pool.N.password or .ssl line would still be read); keep the',
    '# rest (identity, collectives, securityprovider and plugin.psk, libdir, logfile, factsource).',
    `# The pool lists ${JSON.stringify(broker.name)} first, then its failover brokers in order; each entry logs in with the password`,
    '# that broker has for the user. MCollective reads a value raw to the end of its line ("#" and "=" included) and drops',
    '# its outer white space: a value with a line break, outer white space or nothing in it cannot be written, so its line',
    '# is left out below.',
    'connector = activemq',
    `plugin.activemq.pool.size = ${pool.entries.length}`,
    '# Try the pool in the order above (the local broker first), not at random.',
    'plugin.activemq.randomize = false',
    '# STOMP 1.1 heart-beats (ActiveMQ 5.8 or later): a broker that vanishes without closing the connection is noticed',
    '# after about two intervals, and the next pool entry is tried.',
    `plugin.activemq.heartbeat_interval = ${HEARTBEAT_INTERVAL}`,
  ];
  for (const why of pool.skipped) lines.push(`# not in the pool: ${why}`);
  const folderOf = (b: Broker) => folders?.get(b.name) ?? fileSafeName(b.name);
  for (const e of pool.entries) lines.push('', ...entryLines(e, folderOf(e.broker)));
  return lines.join('\n') + '\n';
}

function entryLines(e: PoolEntry, folder: string): string[] {
  const key = (k: string) => `plugin.activemq.pool.${e.index}.${k}`;
  const lines = [`# pool ${e.index}: broker ${JSON.stringify(e.broker.name)}`];
  const value = (k: string, what: string, v: string) => {
    const why = unwritable(v);
    lines.push(why ? `# ${key(k)} left out: the ${what} ${why}` : `${key(k)} = ${v}`);
  };
  value('host', 'host', e.host);
  if (e.port === undefined) lines.push(`# ${key('port')} left out: the STOMP transport names no port (MCollective then dials 61613)`);
  else lines.push(`${key('port')} = ${e.port}`);
  value('user', 'user name', e.user);
  if (e.password !== undefined) value('password', `password of ${JSON.stringify(e.user)}`, e.password);
  else if (e.authenticates) lines.push(`# ${key('password')} left out: ${JSON.stringify(e.broker.name)} has no user ${JSON.stringify(e.user)} (see the mcollective-user-missing warning)`);
  else lines.push(`# ${key('password')} left out: ${JSON.stringify(e.broker.name)} does not authenticate`);
  if (e.ssl) {
    const q = JSON.stringify(e.broker.name);
    lines.push(
      '# TLS, verified (fallback 0: MCollective refuses to connect until the three files below exist).',
      `${key('ssl')} = 1`,
      `${key('ssl.fallback')} = 0`,
      `# the CA: ${q}'s own certificate as PEM; make-keystores.sh writes it as ${folder}/${folder}.crt: copy it here. Its name`,
      `# (CN/SAN) must match the host above, as make-keystores.sh makes it.`,
      `${key('ssl.ca')} = ${brokerCertPath(folder)}`,
      '# to be filled: this host\'s own certificate and key (PEM). MCollective needs them to exist; ActiveMQ checks them only',
      '# when the transport sets needClientAuth=true (then its trust store must hold this certificate).',
      `${key('ssl.cert')} = ${SSL_PLACEHOLDERS.cert}`,
      `${key('ssl.key')} = ${SSL_PLACEHOLDERS.key}`,
    );
  }
  return lines;
}

/** Why MCollective would not read `v` back as written, or undefined when it would. */
export function unwritable(v: string): string | undefined {
  if (/[\r\n]/.test(v)) return 'holds a line break, and a cfg value ends at the line\'s end';
  if (v === '') return 'is empty, and MCollective ignores a line with no value';
  if (/^[ \t\v\f]|[ \t\v\f]$/.test(v)) return 'starts or ends with white space, which MCollective drops';
  return undefined;
}
