// One-click fixes for the pitfall diagnostics on imported files: each removes its diagnostic, changes the file only
// where it must, and survives export → import (the fixed file is read back as fixed).

import { describe, expect, it } from 'vitest';
import { exportedBrokers, exportFiles, importBrokerFiles, type Topology, validate } from '../../../src/model';
import { fixesFor } from '../../../src/model/fixes';
import { brokerFile, imported, nc } from './helpers';

function fixOnce(t: Topology, code: string): Topology {
  const d = validate(t).find((x) => x.code === code);
  expect(d, code).toBeDefined();
  const fixes = fixesFor(t, d!);
  expect(fixes.length, code).toBe(1);
  return fixes[0].apply(t);
}

function fixAll(t: Topology, code: string): Topology {
  for (let i = 0; i < 10 && validate(t).some((d) => d.code === code); i++) t = fixOnce(t, code);
  return t;
}

function reimport(t: Topology): Topology {
  const files = exportFiles(t);
  const back = importBrokerFiles(exportedBrokers(t).map(({ broker, fileName }) => ({ name: `${broker.name}.xml`, text: files.find((f) => f.path === `${fileName}/activemq.xml`)!.content })));
  back.settings.activemqVersion = t.settings.activemqVersion;
  return back;
}

const codes = (t: Topology, code: string) => validate(t).filter((d) => d.code === code);

describe('pitfall fixes on imported files', () => {
  const cases: [string, () => Topology][] = [
    ['stranded-queue-messages', () => imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true" decreaseNetworkConsumerPriority="true"')] }), brokerFile('b', { before: '<destinationPolicy><policyMap><policyEntries><policyEntry queue="orders.>" memoryLimit="1mb"/></policyEntries></policyMap></destinationPolicy>' })])],
    ['advisory-support-off', () => imported([brokerFile('a', { connectors: [nc('a-b', 'b')] }), brokerFile('b', { attrs: 'advisorySupport="false" useJmx="false"' })])],
    ['connectors-start-serially', () => imported([brokerFile('a', { attrs: 'useJmx="false"', connectors: [nc('a-b', 'b'), nc('a-c', 'c')] }), brokerFile('b'), brokerFile('c')])],
    ['virtual-topic-duplicates', () => imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b')])],
    ['network-prefetch-invalid', () => imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true" prefetchSize="0"')] }), brokerFile('b')])],
    ['consumer-priority-implicit', () => imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b')])],
    ['mesh-duplicate-subscriptions', () => {
      const c = (to: string) => nc(`x-${to}`, to, 'duplex="true" networkTTL="2" conduitSubscriptions="false"');
      return imported([brokerFile('a', { connectors: [c('b')] }), brokerFile('b', { connectors: [c('c')] }), brokerFile('c', { connectors: [c('a')] })]);
    }],
  ];
  for (const [code, make] of cases) {
    it(`${code}: the fix removes it, and the fixed file read back does not raise it`, () => {
      const before = make();
      const after = fixAll(before, code);
      expect(codes(after, code)).toEqual([]);
      expect(codes(reimport(after), code)).toEqual([]);
      // No other diagnostic appears.
      const known = new Set(validate(before).map((d) => d.code));
      expect(validate(after).map((d) => d.code).filter((c) => !known.has(c))).toEqual([]);
    });
  }

  it('the replay fix keeps every byte of the file outside the edit, and writes enableAudit="false" below 5.9', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b')], '5.8');
    const fixed = fixAll(t, 'stranded-queue-messages');
    const tplA = t.brokers[0].imported!.template;
    const newA = fixed.brokers[0].imported!.template;
    expect(newA.length).toBeGreaterThan(tplA.length);
    expect(newA).toContain('enableAudit="false"');
    // What was there is still there, in order: the fix only inserted.
    let at = 0;
    for (const ch of tplA) { at = newA.indexOf(ch, at); expect(at).toBeGreaterThanOrEqual(0); at++; }
  });

  it('the advisory fix removes only the attribute', () => {
    const t = cases[1][1]();
    const fixed = fixOnce(t, 'advisory-support-off');
    const b = fixed.brokers.find((x) => x.name === 'b')!;
    expect(b.imported!.template).not.toContain('advisorySupport');
    expect(b.imported!.template).toContain('useJmx="false"');
    expect(b.imported!.template.length).toBe(t.brokers.find((x) => x.name === 'b')!.imported!.template.length - ' advisorySupport="false"'.length);
  });
});
