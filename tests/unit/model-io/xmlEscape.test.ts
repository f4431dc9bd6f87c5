// XML escaping: values with &, <, >, quotes, newlines and control characters are escaped and parse back equal.

import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { generateBrokerXml, type Topology } from '../../../src/model';
import { attrsOf, brokerElement, connectorsOf } from './xmlHelpers';

const NASTY = `a&b<c"d'e>f`;
const PASSWORD = `p<&">'\n\tq&amp;`;

function nastyTopology(): Topology {
  return {
    format: 'amq-topology/1',
    name: 'net -- with --> comment <!-- breakers',
    settings: { preset: 'mcollective' },
    brokers: [
      {
        name: NASTY, role: 'noc', host: 'h&x.example', location: 'site --> <!-- two',
        transports: [{ name: 'open"wire', uri: 'tcp://0.0.0.0:61616?wireFormat.maxInactivityDuration=0&transport.trace=false' }],
        users: [{ username: 'u<1>', password: PASSWORD, groups: ['g&1', 'everyone'] }],
        authorization: [{ queue: 'q<&>."x"', read: ['g&1'], write: ['g&1'], admin: ['g&1'] }],
        ssl: { keyStore: 'C:\\keys\\"my" store.jks', keyStorePassword: PASSWORD },
      },
      { name: 'plain-peer', role: 'broker', host: 'peer&co.example', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] },
    ],
    links: [{ from: NASTY, to: 'plain-peer', name: `l&<"'>`, duplex: true, userName: 'u<1>', password: PASSWORD }],
  };
}

describe('escaping in generated XML', () => {
  const t = nastyTopology();
  const xml = generateBrokerXml(t, NASTY);

  it('produces well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(generateBrokerXml(t, 'plain-peer'))).toBe(true);
  });

  it('reads every value back equal', () => {
    const b = brokerElement(xml);
    expect(attrsOf(b).brokerName).toBe(NASTY);
    expect(attrsOf(b.transportConnectors.transportConnector[0])).toEqual({ name: t.brokers[0].transports[0].name, uri: t.brokers[0].transports[0].uri });
    expect(attrsOf(b.plugins.simpleAuthenticationPlugin.users.authenticationUser[0])).toEqual({ username: 'u<1>', password: PASSWORD, groups: 'g&1,everyone' });
    expect(attrsOf(b.plugins.authorizationPlugin.map.authorizationMap.authorizationEntries.authorizationEntry[0]))
      .toEqual({ queue: 'q<&>."x"', read: 'g&1', write: 'g&1', admin: 'g&1' });
    expect(attrsOf(b.sslContext.sslContext)).toEqual({ keyStore: t.brokers[0].ssl!.keyStore, keyStorePassword: PASSWORD });
  });

  it('reads connector names, URIs and credentials back equal', () => {
    const cs = connectorsOf(xml);
    expect(cs.map((c) => c.name)).toEqual([`l&<"'>-topics`, `l&<"'>-queues`]);
    for (const c of cs) {
      expect(c.uri).toBe('static:(tcp://peer&co.example:61616)');
      expect([c.userName, c.password]).toEqual(['u<1>', PASSWORD]);
    }
  });

  it('never leaves a raw `<` or `"` inside an attribute value, nor `--` inside the comment', () => {
    const comments = [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]);
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(c).not.toContain('--');
      expect(c.endsWith('-')).toBe(false); // `--->` would hide a `--` before the closing `>`
    }
    const markup = xml.replace(/<!--[\s\S]*?-->/g, ''); // raw & and < are legal inside a comment
    expect(markup).not.toContain(NASTY);
    expect(markup).toContain('a&amp;b&lt;c&quot;d');
    expect(markup).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  });

  it('drops characters XML 1.0 cannot carry instead of writing a broken file', () => {
    const u = nastyTopology();
    u.brokers[1].host = 'bad\u0001host\u001f.example';
    u.links[0].password = 'pw\u0000\u000bx-long-enough';
    const x = generateBrokerXml(u, NASTY);
    expect(XMLValidator.validate(x)).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(x).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(connectorsOf(x)[0].uri).toBe('static:(tcp://badhost.example:61616)');
  });
});
