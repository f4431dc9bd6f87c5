// The allow-list the browser ships is exactly what the AWS schemas say (regenerated from ../shared and compared),
// the sanitizer drops what they do not allow, and the test helpers that prove the export can fail.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowListSource, readSchemas } from '../../../scripts/amazonMqSchemas';
import { sanitizeBroker, writeKept } from '../../../src/model/amazonMq/sanitize';
import { parseXml } from '../../../src/model/xml/parse';
import { checkTerraform, schemaErrors } from './schemaCheck';

const GENERATED = fileURLToPath(new URL('../../../src/model/amazonMq/allowList.generated.ts', import.meta.url));

describe('the generated allow-list', () => {
  it('is what scripts/amazon-mq-allowlist.ts makes of the XSDs today', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(allowListSource(readSchemas()));
  });
});

const SOURCE = `<beans><broker xmlns="http://activemq.apache.org/schema/core" brokerName="x" useJmx="false" persistent="true" maxUncommittedCount="5">
  <managementContext><managementContext createConnector="false"/></managementContext>
  <systemUsage><systemUsage><memoryUsage><memoryUsage percentOfJvmHeap="90" limit="64 mb"/></memoryUsage></systemUsage></systemUsage>
  <networkConnectors><networkConnector name="a" uri="static:(ssl://h:61617)" password="p" duplex="maybe"><localUri><bean/></localUri></networkConnector></networkConnectors>
</broker></beans>`;

describe('sanitizeBroker', () => {
  const el = parseXml(SOURCE, 'x.xml').root.children.find((n) => n.kind === 'element')!;
  if (el.kind !== 'element') throw new Error('fixture');

  it('removes, item by item, what the version\'s schema does not allow, and keeps the rest', () => {
    const { kept, removed } = sanitizeBroker(el, '5.17');
    expect(removed.map((r) => `${r.kind} ${r.path} ${r.name}`)).toEqual([
      'attribute broker brokerName', 'attribute broker useJmx', 'attribute broker maxUncommittedCount',
      'element broker managementContext',
      'value broker/systemUsage/systemUsage/memoryUsage/memoryUsage percentOfJvmHeap',
      'attribute broker/systemUsage/systemUsage/memoryUsage/memoryUsage limit',
      'attribute broker/networkConnectors/networkConnector password', 'value broker/networkConnectors/networkConnector duplex',
      'element broker/networkConnectors/networkConnector/localUri bean',
    ]);
    const xml = writeKept(kept);
    expect(xml).toContain('persistent="true"');
    expect(schemaErrors('5.17', [{ name: 'kept', xml }])).toBe('');
  });

  it('knows what later versions added (maxUncommittedCount from 5.19)', () => {
    const { removed } = sanitizeBroker(el, '5.19');
    expect(removed.map((r) => r.name)).not.toContain('maxUncommittedCount');
  });

  it('is checked by a validator that does fail: the unsanitized broker does not validate', () => {
    const bare = SOURCE.replace(/^<beans>|<\/beans>$/g, '');
    expect(schemaErrors('5.17', [{ name: 'raw', xml: bare }])).toMatch(/brokerName.*not allowed/);
  });
});

describe('checkTerraform', () => {
  it('reports a reference to nothing declared', async () => {
    const { unresolved } = await checkTerraform('variable "a" {\n  type = string\n}\nresource "aws_mq_broker" "x" {\n  broker_name = "${var.a}-${var.b}-${aws_mq_broker.y.id}"\n  note = "$${var.c}"\n}\n');
    expect(unresolved).toEqual(['var.b', 'aws_mq_broker.y.id']);
  });
});
