// npm run docs:diagnostics: writes docs/diagnostics.md from the diagnostics catalogue (tests/unit/diagnostics/
// catalogue.test.ts fails while the checked-in file differs).
import { writeFileSync } from 'node:fs';
import { catalogueMarkdown } from '../src/model/validate/catalogueText';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), catalogueMarkdown());
console.log('wrote docs/diagnostics.md');
