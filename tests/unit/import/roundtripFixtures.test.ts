// Law (b) on every fixture: import → export → import is the same topology, and no element or outside comment is lost.

import { describe, expect, it } from 'vitest';
import { importBrokerFiles } from '../../../src/model';
import { allFixtures, expectRoundTripSafe, fixture, inventory, missing, reexport } from './helpers';

describe('round trip of every fixture (law b)', () => {
  it.each(allFixtures())('%s', (name) => {
    expectRoundTripSafe(fixture(name));
  });

  it('checks every fixture file on its own too', () => {
    const single = allFixtures().flatMap((n) => fixture(n)).map((f) => [f]);
    expect(single.length).toBeGreaterThanOrEqual(12);
    for (const files of single) expectRoundTripSafe(files);
  });

  it('the inventory sees a lost element and a lost comment (the law can fail)', () => {
    const [hub] = fixture('hub-spoke/hub.xml');
    const cut = hub.text.replace('<kahaDB directory="${activemq.base}/data/kahadb"/>', '').replace('<!-- the web console -->', '');
    const before = inventory(hub.text);
    const after = inventory(cut);
    expect(missing(before.elements, after.elements)).toEqual(['beans/broker/persistenceAdapter/kahaDB ×1']);
    expect(missing(before.comments, after.comments)).toEqual(['beans:  the web console  ×1']);
  });

  it('export of an imported network is a fixed point: exporting the re-import gives the same bytes', () => {
    for (const name of allFixtures()) {
      const once = reexport(importBrokerFiles(fixture(name)));
      expect(reexport(importBrokerFiles(once)).map((f) => f.text), name).toEqual(once.map((f) => f.text));
    }
  });

  it('text outside the rewritten sections is kept byte for byte', () => {
    const [hub] = fixture('hub-spoke/hub.xml');
    const [out] = reexport(importBrokerFiles([hub]));
    const head = hub.text.slice(0, hub.text.indexOf('<networkConnectors>'));
    const tail = hub.text.slice(hub.text.indexOf('</transportConnectors>'));
    expect(out.text.startsWith(head)).toBe(true);
    expect(out.text.endsWith(tail)).toBe(true);
  });
});
