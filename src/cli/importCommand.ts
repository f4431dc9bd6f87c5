// `import XML_OR_ZIP... [--out FILE]` (CONTRACT section 2): activemq.xml files (or zips of them) to a topology.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importBrokerFiles, isZip, serializeTopology, type SourceFile, TopologyError, validate, xmlFilesFromZip } from '../model';
import { type ParsedArgs, stringOption, UsageError } from './args';
import { EXIT_OK, type Io, summary } from './commands';

export function importCommand(args: ParsedArgs, io: Io): number {
  if (args.positional.length === 0) throw new UsageError('name one or more activemq.xml files or zips');
  const sources: SourceFile[] = [];
  for (const path of args.positional) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new TopologyError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: path });
    }
    if (isZip(bytes)) sources.push(...xmlFilesFromZip(bytes, path));
    else sources.push({ name: path, text: new TextDecoder('utf-8').decode(bytes) });
  }
  const name = args.positional.length === 1 ? basename(args.positional[0]).replace(/\.(xml|zip)$/i, '') : undefined;
  const topology = importBrokerFiles(sources, name);
  const text = serializeTopology(topology);
  const out = stringOption(args, 'out');
  if (out) {
    writeFileSync(out, text);
    io.err(`wrote ${out}: ${topology.brokers.length} brokers, ${topology.links.length} links; ${summary(validate(topology))}\n`);
  } else io.out(text);
  return EXIT_OK;
}
