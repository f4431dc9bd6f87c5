// The wide-import row: ONE activemq.xml whose broker has 10,000 network connectors (issue 15 item 5; import used to
// grow with the square of the connectors of one file). Imported cold against fast-xml-parser parsing the same text,
// with a quarter-size file beside it so the growth per connector shows. Prints figures only; never fails on timing.
// Alone: `npx tsx bench/wideImport.ts`; `npm run bench` runs it too (BENCH_WIDE=0 skips it).

import { XMLParser } from 'fast-xml-parser';
import { importBrokerFiles } from '../src/model';
import { forgetConnectorInfo } from '../src/model/rawConnector';
import { forgetParsedUris } from '../src/model/uri';
import { measure, ms, type Timing } from './timing';

export const WIDE_CONNECTORS = 10_000;

export interface WideRow {
  shape: string;
  connectors: number;
  mib: number;
  model: Timing;
  baseline: Timing;
  links: number;
}

/** One broker with `n` connectors: MCollective topics/queues pairs, or plain connectors, each to its own host. */
export function wideBrokerXml(n: number, shape: 'pairs' | 'plain'): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (shape === 'plain') {
      lines.push(`      <networkConnector name="hub-to-h${i}" uri="static:(tcp://h${i}.example.net:61616)" duplex="true"/>`);
      continue;
    }
    const kind = i % 2 ? 'queues' : 'topics';
    const host = `h${i >> 1}.example.net`;
    const exclude = kind === 'topics' ? '<queue physicalName=">"/>' : '<topic physicalName=">"/>';
    const conduit = kind === 'queues' ? ' conduitSubscriptions="false"' : '';
    lines.push(`      <networkConnector name="hub-h${i >> 1}-${kind}" uri="static:(tcp://${host}:61616)" duplex="true" networkTTL="2" dynamicOnly="true" decreaseNetworkConsumerPriority="true"${conduit}>`,
      `        <excludedDestinations>${exclude}</excludedDestinations>`, '      </networkConnector>');
  }
  return `<beans xmlns="http://www.springframework.org/schema/beans">
  <broker xmlns="http://activemq.apache.org/schema/core" brokerName="hub">
    <networkConnectors>
${lines.join('\n')}
    </networkConnectors>
    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>
    </transportConnectors>
  </broker>
</beans>
`;
}

export function wideImportRows(runs = 3, warmup = 1): WideRow[] {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' });
  const rows: WideRow[] = [];
  for (const shape of ['pairs', 'plain'] as const) {
    for (const connectors of [WIDE_CONNECTORS / 4, WIDE_CONNECTORS]) {
      const files = [{ name: 'hub.xml', text: wideBrokerXml(connectors, shape) }];
      const links = importBrokerFiles(files).links.length;
      rows.push({
        shape: shape === 'pairs' ? 'MCollective topics/queues pairs' : 'plain duplex connectors',
        connectors,
        mib: files[0].text.length / 1048576,
        // Cold, as a user's import is: the content-keyed caches would otherwise answer from the run before.
        model: measure(() => { forgetConnectorInfo(); forgetParsedUris(); return files; }, (fs) => importBrokerFiles(fs), runs, warmup),
        baseline: measure(() => files, (fs) => parser.parse(fs[0].text), runs, warmup),
        links,
      });
    }
  }
  return rows;
}

export function wideImportLines(rows: WideRow[]): string[] {
  const out = [`Wide import: one activemq.xml, one broker with ${WIDE_CONNECTORS.toLocaleString('en')} network connectors (each to its own host), cold:`];
  for (const r of rows) {
    const perConnector = (r.model.median * 1000) / r.connectors;
    out.push(`  ${r.shape.padEnd(32)} ${r.connectors.toLocaleString('en').padStart(6)} connectors, ${r.mib.toFixed(1)} MiB → ${r.links.toLocaleString('en')} links: `
      + `import ${ms(r.model.median)} ms (min ${ms(r.model.min)}), fast-xml-parser alone ${ms(r.baseline.median)} ms, ${perConnector.toFixed(1)} µs/connector`);
  }
  for (const shape of new Set(rows.map((r) => r.shape))) {
    const [a, b] = rows.filter((r) => r.shape === shape).sort((x, y) => x.connectors - y.connectors);
    if (a && b) out.push(`  ${shape}: per-connector time ×${((b.model.median / b.connectors) / (a.model.median / a.connectors)).toFixed(2)} from ${a.connectors.toLocaleString('en')} to ${b.connectors.toLocaleString('en')} (1.00 = linear)`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(wideImportLines(wideImportRows()).join('\n'));
