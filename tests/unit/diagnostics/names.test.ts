// Naming diagnostics: duplicate-broker-name and invalid-broker-name (R1), duplicate-connector-name (R2 error, R3 warning).

import { describe, expect, it } from 'vitest';
import { broker, link, only, sorted, topology } from '../helpers/build';
import { expectReadable, single } from '../helpers/checks';

describe('duplicate-broker-name (R1)', () => {
  it('fires as an error on two brokers with the same name', () => {
    const d = single(only(topology(['x', 'x', 'y']), 'duplicate-broker-name'));
    expect(d.severity).toBe('error');
    expect(d.brokers).toEqual(['x']);
  });

  it('fires when names differ only in characters ActiveMQ sanitises to "_"', () => {
    const d = single(only(topology(['a b', 'a_b']), 'duplicate-broker-name'));
    expect(d.severity).toBe('error');
    expect(sorted(d.brokers)).toEqual(['a b', 'a_b']);
  });

  it('reports three colliding names in one diagnostic', () => {
    const d = single(only(topology(['a b', 'a/b', 'a_b', 'other']), 'duplicate-broker-name'));
    expect(sorted(d.brokers)).toEqual(['a b', 'a/b', 'a_b']);
  });

  it('treats non-ASCII letters as outside the allowed set', () => {
    expect(sorted(single(only(topology(['café', 'caf_']), 'duplicate-broker-name')).brokers)).toEqual(['caf_', 'café']);
    expect(only(topology(['café', 'cafe']), 'duplicate-broker-name')).toEqual([]);
  });

  it('is silent when the characters that differ are all allowed ([A-Za-z0-9._:-])', () => {
    expect(only(topology(['a.b', 'a_b', 'a-b', 'a:b', 'ab']), 'duplicate-broker-name')).toEqual([]);
    expect(only(topology(['A', 'a']), 'duplicate-broker-name')).toEqual([]);
  });
});

describe('invalid-broker-name (R1)', () => {
  it('warns about a name ActiveMQ would rewrite', () => {
    for (const name of ['a b', 'dc/1', 'noc"1', 'zürich']) {
      const d = single(only(topology([name, 'ok']), 'invalid-broker-name'));
      expect(d.severity).toBe('warning');
      expect(d.brokers).toEqual([name]);
    }
  });

  it('warns about an empty name', () => {
    const d = only(topology(['', 'ok']), 'invalid-broker-name');
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe('warning');
    expect(d[0].brokers).toEqual(['']);
  });

  it('warns about "localhost" in a network, and not in a lone broker', () => {
    const d = single(only(topology(['localhost', 'b'], ['localhost<>b']), 'invalid-broker-name'));
    expect(d.severity).toBe('warning');
    expect(d.brokers).toEqual(['localhost']);
    expect(only(topology(['localhost']), 'invalid-broker-name')).toEqual([]);
  });

  it('is silent on names made only of allowed characters', () => {
    expect(only(topology(['noc-1.example:east_2', 'B.9'], ['noc-1.example:east_2<>B.9']), 'invalid-broker-name')).toEqual([]);
  });

  it('is silent on external brokers, which are never exported', () => {
    expect(only(topology([broker('a b', { role: 'external' }), 'ok']), 'invalid-broker-name')).toEqual([]);
  });
});

describe('duplicate-connector-name (R2, R3)', () => {
  const sameBroker = (preset: 'plain' | 'mcollective') =>
    topology(['a', 'b', 'c'], [link('a<>b', { name: 'x' }), link('a<>c', { name: 'x' })], { preset });

  it('is an error for two connectors of one broker with the same name (plain: one connector per link)', () => {
    const list = only(sameBroker('plain'), 'duplicate-connector-name');
    const d = single(list);
    expect(d.severity).toBe('error');
    expect(d.brokers).toEqual(['a']);
    expect(d.links).toEqual(['x']);
    expect(d.message).toContain('"x"');
  });

  it('under mcollective both emitted names collide, "x-topics" and "x-queues", on broker a', () => {
    const list = only(sameBroker('mcollective'), 'duplicate-connector-name');
    expect(list.length).toBeGreaterThanOrEqual(1);
    for (const d of list) {
      expectReadable(d);
      expect(d.severity).toBe('error');
      expect(d.brokers).toEqual(['a']);
      expect(d.links).toEqual(['x']);
    }
    const text = list.map((d) => d.message).join(' ');
    expect(text).toContain('x-topics');
    expect(text).toContain('x-queues');
  });

  it('is a warning, not an error, when the brokers holding the same name differ', () => {
    for (const preset of ['plain', 'mcollective'] as const) {
      const t = topology(['a', 'b', 'c'], [link('a<>b', { name: 'x' }), link('c<>b', { name: 'x' })], { preset });
      const list = only(t, 'duplicate-connector-name');
      expect(list.length).toBeGreaterThanOrEqual(1);
      for (const d of list) {
        expectReadable(d);
        expect(d.severity).toBe('warning');
        expect(sorted(d.brokers)).toEqual(['a', 'c']);
      }
    }
  });

  it('catches default names that coincide: broker "a-b" to "c" and broker "a" to "b-c" are both "a-b-c"', () => {
    const t = topology(['a-b', 'c', 'a', 'b-c'], ['a-b<>c', 'a<>b-c'], { preset: 'plain' });
    const d = single(only(t, 'duplicate-connector-name'));
    expect(d.severity).toBe('warning');
    expect(sorted(d.brokers)).toEqual(['a', 'a-b']);
  });

  it('is silent when default names differ, including a simplex pair a>b, b>a', () => {
    for (const preset of ['plain', 'mcollective'] as const) {
      expect(only(topology(['a', 'b', 'c'], ['a<>b', 'a<>c'], { preset }), 'duplicate-connector-name')).toEqual([]);
      expect(only(topology(['a', 'b'], ['a>b', 'b>a'], { preset }), 'duplicate-connector-name')).toEqual([]);
    }
  });

  it('is silent on names that only share a prefix ("x" and "x-topics") under both presets', () => {
    for (const preset of ['plain', 'mcollective'] as const) {
      const t = topology(['a', 'b', 'c'], [link('a<>b', { name: 'x' }), link('a<>c', { name: 'x-topics' })], { preset });
      expect(only(t, 'duplicate-connector-name')).toEqual([]);
    }
  });
});
