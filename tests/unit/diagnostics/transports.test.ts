// Transport diagnostics: port-conflict, wrong-target-transport (R12) and multicast-discovery (R16).

import { describe, expect, it } from 'vitest';
import { broker, link, only, sorted, topology } from '../helpers/build';
import { single } from '../helpers/checks';

const ow = (uri: string, name = 'openwire') => ({ name, uri });

describe('port-conflict', () => {
  it('fires on two brokers of one host binding the same ports, once per port', () => {
    const t = topology([broker('a', { host: 'h1' }), broker('b', { host: 'h1' })], ['a<>b']);
    const list = only(t, 'port-conflict');
    expect(list).toHaveLength(2); // 61616 and 61613 are both taken twice
    for (const d of list) {
      single([d]);
      expect(d.severity).toBe('error');
      expect(sorted(d.brokers)).toEqual(['a', 'b']);
    }
    expect(list.map((d) => d.message).join(' ')).toMatch(/61616[\s\S]*61613|61613[\s\S]*61616/);
  });

  it('compares host names without regard to case', () => {
    const t = topology([broker('a', { host: 'H1.example.net' }), broker('b', { host: 'h1.EXAMPLE.net' })]);
    expect(only(t, 'port-conflict')).toHaveLength(2);
  });

  it('fires on two transports of one broker on the same port', () => {
    const d = single(only(topology([broker('a', { transports: [ow('tcp://0.0.0.0:61616'), ow('nio://0.0.0.0:61616', 'nio')] })]), 'port-conflict'));
    expect(d.brokers).toEqual(['a']);
  });

  it('fires when one side binds every interface and the other one address', () => {
    const t = topology([broker('a', { host: 'h1', transports: [ow('tcp://0.0.0.0:61616')] }), broker('b', { host: 'h1', transports: [ow('tcp://10.0.0.2:61616')] })]);
    expect(sorted(single(only(t, 'port-conflict')).brokers)).toEqual(['a', 'b']);
  });

  it('is silent on different hosts, on different ports, and on distinct bind addresses', () => {
    expect(only(topology(['a', 'b'], ['a<>b']), 'port-conflict')).toEqual([]);
    const ports = topology([
      broker('a', { host: 'h1', transports: [ow('tcp://0.0.0.0:61616'), ow('stomp://0.0.0.0:61613', 'stomp')] }),
      broker('b', { host: 'h1', transports: [ow('tcp://0.0.0.0:61617'), ow('stomp://0.0.0.0:61614', 'stomp')] }),
    ]);
    expect(only(ports, 'port-conflict')).toEqual([]);
    const binds = topology([broker('a', { host: 'h1', transports: [ow('tcp://10.0.0.1:61616')] }), broker('b', { host: 'h1', transports: [ow('tcp://10.0.0.2:61616')] })]);
    expect(only(binds, 'port-conflict')).toEqual([]);
  });

  it('ignores external brokers, which this design does not start', () => {
    expect(only(topology([broker('a', { host: 'h1' }), broker('b', { host: 'h1', role: 'external' })]), 'port-conflict')).toEqual([]);
  });
});

describe('wrong-target-transport (R12)', () => {
  it('fires on a link that dials the STOMP transport', () => {
    const d = single(only(topology(['a', 'b'], [link('a<>b', { transport: 'stomp' })]), 'wrong-target-transport'));
    expect(d.severity).toBe('error');
    expect(sorted(d.brokers)).toEqual(['a', 'b']);
    expect(d.links).toEqual(['a-b']);
  });

  it('fires when the target has no OpenWire transport at all', () => {
    const t = topology(['a', broker('b', { transports: [ow('stomp://0.0.0.0:61613', 'stomp'), ow('amqp://0.0.0.0:5672', 'amqp')] })], ['a<>b']);
    expect(sorted(single(only(t, 'wrong-target-transport')).brokers)).toEqual(['a', 'b']);
  });

  it('fires when the link names a transport the target lacks', () => {
    const d = single(only(topology(['a', 'b'], [link('a<>b', { transport: 'nosuch', name: 'ab' })]), 'wrong-target-transport'));
    expect(d.links).toEqual(['ab']);
    expect(d.message).toContain('nosuch');
  });

  it('is silent when the link dials the first OpenWire transport, even if STOMP is listed first', () => {
    const t = topology(['a', broker('b', { transports: [ow('stomp://0.0.0.0:61613', 'stomp'), ow('tcp://0.0.0.0:61616')] })], ['a<>b']);
    expect(only(t, 'wrong-target-transport')).toEqual([]);
  });

  it('is silent on every OpenWire scheme, named explicitly or not', () => {
    for (const scheme of ['tcp', 'ssl', 'nio', 'nio+ssl', 'auto', 'auto+nio+ssl']) {
      const b = broker('b', { transports: [ow(`${scheme}://0.0.0.0:61616`, 'ow')] });
      expect(only(topology(['a', b], ['a<>b']), 'wrong-target-transport'), scheme).toEqual([]);
      expect(only(topology(['a', b], [link('a<>b', { transport: 'ow' })]), 'wrong-target-transport'), scheme).toEqual([]);
    }
  });
});

describe('multicast-discovery (R16)', () => {
  it('warns about a transport advertised by multicast discovery', () => {
    const t = topology([broker('a', { transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616', discoveryUri: 'multicast://default' }] }), 'b'], ['a<>b']);
    const d = single(only(t, 'multicast-discovery'));
    expect(d.severity).toBe('warning');
    expect(d.brokers).toEqual(['a']);
  });

  it('warns about a multicast transport URI', () => {
    const d = single(only(topology([broker('a', { transports: [ow('tcp://0.0.0.0:61616'), ow('multicast://224.1.2.3:6255', 'mc')] })]), 'multicast-discovery'));
    expect(d.brokers).toEqual(['a']);
  });

  it('warns about an imported link whose connector finds peers by multicast (kept as extra.uri)', () => {
    const d = single(only(topology(['a', 'b'], [link('a<>b', { extra: { uri: 'multicast://default' } })]), 'multicast-discovery'));
    expect(d.severity).toBe('warning');
    expect(d.brokers).toEqual(['a']);
    expect(d.links).toEqual(['a-b']);
  });

  it('is silent on static transports, even on a host called "multicast"', () => {
    const t = topology([broker('a', { host: 'multicast.example.net', transports: [ow('tcp://multicast.example.net:61616')] }), 'b'], ['a<>b']);
    expect(only(t, 'multicast-discovery')).toEqual([]);
  });
});
