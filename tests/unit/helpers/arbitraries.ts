// Test helper: fast-check arbitraries for whole topologies with hostile names, URIs, credentials and extra fields.

import fc from 'fast-check';
import type { AuthorizationEntry, Broker, Extra, Link, Topology, Transport, User } from '../../../src/model';

const PIECES = ['"', "'", '<', '>', '&', ']]>', '--', '-', '---', '<!--', '-->', '${x}', '&amp;', '\n', '\t', '\r', ' ', 'é', '日本', '😀',
  '\u0000', '\u0001', '\u001f', '\uFFFE', '\uD800', '\uDC00', '/', '\\', ':', '.', '_', 'localhost', 'a', 'b', '1'];

/** Strings built to break escaping: XML specials, comment and CDATA ends, control characters, lone surrogates, unicode. */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('', 'a', 'b', 'a b', 'a_b', 'noc'),
);

/** Broker names: mostly a small pool (so links hit them and names collide), sometimes hostile. */
const brokerName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('noc', 'dc1', 'dc2', 'de', 'a b', 'a_b', 'localhost') }, { weight: 2, arbitrary: hostile });

const SCHEMES = ['tcp', 'ssl', 'nio', 'nio+ssl', 'auto', 'auto+nio+ssl', 'stomp', 'stomp+nio', 'stomp+ssl', 'amqp', 'ws', 'multicast', 'vm'];
const uri = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SCHEMES), fc.constantFrom('0.0.0.0', '127.0.0.1', '[::]', 'h1', ''), fc.constantFrom('', ':61616', ':61613', ':0', ':65535', ':99999'), fc.constantFrom('', '?a=1&b=2', '?x=<y>'))
    .map(([s, h, p, q]) => `${s}://${h}${p}${q}`) },
  { weight: 1, arbitrary: hostile },
);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const names = fc.array(hostile, { maxLength: 3 });

/** Unknown fields, as a loaded file keeps them. Keys avoid the known field names; values are any JSON. */
const KNOWN = new Set(['format', 'name', 'settings', 'brokers', 'links', 'preset', 'networkTTL', 'activemqVersion', 'role', 'host', 'location',
  'transports', 'users', 'authorization', 'ssl', 'position', 'uri', 'discoveryUri', 'username', 'password', 'groups', 'queue', 'topic', 'tempQueue',
  'tempTopic', 'read', 'write', 'admin', 'keyStore', 'keyStorePassword', 'trustStore', 'trustStorePassword', 'x', 'y', 'from', 'to', 'duplex',
  'transport', 'userName', 'backups', 'imported', 'connectors', 'target', 'deploymentMode', 'endpoint']);

/** JSON values as a file holds them (a file cannot hold -0, so it is normalised to 0). */
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

export function extraArb(keys: fc.Arbitrary<string>): fc.Arbitrary<Extra | undefined> {
  const entries = fc.array(fc.tuple(keys.filter((k) => !KNOWN.has(k)), json), { minLength: 1, maxLength: 3 });
  // Object.fromEntries defines own properties, so even a key like "__proto__" is a real field here.
  return maybe(entries.map((e) => Object.fromEntries(e) as Extra));
}

/**
 * Ordinary unknown field names, as a newer version of the designer would write them. Names that exist on
 * Object.prototype ("constructor", "valueOf", "__proto__"…) are left out here and tried on purpose by `hostileKeys`
 * (tests/unit/properties/roundtrip.test.ts), so a failure says which of the two went wrong.
 */
export const plainKeys = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in Object.prototype));

/** Field names including every Object.prototype member name. */
export const hostileKeys = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)));

type Opt = { extra: fc.Arbitrary<Extra | undefined> };

/** Drops undefined fields, as a loaded topology has none. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const transportArb = ({ extra }: Opt): fc.Arbitrary<Transport> =>
  fc.record({ name: fc.oneof(fc.constantFrom('openwire', 'stomp'), hostile), uri, discoveryUri: maybe(fc.oneof(fc.constant('multicast://default'), hostile)), extra }).map(clean);

const userArb = ({ extra }: Opt): fc.Arbitrary<User> => fc.record({ username: hostile, password: hostile, groups: names, extra }).map(clean);

const entryArb = ({ extra }: Opt): fc.Arbitrary<AuthorizationEntry> =>
  fc.record({
    kind: fc.oneof(hostile.map((queue) => ({ queue })), hostile.map((topic) => ({ topic })), fc.constant({ tempQueue: true }), fc.constant({ tempTopic: true })),
    read: names, write: names, admin: names, extra,
  }).map(({ kind, ...rest }) => clean({ ...kind, ...rest }));

const brokerArb = (name: string, o: Opt): fc.Arbitrary<Broker> =>
  fc.record({
    name: fc.constant(name),
    role: fc.constantFrom('noc', 'broker', 'external'),
    host: fc.oneof(fc.constantFrom('h1', 'h2', 'H1', ''), hostile),
    location: maybe(hostile),
    transports: fc.array(transportArb(o), { maxLength: 3 }),
    users: maybe(fc.array(userArb(o), { maxLength: 2 })),
    authorization: maybe(fc.array(entryArb(o), { maxLength: 2 })),
    ssl: maybe(fc.record({ keyStore: maybe(hostile), keyStorePassword: maybe(hostile), trustStore: maybe(hostile), trustStorePassword: maybe(hostile), extra: o.extra }).map(clean)),
    // A position keeps its unknown fields inline, next to x and y.
    position: maybe(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }), more: o.extra })
      .map(({ more, ...xy }) => ({ ...xy, ...more }))),
    deploymentMode: maybe(fc.constantFrom('single' as const, 'active-standby' as const)),
    endpoint: maybe(fc.oneof(fc.constant('b-1234abcd-1.mq.eu-west-1.amazonaws.com'), hostile)),
    extra: o.extra,
  }).map(clean);

/** A link end: usually one of the brokers, sometimes a name no broker has. */
const linkArb = (brokers: string[], o: Opt): fc.Arbitrary<Link> => {
  const end = brokers.length ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...brokers) }, { weight: 1, arbitrary: hostile }) : hostile;
  return fc.record({
    from: end, to: end, name: maybe(hostile), duplex: maybe(fc.boolean()), transport: maybe(fc.oneof(fc.constantFrom('openwire', 'stomp'), hostile)),
    userName: maybe(hostile), password: maybe(hostile), networkTTL: maybe(fc.constantFrom(-1, 1, 2, 3, 10)),
    backups: maybe(fc.array(hostile, { maxLength: 2 })), extra: o.extra,
  }).map(clean);
};

/** Whole topologies. `extra` decides whether (and which) unknown fields appear at every level; default none. */
export function topologyArb(extra: fc.Arbitrary<Extra | undefined> = fc.constant(undefined)): fc.Arbitrary<Topology> {
  const o = { extra };
  return fc.array(brokerName, { maxLength: 6 }).chain((brokerNames) =>
    fc.record({
      format: fc.constant('amq-topology/1' as const),
      name: maybe(hostile),
      settings: fc.record({ preset: fc.constantFrom('mcollective' as const, 'plain' as const), networkTTL: maybe(fc.constantFrom(-1, 1, 2, 3)), activemqVersion: maybe(hostile), extra }).map(clean),
      brokers: fc.tuple(...brokerNames.map((n) => brokerArb(n, o))),
      links: fc.array(linkArb(brokerNames, o), { maxLength: 8 }),
      extra,
    }).map(clean),
  );
}
