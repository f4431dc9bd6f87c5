// Reading and writing the `amq-topology/1` file (CONTRACT section 1): strict about types, precise about where
// a problem is, and faithful to fields it does not know (they are kept in `extra` and written back).

import { defineField, FieldReader } from './fieldReader';
import { jsonErrorOffset, lineColumnAt } from './jsonLocation';
import { groupJson, readClientGroup, readServerGroup } from './mcollectiveCfgGroups';
import { TopologyError } from './topologyErrors';
import type {
  AuthorizationEntry, Broker, BrokerRole, DeploymentMode, DeploymentTarget, Extra, Link, Preset, Settings, SslSettings, Topology, Transport, User,
} from './types';
import { TOPOLOGY_FORMAT } from './types';

const ROLES: readonly BrokerRole[] = ['noc', 'broker', 'external'];
const PRESETS: readonly Preset[] = ['mcollective', 'plain'];
const TARGETS: readonly DeploymentTarget[] = ['activemq', 'amazon-mq'];
const MODES: readonly DeploymentMode[] = ['single', 'active-standby'];

/** Parses the text of a topology file; throws TopologyError naming the line/column or the JSON path. */
export function parseTopology(text: string, file?: string): Topology {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text) ?? text.length;
    const found = offset >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[offset])}`;
    throw new TopologyError(`not valid JSON: ${found}`, { ...lineColumnAt(text, offset), file });
  }
  return readTopology(json, file);
}

/** Checks an already-parsed JSON value against the format and returns the typed topology. */
export function readTopology(json: unknown, file?: string): Topology {
  const r = FieldReader.of(json, '', file);
  const format = r.raw('format');
  if (format !== TOPOLOGY_FORMAT) {
    r.fail('format', `expected "format": "${TOPOLOGY_FORMAT}", found ${JSON.stringify(format) ?? 'nothing'}`);
  }
  const name = r.optString('name');
  const settings = r.child('settings', readSettings) ?? { preset: 'mcollective' };
  const brokers = r.list('brokers', readBroker) ?? [];
  const links = r.list('links', readLink) ?? [];
  return clean({ format: TOPOLOGY_FORMAT, name, settings, brokers, links, extra: r.extra() });
}

function readSettings(r: FieldReader): Settings {
  const preset = r.optString('preset') ?? 'mcollective';
  if (!PRESETS.includes(preset as Preset)) r.fail('preset', `expected "mcollective" or "plain", found "${preset}"`);
  const networkTTL = r.optInteger('networkTTL');
  if (networkTTL !== undefined && networkTTL < 1 && networkTTL !== -1) {
    r.fail('networkTTL', 'expected 1 or more (or -1 for unlimited)');
  }
  const target = r.optString('target');
  if (target !== undefined && !TARGETS.includes(target as DeploymentTarget)) r.fail('target', `expected "activemq" or "amazon-mq", found "${target}"`);
  return clean({ preset: preset as Preset, networkTTL, activemqVersion: r.optString('activemqVersion'), target: target as DeploymentTarget | undefined, extra: r.extra() });
}

function readBroker(r: FieldReader): Broker {
  const role = r.optString('role') ?? 'broker';
  if (!ROLES.includes(role as BrokerRole)) r.fail('role', `expected "noc", "broker" or "external", found "${role}"`);
  // Unknown position fields stay inline (after x and y are read), so a save writes them back like every other level.
  const mode = r.optString('deploymentMode');
  if (mode !== undefined && !MODES.includes(mode as DeploymentMode)) r.fail('deploymentMode', `expected "single" or "active-standby", found "${mode}"`);
  const positionReader = (p: FieldReader) => ({ x: p.optNumber('x') ?? 0, y: p.optNumber('y') ?? 0, ...p.extra() });
  return clean({
    name: r.string('name'),
    role: role as BrokerRole,
    host: r.optString('host') ?? '',
    location: r.optString('location'),
    transports: r.list('transports', readTransport) ?? [],
    users: r.list('users', readUser),
    authorization: r.list('authorization', readAuthorization),
    ssl: r.child('ssl', readSsl),
    servers: r.child('servers', readServerGroup),
    clients: r.child('clients', readClientGroup),
    position: r.child('position', positionReader),
    deploymentMode: mode as DeploymentMode | undefined,
    endpoint: r.optString('endpoint'),
    imported: r.child('imported', (x) => clean({
      file: x.optString('file'), template: x.string('template'), connectors: x.has('connectors') ? x.stringList('connectors') : (x.raw('connectors'), undefined), extra: x.extra(),
    })),
    extra: r.extra(),
  });
}

function readTransport(r: FieldReader): Transport {
  return clean({ name: r.string('name'), uri: r.string('uri'), discoveryUri: r.optString('discoveryUri'), extra: r.extra() });
}

function readUser(r: FieldReader): User {
  return clean({ username: r.string('username'), password: r.optString('password') ?? '', groups: r.stringList('groups'), extra: r.extra() });
}

function readAuthorization(r: FieldReader): AuthorizationEntry {
  const entry: AuthorizationEntry = clean({
    queue: r.optString('queue'),
    topic: r.optString('topic'),
    tempQueue: r.optBoolean('tempQueue'),
    tempTopic: r.optBoolean('tempTopic'),
    read: r.stringList('read'),
    write: r.stringList('write'),
    admin: r.stringList('admin'),
    extra: r.extra(),
  });
  const kinds = [entry.queue !== undefined, entry.topic !== undefined, !!entry.tempQueue, !!entry.tempTopic].filter(Boolean);
  if (kinds.length !== 1) r.fail('queue', 'an authorization entry names exactly one of queue, topic, tempQueue, tempTopic');
  return entry;
}

function readSsl(r: FieldReader): SslSettings {
  return clean({
    keyStore: r.optString('keyStore'),
    keyStorePassword: r.optString('keyStorePassword'),
    trustStore: r.optString('trustStore'),
    trustStorePassword: r.optString('trustStorePassword'),
    extra: r.extra(),
  });
}

function readLink(r: FieldReader): Link {
  const ttl = r.optInteger('networkTTL');
  if (ttl !== undefined && ttl < 1 && ttl !== -1) r.fail('networkTTL', 'expected 1 or more (or -1 for unlimited)');
  return clean({
    from: r.string('from'),
    to: r.string('to'),
    name: r.optString('name'),
    duplex: r.optBoolean('duplex'),
    transport: r.optString('transport'),
    userName: r.optString('userName'),
    password: r.optString('password'),
    networkTTL: ttl,
    backups: r.has('backups') ? r.stringList('backups') : (r.raw('backups'), undefined),
    connectors: r.list('connectors', (c) => {
      const targetIndex = c.optInteger('targetIndex');
      if (targetIndex !== undefined && targetIndex < 0) c.fail('targetIndex', 'expected 0 or more');
      return clean({ xml: c.string('xml'), targetIndex, extra: c.extra() });
    }),
    extra: r.extra(),
  });
}

/** Drops undefined fields so that objects compare and serialise the same whichever way they were made. A copy,
 *  not `delete`: deleting a property turns a V8 object into a slow dictionary, and every later read of a topology
 *  (validate, export, the canvas) would pay for it. */
function clean<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The file text for a topology: stable key order, known fields first, unknown ones after, 2-space indent. */
export function serializeTopology(t: Topology): string {
  return JSON.stringify(toJson(t), null, 2) + '\n';
}

/** The plain JSON object of a topology, `extra` fields merged back in. */
export function toJson(t: Topology): Record<string, unknown> {
  return withExtra({
    format: t.format,
    name: t.name,
    settings: withExtra({ preset: t.settings.preset, networkTTL: t.settings.networkTTL, activemqVersion: t.settings.activemqVersion, target: t.settings.target }, t.settings.extra),
    brokers: t.brokers.map(brokerJson),
    links: t.links.map(linkJson),
  }, t.extra);
}

// Fields in the file's order, whatever order an edit added them in (a link made duplex after its credentials were
// set): the same topology always serialises to the same text, and a file read back writes the same bytes.
// Fields a later version adds to Link come after these, rather than being dropped.
function linkJson(l: Link): Record<string, unknown> {
  const known: Record<string, unknown> = {
    from: l.from, to: l.to, name: l.name, duplex: l.duplex, transport: l.transport, userName: l.userName, password: l.password,
    networkTTL: l.networkTTL, backups: l.backups,
  };
  for (const [k, v] of Object.entries(l)) if (!(k in known) && k !== 'connectors' && k !== 'extra') known[k] = v;
  known.connectors = l.connectors?.map((c) => withExtra({ ...c, extra: undefined }, c.extra));
  return withExtra(known, l.extra);
}

function brokerJson(b: Broker): Record<string, unknown> {
  return withExtra({
    name: b.name,
    role: b.role,
    host: b.host,
    location: b.location,
    transports: b.transports.map((x) => withExtra({ ...x, extra: undefined }, x.extra)),
    users: b.users?.map((u) => withExtra({ ...u, extra: undefined }, u.extra)),
    authorization: b.authorization?.map((a) => withExtra({ ...a, extra: undefined }, a.extra)),
    ssl: b.ssl && withExtra({ ...b.ssl, extra: undefined }, b.ssl.extra),
    servers: groupJson(b.servers),
    clients: groupJson(b.clients),
    position: b.position,
    deploymentMode: b.deploymentMode,
    endpoint: b.endpoint,
    imported: b.imported && withExtra({ ...b.imported, extra: undefined }, b.imported.extra),
  }, b.extra);
}

function withExtra(known: Record<string, unknown>, extra: Extra | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(known)) if (v !== undefined) out[k] = v;
  if (extra) for (const [k, v] of Object.entries(extra)) if (!Object.hasOwn(out, k)) defineField(out, k, v);
  return out;
}
