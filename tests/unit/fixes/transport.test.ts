// Fixes for transports: plaintext-wan-link (switch the link to SSL), wrong-target-transport, port-conflict (next
// free port) and plain-port-open (bind to 127.0.0.1, STOMP over SSL, remove).

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model';
import { fixesFor } from '../../../src/model/fixes';
import { applyFirstFix, broker, codes, counterContext, first, net } from './helpers';

const sites = () => net([broker('noc', { role: 'noc', location: 'paris' }), broker('de', { location: 'frankfurt' })], [{ from: 'noc', to: 'de', duplex: true }]);

describe('plaintext-wan-link', () => {
  it('switches the link to SSL: SSL transport and context on the target, a context on the dialing broker', () => {
    const fixed = applyFirstFix(sites(), 'plaintext-wan-link', 'Switch this link to SSL');
    const de = fixed.brokers[1];
    expect(de.transports.map((t) => t.uri)).toContain('ssl://0.0.0.0:61617');
    expect(fixed.links[0].transport).toBe('ssl');
    for (const b of fixed.brokers) expect(b.ssl).toMatchObject({ keyStore: 'broker.ks', trustStore: 'broker.ts' });
    expect(codes(fixed)).not.toContain('ssl-context-missing');
  });

  it('uses an SSL transport the target already has, on its own port', () => {
    const t = sites();
    t.brokers[1].transports.push({ name: 'secure', uri: 'nio+ssl://0.0.0.0:61618' });
    const fixed = applyFirstFix(t, 'plaintext-wan-link');
    expect(fixed.links[0].transport).toBe('secure');
    expect(fixed.brokers[1].transports).toHaveLength(3);
  });
});

describe('wrong-target-transport', () => {
  it('a link dialing STOMP: dial the OpenWire transport instead', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true, transport: 'stomp' }]);
    const fixed = applyFirstFix(t, 'wrong-target-transport', 'Dial openwire (tcp://0.0.0.0:61616)');
    expect(fixed.links[0].transport).toBe('openwire');
  });

  it('between locations the SSL transport comes first, with an SSL context for the dialing broker', () => {
    const t = sites();
    t.brokers[1].transports.push({ name: 'ssl', uri: 'ssl://0.0.0.0:61617' });
    t.links[0].transport = 'missing';
    const labels = fixesFor(t, first(t, 'wrong-target-transport'), counterContext()).map((f) => f.label);
    expect(labels[0]).toBe('Dial ssl (ssl://0.0.0.0:61617), with an SSL context on noc');
    const fixed = applyFirstFix(t, 'wrong-target-transport', 0);
    expect(fixed.brokers[0].ssl?.trustStore).toBe('broker.ts');
    expect(codes(fixed)).not.toContain('ssl-context-missing');
  });

  it('a target without OpenWire gets one', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de', { transports: [{ name: 'stomp', uri: 'stomp://0.0.0.0:61613' }] })], [{ from: 'noc', to: 'de', duplex: true }]);
    const fixed = applyFirstFix(t, 'wrong-target-transport', 'Add an OpenWire transport to de');
    expect(fixed.brokers[1].transports[1]).toEqual({ name: 'openwire', uri: 'tcp://0.0.0.0:61616' });
  });
});

describe('port-conflict', () => {
  it('moves the second listener of one broker to the next free port', () => {
    const t = net([broker('de')]);
    t.brokers[0].transports.push({ name: 'nio', uri: 'nio://0.0.0.0:61616?x=1' });
    const fixed = applyFirstFix(t, 'port-conflict', 'Move de/nio to port 61617');
    expect(fixed.brokers[0].transports[2].uri).toBe('nio://0.0.0.0:61617?x=1');
  });

  it('two brokers on one host: the second moves past every port the host uses', () => {
    const t = net([broker('a', { host: 'h' }), broker('b', { host: 'h', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })]);
    t.brokers[0].transports.push({ name: 'x', uri: 'tcp://0.0.0.0:61617' });
    const fixed = applyFirstFix(t, 'port-conflict');
    expect(fixed.brokers[1].transports[0].uri).toBe('tcp://0.0.0.0:61618');
  });
});

describe('plain-port-open', () => {
  const withSsl = () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true }]);
    t.brokers[1].transports.push({ name: 'ssl', uri: 'ssl://0.0.0.0:61617' });
    t.brokers[1].ssl = { keyStore: 'k', keyStorePassword: 'kp-long-enough', trustStore: 't', trustStorePassword: 'tp-long-enough' };
    return t;
  };

  it('STOMP: switched to STOMP over SSL on 61612', () => {
    const t = withSsl();
    const d = validate(t).filter((x) => x.code === 'plain-port-open');
    expect(d.map((x) => x.message.includes('"stomp"'))).toEqual([false, true]);
    const fixed = fixesFor(t, d[1], counterContext())[0].apply(t);
    expect(fixed.brokers[1].transports[1]).toEqual({ name: 'stomp', uri: 'stomp+nio+ssl://0.0.0.0:61612' });
    expect(validate(fixed).filter((x) => x.code === 'plain-port-open')).toHaveLength(1);
  });

  it('OpenWire that a link dials: the link switches to SSL, then the port binds to 127.0.0.1', () => {
    const fixed = applyFirstFix(withSsl(), 'plain-port-open', 'Switch the 1 link dialing openwire to SSL, bind it to 127.0.0.1');
    expect(fixed.brokers[1].transports[0].uri).toBe('tcp://127.0.0.1:61616');
    expect(fixed.links[0].transport).toBe('ssl');
    expect(codes(fixed)).not.toContain('ssl-context-missing');
  });

  it('OpenWire nobody dials: bind or remove', () => {
    const t = withSsl();
    t.links[0].transport = 'ssl';
    t.brokers[0].ssl = { trustStore: 't', trustStorePassword: 'tp-long-enough' };
    expect(applyFirstFix(t, 'plain-port-open', 'Bind openwire to 127.0.0.1').brokers[1].transports[0].uri).toBe('tcp://127.0.0.1:61616');
    expect(applyFirstFix(t, 'plain-port-open', 'Remove openwire').brokers[1].transports.map((x) => x.name)).toEqual(['stomp', 'ssl']);
  });
});
