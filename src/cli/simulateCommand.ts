// `simulate FILE --from B --to B1[,B2…] --destination topic://X|queue://X [--json]` (CONTRACT section 2).

import { parseDestination, simulate } from '../model/simulate';
import { type ParsedArgs, stringOption, UsageError } from './args';
import { EXIT_OK, type Io, loadTopology } from './commands';

export function simulateCommand(args: ParsedArgs, io: Io): number {
  const from = stringOption(args, 'from');
  const to = stringOption(args, 'to');
  const dest = stringOption(args, 'destination');
  if (!from || !to || !dest) throw new UsageError('simulate needs --from BROKER --to BROKER[,BROKER…] --destination topic://NAME|queue://NAME');
  const destination = parseDestination(dest);
  if (!destination) throw new UsageError(`--destination must be topic://NAME or queue://NAME, not ${JSON.stringify(dest)}`);
  // --via topic://VirtualTopic.X: published to that virtual topic, consumed from the --destination queue (P7 copies).
  const viaText = stringOption(args, 'via');
  const via = viaText === undefined ? undefined : parseDestination(viaText);
  if (viaText !== undefined && via?.type !== 'topic') throw new UsageError(`--via must be topic://NAME, not ${JSON.stringify(viaText)}`);
  const topology = loadTopology(args.positional[0]);
  const result = simulate(topology, from, to.split(',').map((s) => s.trim()).filter(Boolean), destination, { via });
  if (args.options.has('json')) {
    io.out(JSON.stringify(result, null, 2) + '\n');
    return EXIT_OK;
  }
  io.out(`${result.destination} sent at ${JSON.stringify(from)}:\n`);
  for (const r of result.results) {
    const copies = r.copies > 1 ? ` (${r.copies} copies)` : '';
    io.out(r.delivered ? `  delivered at ${r.to}${copies}: ${r.path.join(' → ')}\n` : `  NOT delivered at ${r.to}: ${r.reason}\n`);
    for (const h of r.hops ?? []) io.out(`    ${h.from} → ${h.to} over connector ${JSON.stringify(h.connector)}${h.dialledBy === h.from ? '' : ` (duplex, dialled by ${h.dialledBy})`}\n`);
  }
  return EXIT_OK;
}
