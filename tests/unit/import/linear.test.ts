// Import stays linear in the connectors of one file (issue 15 item 5): counted in operations, never timed. Every
// callback an array method runs and every Set/Map lookup during importBrokerFiles is counted, at n and 4n
// connectors; linear work grows ×4, the quadratic steps this replaced grew ×16.

import { describe, expect, it } from 'vitest';
import { importBrokerFiles } from '../../../src/model';
import { forgetConnectorInfo } from '../../../src/model/rawConnector';
import { forgetParsedUris } from '../../../src/model/uri';

const CALLBACK_METHODS = ['map', 'filter', 'find', 'findIndex', 'some', 'every', 'forEach', 'flatMap', 'reduce'] as const;

/** How many array callbacks and Set/Map lookups `fn` runs (the prototypes are restored afterwards). */
function countOperations(fn: () => void): number {
  let count = 0;
  const restore: (() => void)[] = [];
  const patch = (proto: object, method: string, wrap: (orig: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown) => {
    const orig = (proto as Record<string, (...a: unknown[]) => unknown>)[method];
    Object.defineProperty(proto, method, { value: wrap(orig), configurable: true, writable: true });
    restore.push(() => Object.defineProperty(proto, method, { value: orig, configurable: true, writable: true }));
  };
  for (const m of CALLBACK_METHODS) {
    patch(Array.prototype, m, (orig) => function (this: unknown[], cb: unknown, ...rest: unknown[]) {
      if (typeof cb !== 'function') return orig.call(this, cb, ...rest);
      return orig.call(this, function (this: unknown, ...args: unknown[]) { count++; return (cb as (...a: unknown[]) => unknown).apply(this, args); }, ...rest);
    });
  }
  for (const [proto, m] of [[Set.prototype, 'has'], [Map.prototype, 'get'], [Map.prototype, 'has']] as const) {
    patch(proto, m, (orig) => function (this: unknown, ...args: unknown[]) { count++; return orig.apply(this, args); });
  }
  try {
    fn();
  } finally {
    for (const r of restore.reverse()) r();
  }
  return count;
}

type Shape = (i: number) => string;

const SHAPES: Record<string, Shape> = {
  'plain connectors to distinct hosts': (i) => `<networkConnector name="nc-${i}" uri="static:(tcp://host${i}.example.org:61616)" duplex="true"/>`,
  'plain connectors all to one host': (i) => `<networkConnector name="nc-${i}" uri="static:(tcp://one.example.org:61616)"/>`,
  'connectors to one host on distinct ports': (i) => `<networkConnector name="nc-${i}" uri="static:(tcp://gw:${10000 + i})"/>`,
  'MCollective topics/queues pairs': (i) => {
    const kind = i % 2 ? 'queues' : 'topics';
    const exclude = kind === 'topics' ? '<queue physicalName=">"/>' : '<topic physicalName=">"/>';
    return `<networkConnector name="big-h${i >> 1}-${kind}" uri="static:(tcp://h${i >> 1}:61616)" duplex="true" networkTTL="1" dynamicOnly="true" decreaseNetworkConsumerPriority="true"${kind === 'queues' ? ' conduitSubscriptions="false"' : ''}><excludedDestinations>${exclude}</excludedDestinations></networkConnector>`;
  },
  'masterslave pairs of hosts': (i) => `<networkConnector name="ms-${i}" uri="masterslave:(tcp://m${i}:61616,tcp://s${i}:61616)"/>`,
};

function oneBroker(n: number, shape: Shape): string {
  const connectors = Array.from({ length: n }, (_, i) => `      ${shape(i)}`).join('\n');
  return `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="http://activemq.apache.org/schema/core" brokerName="big">\n    <networkConnectors>\n${connectors}\n    </networkConnectors>\n    <transportConnectors>\n      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>\n    </transportConnectors>\n  </broker>\n</beans>\n`;
}

function operationsAt(n: number, shape: Shape): number {
  const text = oneBroker(n, shape);
  forgetConnectorInfo();
  forgetParsedUris();
  return countOperations(() => importBrokerFiles([{ name: 'big.xml', text }]));
}

describe('import is linear in the connectors of one file (operation counts)', () => {
  it.each(Object.entries(SHAPES))('%s: 4× the connectors is at most ~4× the operations', (_name, shape) => {
    const small = operationsAt(500, shape);
    const large = operationsAt(2000, shape);
    expect(small).toBeGreaterThan(500); // the counter sees the import's work at all
    expect(large / small).toBeLessThan(4.6);
  });

  it('the counter sees a quadratic step (the test can fail)', () => {
    const quadratic = (n: number) => countOperations(() => {
      const xs = Array.from({ length: n }, (_, i) => i);
      xs.forEach((x) => xs.some((y) => y > x));
    });
    expect(quadratic(2000) / quadratic(500)).toBeGreaterThan(10);
  });
});
