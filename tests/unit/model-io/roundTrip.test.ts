// The topology file's defaults, unknown fields kept at every level on save, and stable serialisation.

import { describe, expect, it } from 'vitest';
import { examples, parseTopology, serializeTopology } from '../../../src/model';

describe('defaults', () => {
  it('preset mcollective, role broker, empty lists when absent', () => {
    const t = parseTopology('{"format": "amq-topology/1", "brokers": [{"name": "a"}], "links": [{"from": "a", "to": "b"}]}');
    expect(t.settings.preset).toBe('mcollective');
    expect(t.brokers[0].role).toBe('broker');
    expect(t.brokers[0].transports).toEqual([]);
    expect(t.links[0].duplex).toBeUndefined();
    expect(parseTopology('{"format": "amq-topology/1"}')).toMatchObject({ brokers: [], links: [], settings: { preset: 'mcollective' } });
  });

  it('settings without a preset still default to mcollective; an explicit plain is kept', () => {
    expect(parseTopology('{"format": "amq-topology/1", "settings": {"networkTTL": 3}}').settings).toEqual({ preset: 'mcollective', networkTTL: 3 });
    expect(parseTopology('{"format": "amq-topology/1", "settings": {"preset": "plain"}}').settings.preset).toBe('plain');
  });

  it('networkTTL -1 (unlimited) is accepted', () => {
    expect(parseTopology('{"format": "amq-topology/1", "links": [{"from": "a", "to": "b", "networkTTL": -1}]}').links[0].networkTTL).toBe(-1);
  });
});

// Every object level of the format, each with a field this version does not know.
const WITH_UNKNOWN = {
  format: 'amq-topology/1',
  name: 'n',
  settings: { preset: 'plain', futureSetting: { deep: [1, 2] } },
  brokers: [{
    name: 'a', role: 'noc', host: 'a.example',
    transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616', tuning: { soTimeout: 5 } }],
    users: [{ username: 'u', password: 'p', groups: ['g'], mfa: true }],
    authorization: [{ topic: '>', read: ['g'], write: ['g'], admin: ['g'], comment: 'all' }],
    ssl: { trustStore: 't.jks', protocol: 'TLSv1.3' },
    position: { x: 1, y: 2, z: 3 },
    colour: 'red',
  }],
  links: [{ from: 'a', to: 'b', uri: 'multicast://default', extra: { nested: 'x' } }],
  savedBy: 'designer 9',
};

describe('unknown fields', () => {
  const back = JSON.parse(serializeTopology(parseTopology(JSON.stringify(WITH_UNKNOWN)))) as typeof WITH_UNKNOWN;

  it('are kept at the top level and in settings', () => {
    expect(back.savedBy).toBe('designer 9');
    expect(back.settings.futureSetting).toEqual({ deep: [1, 2] });
  });

  it('are kept in brokers, transports, users, authorization entries and ssl', () => {
    const b = back.brokers[0];
    expect(b.colour).toBe('red');
    expect(b.transports[0].tuning).toEqual({ soTimeout: 5 });
    expect(b.users[0].mfa).toBe(true);
    expect(b.authorization[0].comment).toBe('all');
    expect(b.ssl.protocol).toBe('TLSv1.3');
  });

  it('are kept in positions', () => {
    expect(back.brokers[0].position).toEqual({ x: 1, y: 2, z: 3 });
  });

  it('are kept in links, even one called "extra"', () => {
    expect(back.links[0].uri).toBe('multicast://default');
    expect(back.links[0].extra).toEqual({ nested: 'x' });
  });

  it('the whole document comes back equal', () => {
    expect(back).toEqual(WITH_UNKNOWN);
  });
});

describe('serializeTopology', () => {
  it.each(examples.map((e) => [e.id, e.topology] as const))('%s: parse(serialize(t)) equals t and re-serialises to the same text', (_id, t) => {
    const text = serializeTopology(t);
    expect(parseTopology(text)).toEqual(t);
    expect(serializeTopology(parseTopology(text))).toBe(text);
  });

  it('writes the same text whatever the key order of the input', () => {
    const a = '{"format": "amq-topology/1", "name": "x", "brokers": [{"name": "a", "host": "h", "role": "noc", "q": 1}], "links": [{"to": "a", "from": "b", "duplex": true}]}';
    const b = '{"links": [{"duplex": true, "from": "b", "to": "a"}], "brokers": [{"q": 1, "role": "noc", "host": "h", "name": "a"}], "name": "x", "format": "amq-topology/1"}';
    expect(serializeTopology(parseTopology(b))).toBe(serializeTopology(parseTopology(a)));
  });

  it('puts format first and ends with a newline, two-space indented', () => {
    const text = serializeTopology(examples[0].topology);
    expect(text.startsWith('{\n  "format": "amq-topology/1",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
