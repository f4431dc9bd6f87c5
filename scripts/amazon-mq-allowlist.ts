// Writes src/model/amazonMq/allowList.generated.ts from the Amazon MQ XSDs in ../shared/amazon-mq (run with
// `npx tsx scripts/amazon-mq-allowlist.ts`). tests/unit/amazonMq/allowList.test.ts regenerates and compares.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allowListSource, readSchemas } from "./amazonMqSchemas";

const out = fileURLToPath(new URL('../src/model/amazonMq/allowList.generated.ts', import.meta.url));
writeFileSync(out, allowListSource(readSchemas()));
console.log(`wrote ${out}`);
