// The topology file's `servers` and `clients` fields of a broker (issue 7): reading them strictly, with the path of
// what is wrong, and writing them back with their unknown fields; plus the defaults both sides of the model share.

import { defineField, type FieldReader } from './fieldReader';
import type { Broker, ClientGroup, ServerGroup } from './types';

export const DEFAULT_SERVER_USER = 'mcollective';
export const DEFAULT_CLIENT_USER = 'admin';

export function readServerGroup(r: FieldReader): ServerGroup {
  const name = r.string('name');
  const count = r.optInteger('count');
  if (count === undefined) r.fail('count', 'expected the number of servers, found nothing');
  if (count < 0) r.fail('count', `expected 0 or more servers, found ${count}`);
  return clean({ name, count, user: r.optString('user'), failover: readFailover(r), extra: r.extra() });
}

export function readClientGroup(r: FieldReader): ClientGroup {
  return clean({ name: r.string('name'), user: r.optString('user'), failover: readFailover(r), extra: r.extra() });
}

function readFailover(r: FieldReader): string[] | undefined {
  if (!r.has('failover')) return (r.raw('failover'), undefined);
  const list = r.stringList('failover');
  list.forEach((name, i) => { if (name === '') r.fail(`failover[${i}]`, 'expected a broker name, found an empty text'); });
  return list;
}

/** The JSON of a group: known fields first, unknown ones after (the same rule as every other level). */
export function groupJson(g: ServerGroup | ClientGroup | undefined): Record<string, unknown> | undefined {
  if (!g) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...g, extra: undefined })) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(g.extra ?? {})) if (!Object.hasOwn(out, k)) defineField(out, k, v);
  return out;
}

/** The user a group logs in as. */
export function serverUser(b: Broker): string {
  return b.servers?.user ?? DEFAULT_SERVER_USER;
}

export function clientUser(b: Broker): string {
  return b.clients?.user ?? DEFAULT_CLIENT_USER;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
