// plain-port-open: fires for each plain OpenWire or STOMP listener on a non-loopback address of a broker that
// offers SSL; silent without SSL, on loopback, for other protocols and for external brokers.

import { describe, expect, it } from 'vitest';
import { type Broker, type Topology, validate } from '../../../src/model';
import { codeMeta } from '../../../src/model/validate/catalogue';

function one(transports: string[], extra: Partial<Broker> = {}): Topology {
  return {
    format: 'amq-topology/1', settings: { preset: 'plain' }, links: [],
    brokers: [{ name: 'b', role: 'broker', host: 'b.example.net', transports: transports.map((uri, i) => ({ name: `t${i}`, uri })), ...extra }],
  };
}
const fired = (t: Topology) => validate(t).filter((d) => d.code === 'plain-port-open');

describe('plain-port-open', () => {
  it('fires for plain OpenWire and plain STOMP beside an SSL transport, one warning each', () => {
    const d = fired(one(['ssl://0.0.0.0:61617', 'tcp://0.0.0.0:61616', 'stomp+nio://10.0.0.5:61613', 'nio://[::]:61618']));
    expect(d.map((x) => x.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(d[0].brokers).toEqual(['b']);
    expect(d[0].message).toContain('plain transport "t1" (tcp://0.0.0.0:61616)');
    expect(d[1].message).toContain('plain STOMP');
  });

  it('fires when the SSL transport is STOMP over SSL', () => {
    expect(fired(one(['stomp+ssl://0.0.0.0:61612', 'stomp://0.0.0.0:61613']))).toHaveLength(1);
  });

  it('is silent without SSL, on loopback, for other protocols and for external brokers', () => {
    expect(fired(one(['tcp://0.0.0.0:61616', 'stomp://0.0.0.0:61613']))).toEqual([]);
    expect(fired(one(['ssl://0.0.0.0:61617', 'tcp://127.0.0.1:61616', 'stomp://localhost:61613', 'tcp://[::1]:61618']))).toEqual([]);
    expect(fired(one(['ssl://0.0.0.0:61617', 'amqp://0.0.0.0:5672', 'mqtt://0.0.0.0:1883', 'ws://0.0.0.0:61614']))).toEqual([]);
    expect(fired(one(['ssl://0.0.0.0:61617', 'tcp://0.0.0.0:61616'], { role: 'external' }))).toEqual([]);
  });

  it('has its catalogue entry', () => {
    expect(codeMeta('plain-port-open')).toMatchObject({ severities: ['warning'], fixable: true });
  });
});
