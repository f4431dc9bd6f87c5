// parseTopology refusals: line/column for bad JSON, the JSON path for wrong types, allowed values for role/preset.

import { describe, expect, it } from 'vitest';
import { parseTopology, TopologyError } from '../../../src/model';

function refusal(text: string, file?: string): TopologyError {
  try {
    parseTopology(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(TopologyError);
    return e as TopologyError;
  }
  throw new Error(`accepted: ${text}`);
}

const doc = (o: Record<string, unknown>) => JSON.stringify({ format: 'amq-topology/1', ...o }, null, 2);
const broker = (o: Record<string, unknown> = {}) => ({ name: 'b', host: 'b.example', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }], ...o });

describe('bad JSON: line and column', () => {
  it.each([
    // [text, line, column], positions worked out by hand (1-based)
    ['{"format": "amq-topology/1",}', 1, 29],
    ['{\n  "format": "amq-topology/1",\n  "brokers": [\n    {"name": "a",}\n  ]\n}', 4, 18],
    ['{\n\t"format": \'amq-topology/1\'\n}', 2, 12],
    ['{"a": 1} x', 1, 10],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": tru}', 1, 10],
  ])('%j → line %i, column %i', (text, line, column) => {
    const e = refusal(text, 'f.amq.json');
    expect(e.location).toMatchObject({ line, column, file: 'f.amq.json' });
    expect(e.message).toContain(`f.amq.json line ${line}, column ${column}`);
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('truncated text is reported at its end', () => {
    const text = '{\n  "format": "amq-topology/1",\n  "brokers": [{"name": "a"';
    const e = refusal(text);
    expect(e.location).toMatchObject({ line: 3, column: text.split('\n')[2].length + 1 });
    expect(e.message).toMatch(/ends too early/);
  });
});

describe('wrong types: JSON path', () => {
  it.each([
    [doc({ brokers: [broker(), broker({ transports: [{ name: 'x', uri: 61616 }] })] }), 'brokers[1].transports[0].uri'],
    [doc({ brokers: {} }), 'brokers'],
    [doc({ brokers: ['b'] }), 'brokers[0]'],
    [doc({ brokers: [broker({ name: 7 })] }), 'brokers[0].name'],
    [doc({ brokers: [{ host: 'x' }] }), 'brokers[0].name'],
    [doc({ brokers: [broker({ users: [{ username: 'u', password: 'p', groups: ['a', 5] }] })] }), 'brokers[0].users[0].groups[1]'],
    [doc({ brokers: [broker({ authorization: [{ topic: '>', read: 'admins' }] })] }), 'brokers[0].authorization[0].read'],
    [doc({ brokers: [broker({ ssl: { trustStore: false } })] }), 'brokers[0].ssl.trustStore'],
    [doc({ brokers: [broker({ position: { x: 'left', y: 0 } })] }), 'brokers[0].position.x'],
    [doc({ links: [{ from: 'a', to: 'b', duplex: 'yes' }] }), 'links[0].duplex'],
    [doc({ links: [{ from: 'a', to: 'b' }, { from: 'a', to: 'b', networkTTL: 1.5 }] }), 'links[1].networkTTL'],
    [doc({ links: [{ from: 'a', to: 'b', networkTTL: 0 }] }), 'links[0].networkTTL'],
    [doc({ links: [{ from: 'a', to: 'b', backups: 'h2' }] }), 'links[0].backups'],
    [doc({ links: [{ from: 'a' }] }), 'links[0].to'],
    [doc({ settings: { networkTTL: '2' } }), 'settings.networkTTL'],
    [doc({ settings: [] }), 'settings'],
    [doc({ name: null }), 'name'],
  ])('%# → %s', (text, path) => {
    const e = refusal(text, 'net.amq.json');
    expect(e.location.path).toBe(path);
    expect(e.message).toContain(`at ${path}:`);
    expect(e.message).toContain('net.amq.json');
  });

  it('an authorization entry must name exactly one destination kind', () => {
    const e = refusal(doc({ brokers: [broker({ authorization: [{ topic: '>', queue: '>', read: ['a'] }] })] }));
    expect(e.location.path).toMatch(/^brokers\[0\]\.authorization\[0\]/);
  });
});

describe('format, role and preset values', () => {
  it.each([
    ['{}', 'nothing'],
    ['{"format": "amq-topology/2"}', 'amq-topology/2'],
    ['{"format": 1}', '1'],
  ])('%s is refused as not amq-topology/1', (text, found) => {
    const e = refusal(text);
    expect(e.location.path).toBe('format');
    expect(e.message).toContain('amq-topology/1');
    expect(e.message).toContain(found);
  });

  it('an unknown role is refused with the allowed roles', () => {
    const e = refusal(doc({ brokers: [broker(), broker({ name: 'c', role: 'hub' })] }));
    expect(e.location.path).toBe('brokers[1].role');
    for (const word of ['noc', 'broker', 'external', 'hub']) expect(e.message).toContain(`"${word}"`);
  });

  it('an unknown preset is refused with the allowed presets', () => {
    const e = refusal(doc({ settings: { preset: 'fancy' } }));
    expect(e.location.path).toBe('settings.preset');
    for (const word of ['mcollective', 'plain', 'fancy']) expect(e.message).toContain(`"${word}"`);
  });
});
