// Reading the activemq.xml files out of a zip (such as this tool's own export): every .xml entry, in zip order.

import { unzipSync } from 'fflate';
import { TopologyError } from '../topologyErrors';
import type { SourceFile } from './index';

const MAX_ENTRIES = 5000;
const MAX_TOTAL = 200 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function xmlFilesFromZip(bytes: Uint8Array, zipName: string): SourceFile[] {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  try {
    // The filter sees each entry's declared size first, so a zip bomb is refused before it is inflated.
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.xml$/i.test(f.name) || f.name.startsWith('__MACOSX/')) return false;
        total += f.originalSize;
        if (++count > MAX_ENTRIES || total > MAX_TOTAL) throw new TopologyError('the zip holds too many or too large .xml files', { file: zipName });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof TopologyError) throw e;
    throw new TopologyError(`not a readable zip (${(e as Error).message})`, { file: zipName });
  }
  const decoder = new TextDecoder('utf-8');
  const files = Object.entries(entries).map(([name, data]) => ({ name: `${zipName}:${name}`, text: decoder.decode(data) }));
  if (files.length === 0) throw new TopologyError('the zip holds no .xml file', { file: zipName });
  return files;
}
