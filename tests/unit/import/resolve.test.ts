// Target resolution of imported connectors: by designer host, bind address, name, file name, loopback; ties stay external.

import { describe, expect, it } from 'vitest';
import { importBrokerFiles } from '../../../src/model';

const CORE = 'xmlns="http://activemq.apache.org/schema/core"';
function broker(name: string, bind: string, dial?: string, comment = ''): string {
  const nc = dial ? `<networkConnectors><networkConnector uri="static:(tcp://${dial})" duplex="true"/></networkConnectors>` : '';
  return `${comment}<broker ${CORE} brokerName="${name}">${nc}<transportConnectors><transportConnector name="openwire" uri="tcp://${bind}"/></transportConnectors></broker>`;
}
const targetOf = (files: [string, string][]) => {
  const t = importBrokerFiles(files.map(([name, text]) => ({ name, text })));
  return { to: t.links[0].to, externals: t.brokers.filter((b) => b.role === 'external').map((b) => b.name) };
};

describe('connector target resolution', () => {
  it('prefers the designer host comment, then a specific bind address, then the name', () => {
    const meta = '<!-- amq-network-designer broker {"role":"broker","host":"gw.example"} -->\n';
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'gw.example:61616')], ['x.xml', broker('x', 'gw.example:61616')], ['y.xml', broker('y', '0.0.0.0:61616', undefined, meta)]]).to).toBe('y');
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'gw.example:61616')], ['x.xml', broker('gw', '0.0.0.0:61616')], ['y.xml', broker('y', 'gw.example:61616')]]).to).toBe('y');
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'gw.example:61616')], ['x.xml', broker('gw', '0.0.0.0:61616')], ['y.xml', broker('y', '0.0.0.0:61616')]]).to).toBe('gw');
  });

  it('falls back to the file name, then to the only broker on that port', () => {
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'paris.example:61616')], ['paris-activemq.xml', broker('p', '0.0.0.0:61616')], ['b.xml', broker('b', '0.0.0.0:61616')]]).to).toBe('p');
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'far.example:61617')], ['b.xml', broker('b', '0.0.0.0:61617')]]).to).toBe('b');
  });

  it('leaves a tie between two brokers external, and a port nobody listens on', () => {
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'far.example:61616')], ['b.xml', broker('b', '0.0.0.0:61616')], ['c.xml', broker('c', '0.0.0.0:61616')]]))
      .toEqual({ to: 'far.example', externals: ['far.example'] });
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'gw:61616')], ['b.xml', broker('gw', '0.0.0.0:61616')], ['c.xml', broker('gw', '0.0.0.0:61616')]]).externals).toEqual(['gw-2']);
    expect(targetOf([['a.xml', broker('a', '0.0.0.0:61616', 'b:9999')], ['b.xml', broker('b', '0.0.0.0:61616')]]).externals).toEqual(['b-2']);
  });
});
