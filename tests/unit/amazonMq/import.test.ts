// Importing Amazon MQ configurations (bare <broker>, no brokerName): names from the designer's comment or the file
// name, peers resolved by the endpoint they dial, the network's target set to Amazon MQ, and a designed network
// exported for Amazon MQ and imported again is the same network.

import { describe, expect, it } from 'vitest';
import { exampleTopology, exportFiles, importBrokerFiles, validate, type Topology } from '../../../src/model';
import { nameFromFile } from '../../../src/model/amazonMq/importMeta';
import { importFixture } from '../import/helpers';
import { schemaErrors } from './schemaCheck';

function amazonExport(t: Topology) {
  return exportFiles(t).filter((f) => f.path.endsWith('/configuration.xml')).map((f) => ({ name: f.path, text: f.content }));
}

describe('Amazon MQ import', () => {
  it('names a broker after its file, and the network targets Amazon MQ', () => {
    expect(nameFromFile('hub.xml')).toBe('hub');
    expect(nameFromFile('net/dc1/configuration.xml')).toBe('dc1');
    const t = importFixture('amazon-mq.xml');
    expect(t.settings.target).toBe('amazon-mq');
    expect(t.brokers.map((b) => [b.name, b.role])).toEqual([['amazon-mq', 'broker'], ['b-2222.mq.us-east-1.amazonaws.com', 'external']]);
    expect(t.links[0].connectors).toHaveLength(1);
  });

  it('resolves peers named by their endpoint in the file name (an existing network drawn from its configurations)', () => {
    const a = 'b-aaaa-1.mq.us-east-1.amazonaws.com';
    const b = 'b-bbbb-1.mq.us-east-1.amazonaws.com';
    const file = (to: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<broker xmlns="http://activemq.apache.org/schema/core">\n  <networkConnectors>\n    <networkConnector name="c" userName="bridge" duplex="true" uri="static:(ssl://${to}:61617)"/>\n  </networkConnectors>\n</broker>\n`;
    const t = importBrokerFiles([{ name: `${a}.xml`, text: file(b) }, { name: `${b}.xml`, text: '<broker xmlns="http://activemq.apache.org/schema/core"/>' }]);
    expect(t.brokers.map((x) => [x.name, x.role, x.endpoint])).toEqual([[a, 'broker', a], [b, 'broker', b]]);
    expect(t.links.map((l) => `${l.from}>${l.to}`)).toEqual([`${a}>${b}`]);
    expect(validate(t).filter((d) => d.code === 'amazon-mq-transport')).toEqual([]);
  });

  it('reads the masterslave connectors to an active/standby peer back as the link between the right brokers', () => {
    const source = exampleTopology('mesh-of-three');
    const t: Topology = { ...source, settings: { ...source.settings, target: 'amazon-mq' } };
    t.brokers = t.brokers.map((b) => (b.name === 'broker2' ? { ...b, deploymentMode: 'active-standby' as const } : b));
    const back = importBrokerFiles(amazonExport(t));
    expect(back.brokers.find((b) => b.name === 'broker2')?.deploymentMode).toBe('active-standby');
    expect(back.brokers.some((b) => b.role === 'external')).toBe(false);
    const toStandby = back.links.filter((l) => l.to === 'broker2');
    expect(toStandby.map((l) => `${l.from} ${l.duplex} ${l.userName}`)).toEqual(['broker1 true amq']);
  });

  for (const id of ['noc-and-countries', 'mesh-of-three']) {
    it(`${id}: export for Amazon MQ, import, and the same network comes back`, () => {
      const source = exampleTopology(id);
      const t: Topology = { ...source, settings: { ...source.settings, target: 'amazon-mq', activemqVersion: '5.19' } };
      const second = t.links[0].to;
      t.brokers = t.brokers.map((b) => (b.name === second ? { ...b, endpoint: 'b-77aa-1.mq.eu-west-1.amazonaws.com' } : b));
      const back = importBrokerFiles(amazonExport(t), t.name);
      expect(back.settings.target).toBe('amazon-mq');
      expect(back.brokers.map((b) => [b.name, b.role, b.location, b.deploymentMode, b.endpoint])).toEqual(t.brokers.map((b) => [b.name, b.role, b.location, b.deploymentMode, b.endpoint]));
      expect(back.links.map((l) => `${l.from}>${l.to} ${l.duplex ?? false} ${l.userName}`)).toEqual(t.links.map((l) => `${l.from}>${l.to} ${l.duplex ?? false} ${l.userName}`));
      // Exported again, the configurations are the same files (what the model owns is rewritten from it).
      const again = { ...back, settings: { ...back.settings, activemqVersion: '5.19' } };
      expect(amazonExport(again).map((f) => f.text)).toEqual(amazonExport(t).map((f) => f.text));
      expect(schemaErrors('5.19', amazonExport(again).map((f) => ({ name: f.name, xml: f.text })))).toBe('');
    });
  }
});
