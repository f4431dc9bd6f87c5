// `explain CODE [--json]`: what a diagnostic code means on a real broker and how to fix it, from the diagnostics
// catalogue (the same text as docs/diagnostics.md and the designer's help). Without a code: the list of codes.

import { catalogue, codeMeta } from '../model/validate/catalogue';
import { metaText } from '../model/validate/catalogueText';
import type { ParsedArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, type Io } from './commands';

export function explainCommand(args: ParsedArgs, io: Io): number {
  const json = args.options.has('json');
  const code = args.positional[0];
  if (!code) {
    if (json) io.out(`${JSON.stringify(catalogue, null, 2)}\n`);
    else io.out(catalogue.map((m) => `${m.code.padEnd(34)} ${m.title}`).join('\n') + '\n');
    return EXIT_OK;
  }
  const meta = codeMeta(code);
  if (!meta) {
    io.err(`error: no diagnostic code ${JSON.stringify(code)}; \`explain\` alone lists them all\n`);
    return EXIT_BAD_INPUT;
  }
  io.out(json ? `${JSON.stringify(meta, null, 2)}\n` : metaText(meta));
  return EXIT_OK;
}
