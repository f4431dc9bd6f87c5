// Refused input: every bad activemq.xml throws a TopologyError (XmlError) naming file, line and column.

import { describe, expect, it } from 'vitest';
import { importBrokerFiles, TopologyError, XmlError } from '../../../src/model';
import { fixture } from './helpers';

function refusal(text: string, file = 'bad.xml'): TopologyError {
  try {
    importBrokerFiles([{ name: file, text }]);
  } catch (e) {
    expect(e).toBeInstanceOf(TopologyError);
    return e as TopologyError;
  }
  throw new Error('the input was accepted');
}

const hub = fixture('hub-spoke/hub.xml')[0].text;
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n ')}
]>
<broker xmlns="http://activemq.apache.org/schema/core" brokerName="&lol9;"/>`;

describe('import refuses bad input with file, line and column', () => {
  it.each([
    ['not XML', 'this is not xml at all'],
    ['an empty file', ''],
    ['truncated XML', hub.slice(0, hub.indexOf('</plugins>'))],
    ['no <broker>', '<beans xmlns="http://www.springframework.org/schema/beans">\n  <bean id="x"/>\n</beans>\n'],
    ['a DOCTYPE with entities', LAUGHS],
    ['an ERB template', '<beans>\n  <broker brokerName="<%= @fqdn %>"/>\n</beans>\n'],
    ['a Jinja2 template', '<beans>\n  <broker brokerName="{{ inventory_hostname }}"/>\n</beans>\n'],
    ['a 20 MB file', `<beans><broker brokerName="x">${'<!-- padding -->'.repeat(1_310_720)}</broker></beans>`],
    ['a raw < in an attribute', '<beans>\n  <broker brokerName="a<b"/>\n</beans>\n'],
    ['a bare & in an attribute', '<broker brokerName="a & b"/>'],
  ])('%s', (_what, text) => {
    const e = refusal(text, 'conf/bad.xml');
    expect(e.location.file).toBe('conf/bad.xml');
    expect(e.location.line).toBeGreaterThanOrEqual(1);
    expect(e.location.column).toBeGreaterThanOrEqual(1);
    expect(e.message).toMatch(/^conf\/bad\.xml line \d+, column \d+: /);
  });

  it('points at the raw < inside the attribute value', () => {
    const e = refusal('<beans>\n  <broker brokerName="a<b"/>\n</beans>\n');
    expect(e).toBeInstanceOf(XmlError);
    expect(e.location).toEqual({ file: 'bad.xml', line: 2, column: 24 });
  });

  it('points at the end of a truncated file', () => {
    const e = refusal('<beans>\n  <broker brokerName="x">\n    <transportConnectors>');
    expect(e.location).toMatchObject({ line: 3, column: 26 });
    expect(e.message).toContain('<transportConnectors> is not closed');
  });

  it('points at the first entity declaration and expands nothing', () => {
    const e = refusal(LAUGHS);
    expect(e.location).toMatchObject({ line: 3, column: 2 });
    expect(e.message).toContain('DOCTYPE declares entities');
  });

  it('points at ERB markup and says it is a template', () => {
    const e = refusal('<beans>\n  <broker brokerName="<%= @fqdn %>"/>\n</beans>\n');
    expect(e.location).toMatchObject({ line: 2, column: 23 });
    expect(e.message).toContain('template');
  });

  it('names the offending file of several', () => {
    const e = (() => {
      try { importBrokerFiles([...fixture('one-way'), { name: 'third.xml', text: '<broker>' }]); } catch (x) { return x as TopologyError; }
      throw new Error('accepted');
    })();
    expect(e.location.file).toBe('third.xml');
  });
});
