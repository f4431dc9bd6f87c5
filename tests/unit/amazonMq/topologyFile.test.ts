// The Amazon MQ fields of the topology file (CONTRACT section 1, second round): settings.target, and per broker
// deploymentMode and endpoint. Read strictly, written back, unknown fields beside them still kept.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTopology, serializeTopology, TopologyError } from '../../../src/model';
import { plainKeys, extraArb, topologyArb } from '../helpers/arbitraries';

const FILE = {
  format: 'amq-topology/1',
  settings: { preset: 'plain', activemqVersion: '5.18', target: 'amazon-mq', later: 1 },
  brokers: [
    { name: 'hub', role: 'broker', host: '', transports: [], deploymentMode: 'active-standby', endpoint: 'b-1111-1.mq.us-east-2.amazonaws.com', colour: 'red' },
    { name: 'spoke', role: 'broker', host: '', transports: [], deploymentMode: 'single' },
  ],
  links: [],
};

describe('Amazon MQ fields of the topology file', () => {
  it('are read into the model', () => {
    const t = parseTopology(JSON.stringify(FILE));
    expect(t.settings.target).toBe('amazon-mq');
    expect(t.settings.activemqVersion).toBe('5.18');
    expect(t.brokers[0].deploymentMode).toBe('active-standby');
    expect(t.brokers[0].endpoint).toBe('b-1111-1.mq.us-east-2.amazonaws.com');
    expect(t.brokers[1].deploymentMode).toBe('single');
    expect(t.brokers[1].endpoint).toBeUndefined();
  });

  it('are written back, with the unknown fields beside them', () => {
    const back = JSON.parse(serializeTopology(parseTopology(JSON.stringify(FILE))));
    expect(back).toEqual(FILE);
  });

  it('are absent when the file has none: target activemq is the default, not written', () => {
    const t = parseTopology('{"format": "amq-topology/1", "brokers": [{"name": "a"}]}');
    expect(t.settings.target).toBeUndefined();
    expect(serializeTopology(t)).not.toMatch(/target|deploymentMode|endpoint/);
  });

  it('refuse unknown values, naming the field', () => {
    expect(() => parseTopology('{"format": "amq-topology/1", "settings": {"target": "azure"}}')).toThrow(/target.*"activemq" or "amazon-mq".*azure/s);
    expect(() => parseTopology('{"format": "amq-topology/1", "brokers": [{"name": "a", "deploymentMode": "cluster"}]}')).toThrow(TopologyError);
    expect(() => parseTopology('{"format": "amq-topology/1", "brokers": [{"name": "a", "endpoint": 5}]}')).toThrow(/endpoint/);
  });

  it('survive save and load for generated networks with unknown fields everywhere', () => {
    const arb = topologyArb(extraArb(plainKeys)).chain((t) => fc.constantFrom('activemq' as const, 'amazon-mq' as const).map((target) => ({ ...t, settings: { ...t.settings, target } })));
    fc.assert(fc.property(arb, (t) => {
      const text = serializeTopology(t);
      expect(serializeTopology(parseTopology(text))).toBe(text);
      expect(parseTopology(text)).toEqual(t);
    }), { numRuns: 150 });
  });
});
