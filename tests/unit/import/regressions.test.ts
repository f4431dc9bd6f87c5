// Importer bugs found by the round-trip laws and the fuzz test, each pinned by its minimal case.

import { describe, expect, it } from 'vitest';
import { importBrokerFiles, serializeTopology, TopologyError } from '../../../src/model';
import { reexport } from './helpers';

const CORE = 'xmlns="http://activemq.apache.org/schema/core"';
const once = (text: string) => importBrokerFiles([{ name: 'x.xml', text }]);
const twice = (text: string) => importBrokerFiles(reexport(once(text)));

describe('importer regressions', () => {
  it('a broker with no brokerName re-exports without one (the template stays the same)', () => {
    const text = `<broker ${CORE}>\n  <transportConnectors>\n    <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>\n  </transportConnectors>\n</broker>\n`;
    expect(reexport(once(text))[0].text).toBe(text);
    expect(serializeTopology(twice(text))).toBe(serializeTopology(once(text)));
  });

  it('a renamed broker with no brokerName gets one', () => {
    const t = once(`<broker ${CORE}/>`);
    t.brokers[0].name = 'dc1';
    expect(reexport(t)[0].text).toBe(`<broker brokerName="dc1" ${CORE}/>`);
  });

  it('refuses U+0001 (the template marker) and other characters XML forbids, with line and column', () => {
    for (const c of ['\u0001', '\u0000', '\u001f', '\uffff', '\ud800']) {
      let err: unknown;
      try { once(`<broker ${CORE}>\n  <x a="${c}"/>\n</broker>`); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(TopologyError);
      expect((err as TopologyError).location).toEqual({ file: 'x.xml', line: 2, column: 9 });
    }
  });

  it('two <users> lists: their users are merged into the first, not written twice', () => {
    const user = (n: string) => `<authenticationUser username="${n}" password="p" groups="g"/>`;
    const text = `<broker ${CORE}><plugins><simpleAuthenticationPlugin><users>${user('a')}</users><users>${user('b')}</users></simpleAuthenticationPlugin></plugins></broker>`;
    expect(once(text).brokers[0].users!.map((u) => u.username)).toEqual(['a', 'b']);
    expect(twice(text).brokers[0].users!.map((u) => u.username)).toEqual(['a', 'b']);
    expect(serializeTopology(twice(text))).toBe(serializeTopology(once(text)));
  });

  it('refuses an attribute name starting with a colon, which export could not write back', () => {
    expect(() => once(`<broker ${CORE}><transportConnectors><transportConnector :uri="tcp://x:1"/></transportConnectors></broker>`)).toThrow(TopologyError);
  });

  it('a section holding only elements the model does not read keeps a stable indent', () => {
    const text = `<broker ${CORE}>\n  <transportConnectors>\n<bogus/>\n  </transportConnectors>\n</broker>`;
    expect(serializeTopology(twice(text))).toBe(serializeTopology(once(text)));
  });
});
