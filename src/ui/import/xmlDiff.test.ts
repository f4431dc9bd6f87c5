// The import diff (jsdiff underneath): unified hunks, line ends ignored, passwords masked unless shown, and a
// reformatted file equal to its original when formatting is ignored while a real change still shows.

import { describe, expect, it } from 'vitest';
import { unifiedDiff, xmlDiff, xmlLayout } from './xmlDiff';

const join = (lines: string[]) => lines.join('\n');

describe('xmlDiff', () => {
  it('finds nothing between equal texts, whatever their line ends', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('');
    expect(unifiedDiff('a\r\nb\r\n', 'a\nb\n', 'x', 'y')).toBe('');
  });

  it('shows a changed line with context and a unified header', () => {
    const before = join(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const after = join(['1', '2', '3', '4', 'five', '6', '7', '8', '9']);
    expect(unifiedDiff(before, after, 'old.xml', 'export')).toBe(
      ['--- old.xml', '+++ export', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });

  it('masks passwords on both sides unless shown', () => {
    const a = '<authenticationUser username="amq" password="old-secret"/>\n';
    const b = '<authenticationUser username="amq" password="new-secret"/>\n';
    const masked = unifiedDiff(a, b, 'x', 'y');
    expect(masked).not.toMatch(/old-secret|new-secret/);
    expect(masked).toBe('');
    const shown = unifiedDiff(a, b, 'x', 'y', { showPasswords: true });
    expect(shown).toContain('-<authenticationUser username="amq" password="old-secret"/>');
    expect(shown).toContain('+<authenticationUser username="amq" password="new-secret"/>');
  });

  it('ignoring formatting: a reindented, rewrapped file is the same; a changed value still shows', () => {
    const original = '<beans>\n  <broker brokerName="a" dataDirectory="${activemq.data}">\n    <transportConnectors>\n      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>\n    </transportConnectors>\n  </broker>\n</beans>\n';
    const reformatted = '<beans>\n<broker\n    brokerName = "a"\n    dataDirectory="${activemq.data}" >\n<transportConnectors><transportConnector name="openwire"   uri="tcp://0.0.0.0:61616" /></transportConnectors>\n</broker></beans>';
    expect(xmlDiff(original, reformatted).length).toBeGreaterThan(0);
    expect(xmlDiff(original, reformatted, { ignoreFormatting: true })).toEqual([]);
    const changed = reformatted.replace('61616', '61626');
    const lines = xmlDiff(original, changed, { ignoreFormatting: true }).flatMap((h) => h.lines.filter((l) => l.op !== ' '));
    expect(lines.map((l) => l.op + l.text)).toEqual([
      '-<transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>',
      '+<transportConnector name="openwire" uri="tcp://0.0.0.0:61626"/>',
    ]);
  });

  it('keeps spaces inside attribute values and comments readable', () => {
    expect(xmlLayout('<a  x = "p  q"   >t   u</a>  <!--  c\n d -->')).toBe('<a x="p  q">\nt u\n</a>\n<!-- c d -->\n');
  });
});
