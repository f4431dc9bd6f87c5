// The import's steps outside React: read chosen or dropped files (zips unpacked), run the importer, and load the
// result — replaced or merged, laid out by ELK — as one undoable step, remembering the original texts.

// The importer's own modules, not the model's index: the bundler then leaves them to the lazily loaded import chunk.
import type { Topology } from '../../model';
import { importBrokerFiles, type SourceFile } from '../../model/import';
import { isZip, xmlFilesFromZip } from '../../model/import/zipInput';
import { layoutPositions } from '../../store/autoLayout';
import { loadTopology, useDesigner } from '../../store/designerStore';
import { combine, type ImportMode } from './mergeImport';
import { type Original, rememberOriginals } from './originals';

/** Reads files as the person chose or dropped them: a zip gives its activemq.xml files, anything else is text. */
export async function readSources(files: File[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (isZip(bytes)) out.push(...xmlFilesFromZip(bytes, f.name));
    else out.push({ name: f.name, text: new TextDecoder().decode(bytes) });
  }
  return out;
}

/** The pasted texts as files, named pasted-1.xml, pasted-2.xml, … (empty boxes skipped). */
export function pastedSources(pastes: string[]): SourceFile[] {
  return pastes.flatMap((text, i) => (text.trim() ? [{ name: `pasted-${i + 1}.xml`, text }] : []));
}

export type Parsed = { ok: true; topology: Topology; sources: SourceFile[] } | { ok: false; message: string };

/** Runs the importer; what it refuses comes back as its message, which names file, line and column. */
export function parseSources(sources: SourceFile[], name?: string): Parsed {
  if (!sources.length) return { ok: false, message: 'Paste an activemq.xml, or choose or drop files first.' };
  try {
    return { ok: true, topology: importBrokerFiles(sources, name), sources };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** A name for the imported network: the zip's name, else "imported". */
export function networkNameFor(fileNames: string[]): string {
  const zip = fileNames.find((n) => /\.zip$/i.test(n));
  return zip ? zip.replace(/^.*[\\/]/, '').replace(/\.zip$/i, '') || 'imported' : 'imported';
}

/** Loads the parsed import into the designer as one undo step, laid out automatically. */
export async function applyImport(parsed: Extract<Parsed, { ok: true }>, mode: ImportMode): Promise<void> {
  const current = useDesigner.getState().current.network;
  const network = combine(current, parsed.topology, mode);
  const positions = await layoutPositions(network);
  loadTopology({ ...network, brokers: network.brokers.map((b, i) => ({ ...b, position: positions[i] })) });
  const text = new Map(parsed.sources.map((s) => [s.name, s.text]));
  const entries = parsed.topology.brokers.flatMap((b) => {
    const file = b.imported?.file;
    const t = file !== undefined ? text.get(file) : undefined;
    return file !== undefined && t !== undefined ? [[b.name, { file, text: t }] as [string, Original]] : [];
  });
  rememberOriginals(entries, mode === 'replace');
}
