// network-prefetch-invalid (P9), static-include-excluded (P10), consumer-priority-implicit (P4),
// attribute-needs-newer-version, duplicate-bridge's destination overlap (P3).

import { describe, expect, it } from 'vitest';
import { exampleTopology } from '../../../src/model';
import { brokerFile, codesOf, imported, LOCAL_VT, nc } from './helpers';

const pair = (attrs: string, body = '') => [brokerFile('a', { connectors: [nc('a-b', 'b', `duplex="true" ${attrs}`, body)] }), brokerFile('b')];

describe('network-prefetch-invalid (P9)', () => {
  it('fires on prefetchSize 0 and below, as an error', () => {
    for (const v of ['0', '-1']) expect(codesOf(imported(pair(`prefetchSize="${v}"`)), 'network-prefetch-invalid')).toMatchObject([{ severity: 'error', brokers: ['a', 'b'] }]);
  });
  it('does not fire on 1, on the default, or on a placeholder', () => {
    for (const a of ['prefetchSize="1"', '', 'prefetchSize="${pf}"']) expect(codesOf(imported(pair(a)), 'network-prefetch-invalid')).toEqual([]);
  });
});

describe('static-include-excluded (P10)', () => {
  const body = (ex: string) => `<staticallyIncludedDestinations><queue physicalName="S"/></staticallyIncludedDestinations><excludedDestinations><queue physicalName="${ex}"/></excludedDestinations>`;
  it('fires when an exclude matches a static include, with the outcome of the version', () => {
    const [d] = codesOf(imported(pair('', body('>'))), 'static-include-excluded');
    expect(d.message).toContain('the exclude wins');
    const [old] = codesOf(imported(pair('', body('S')), '5.13'), 'static-include-excluded');
    expect(old.message).toContain('the include wins');
  });
  it('does not fire when the exclude does not touch the include', () => {
    expect(codesOf(imported(pair('', body('T.>'))), 'static-include-excluded')).toEqual([]);
  });
});

describe('consumer-priority-implicit (P4)', () => {
  it('fires (info) on a kept queue connector without decreaseNetworkConsumerPriority, saying the default of the version', () => {
    const [d] = codesOf(imported(pair('')), 'consumer-priority-implicit');
    expect(d.severity).toBe('info');
    expect(d.message).toContain('false on ActiveMQ 5.17');
    const [d18] = codesOf(imported(pair(''), '5.18'), 'consumer-priority-implicit');
    expect(d18.message).toContain('true on ActiveMQ 5.18');
  });
  it('does not fire when written, or on designed networks', () => {
    expect(codesOf(imported(pair('decreaseNetworkConsumerPriority="false"')), 'consumer-priority-implicit')).toEqual([]);
    expect(codesOf(exampleTopology('noc-and-countries'), 'consumer-priority-implicit')).toEqual([]);
  });
});

describe('attribute-needs-newer-version', () => {
  it('fires on remoteUserName below 5.17 and on local virtual topics below 5.6', () => {
    expect(codesOf(imported(pair('remoteUserName="x"'), '5.16'), 'attribute-needs-newer-version')).toMatchObject([{ severity: 'error', brokers: ['a', 'b'] }]);
    const vt = [brokerFile('a', { before: LOCAL_VT })];
    expect(codesOf(imported(vt, '5.5'), 'attribute-needs-newer-version')).toMatchObject([{ brokers: ['a'] }]);
  });
  it('does not fire when the version has them', () => {
    expect(codesOf(imported(pair('remoteUserName="x"'), '5.17'), 'attribute-needs-newer-version')).toEqual([]);
    expect(codesOf(imported([brokerFile('a', { before: LOCAL_VT })], '5.6'), 'attribute-needs-newer-version')).toEqual([]);
  });
});

describe('duplicate-bridge (P3): duplex both ends, duplex plus reverse, two connectors to one peer', () => {
  it('names the case: duplex from both ends', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b', { connectors: [nc('b-a', 'a', 'duplex="true"')] })]);
    const list = codesOf(t, 'duplicate-bridge');
    expect(list.length).toBeGreaterThan(0);
    expect(list[0].message).toContain('duplex from both ends');
  });
  it('duplex plus a reverse connector', () => {
    const t = imported([brokerFile('a', { connectors: [nc('a-b', 'b', 'duplex="true"')] }), brokerFile('b', { connectors: [nc('b-a', 'a')] })]);
    expect(codesOf(t, 'duplicate-bridge')[0].message).toContain('is duplex and');
  });
  it('two connectors to one peer: overlapping includes fire, disjoint include lists do not', () => {
    const inc = (p: string) => `<dynamicallyIncludedDestinations><queue physicalName="${p}"/></dynamicallyIncludedDestinations>`;
    const two = (p: string, q: string) => imported([brokerFile('a', { connectors: [nc('a-b-1', 'b', 'duplex="true"', inc(p)), nc('a-b-2', 'b', 'duplex="true"', inc(q))] }), brokerFile('b')]);
    expect(codesOf(two('orders.>', 'orders.eu'), 'duplicate-bridge')[0].message).toContain('overlapping destinations');
    expect(codesOf(two('orders.>', 'billing.>'), 'duplicate-bridge')).toEqual([]);
  });
});
