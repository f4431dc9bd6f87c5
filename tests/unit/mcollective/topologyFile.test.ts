// The new broker fields `servers` and `clients` in the topology file: round trip (unknown fields inside them kept),
// refusals with the JSON path, and the export of topologies without them unchanged.

import { describe, expect, it } from 'vitest';
import { buildZip, examples, exportFiles, parseTopology, serializeTopology, TopologyError } from '../../../src/model';
import { countriesWithGroups } from './helpers';

const doc = (b: Record<string, unknown>) => JSON.stringify({ format: 'amq-topology/1', brokers: [{ name: 'a', role: 'noc', ...b }] });

function refusal(text: string): TopologyError {
  try {
    parseTopology(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TopologyError);
    return e as TopologyError;
  }
  throw new Error(`accepted: ${text}`);
}

describe('round trip', () => {
  it('servers and clients survive save → open → save byte for byte, unknown fields included', () => {
    const text = doc({
      servers: { name: 'web', count: 40, user: 'mco', failover: ['b', 'c'], tags: ['x'] },
      clients: { name: 'ops', failover: ['b'], colour: 'blue' },
      later: 1,
    });
    const t = parseTopology(text);
    expect(t.brokers[0].servers).toEqual({ name: 'web', count: 40, user: 'mco', failover: ['b', 'c'], extra: { tags: ['x'] } });
    expect(t.brokers[0].clients).toEqual({ name: 'ops', failover: ['b'], extra: { colour: 'blue' } });
    const saved = serializeTopology(t);
    expect(serializeTopology(parseTopology(saved))).toBe(saved);
    const json = JSON.parse(saved);
    expect(json.brokers[0].servers).toEqual({ name: 'web', count: 40, user: 'mco', failover: ['b', 'c'], tags: ['x'] });
    expect(json.brokers[0].clients).toEqual({ name: 'ops', failover: ['b'], colour: 'blue' });
    expect(json.brokers[0].later).toBe(1);
  });

  it('an example with groups round-trips to an equal topology', () => {
    const t = countriesWithGroups();
    expect(parseTopology(serializeTopology(t))).toEqual(JSON.parse(JSON.stringify(t)));
  });

  it('absent groups stay absent (no empty objects written)', () => {
    const t = parseTopology(doc({}));
    expect('servers' in t.brokers[0] || 'clients' in t.brokers[0]).toBe(false);
    expect(serializeTopology(t)).not.toMatch(/servers|clients/);
  });
});

describe('refusals name the path', () => {
  it.each([
    [{ servers: 'web' }, 'brokers[0].servers', /expected an object/],
    [{ servers: { count: 1 } }, 'brokers[0].servers.name', /expected a string, found nothing/],
    [{ servers: { name: 'w' } }, 'brokers[0].servers.count', /number of servers, found nothing/],
    [{ servers: { name: 'w', count: 1.5 } }, 'brokers[0].servers.count', /whole number/],
    [{ servers: { name: 'w', count: -1 } }, 'brokers[0].servers.count', /0 or more/],
    [{ servers: { name: 'w', count: 1, user: 7 } }, 'brokers[0].servers.user', /expected a string/],
    [{ servers: { name: 'w', count: 1, failover: 'b' } }, 'brokers[0].servers.failover', /list of strings/],
    [{ servers: { name: 'w', count: 1, failover: ['b', 2] } }, 'brokers[0].servers.failover[1]', /expected a string/],
    [{ clients: { name: 'o', failover: [''] } }, 'brokers[0].clients.failover[0]', /broker name/],
    [{ clients: [] }, 'brokers[0].clients', /expected an object, found a list/],
    [{ clients: { name: null } }, 'brokers[0].clients.name', /expected a string, found null/],
  ])('%j → %s', (fields, path, message) => {
    const e = refusal(doc(fields));
    expect(e.location.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(`at ${path}`);
  });
});

describe('topologies without the fields export as before', () => {
  it.each(examples.map((e) => [e.id]))('%s: no cfg file, no cfg line in the README', (id) => {
    const files = exportFiles(examples.find((e) => e.id === id)!.topology);
    expect(files.filter((f) => f.path.endsWith('.cfg'))).toEqual([]);
    expect(files.find((f) => f.path === 'README.txt')!.content).not.toMatch(/\.cfg/);
  });

  it('adding groups leaves every activemq.xml byte-identical and only adds cfg files', () => {
    const before = exportFiles(examples.find((e) => e.id === 'noc-and-countries')!.topology);
    const after = exportFiles(countriesWithGroups());
    const xml = (fs: typeof before) => fs.filter((f) => f.path.endsWith('.xml'));
    expect(xml(after)).toEqual(xml(before));
    expect(after.map((f) => f.path).filter((p) => !before.some((b) => b.path === p)).every((p) => p.endsWith('.cfg'))).toBe(true);
  });

  it('fields set to undefined give the same zip as absent ones', () => {
    const t = structuredClone(examples[0].topology);
    const u = structuredClone(t);
    for (const b of u.brokers) Object.assign(b, { servers: undefined, clients: undefined });
    expect(Buffer.from(buildZip(u)).equals(Buffer.from(buildZip(t)))).toBe(true);
  });
});
