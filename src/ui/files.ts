// File I/O of the designer, all local: downloads through object URLs, Open through a file input. Nothing leaves
// the page.

import { buildZip, fileSafeName, parseTopology, serializeTopology, topologyFileName, type Topology } from '../model';
import { loadTopology, useDesigner } from '../store/designerStore';
import { currentTopology, diagnosticsOf } from '../store/derived';
import { openDialog } from '../store/uiStore';
import { useZipOptions } from './ZipKeytoolOption';

export function download(fileName: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function networkZipName(topology: Topology): string {
  return `${fileSafeName(topology.name || 'network')}.zip`;
}

/** Download zip: exactly buildZip(topology) with the network's diagnostics in its README, the same bytes as
 *  `cli export --zip --force` unless the keystore script is ticked. With errors it asks first, listing them. */
export function downloadZip(): void {
  const topology = currentTopology();
  const diagnostics = diagnosticsOf(useDesigner.getState().current.network);
  const save = () => download(networkZipName(topology), buildZip(topology, { keytoolScript: useZipOptions.getState().keytoolScript, diagnostics }), 'application/zip');
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) openDialog({ kind: 'zip-errors', errors: errors.map(({ code, message }) => ({ code, message })), download: save });
  else save();
}

export function saveFile(): void {
  const topology = currentTopology();
  download(topologyFileName(topology), serializeTopology(topology), 'application/json');
}

/** Reads a chosen file; a file that does not parse leaves the current network as it is and says why. */
export async function openFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    openDialog({ kind: 'error', title: `Cannot read ${file.name}`, message: (e as Error).message });
    return;
  }
  try {
    loadTopology(parseTopology(text, file.name));
  } catch (e) {
    openDialog({ kind: 'error', title: `Cannot open ${file.name}`, message: `${(e as Error).message}\n\nThe current network is unchanged.` });
  }
}

/** Opens the browser's file chooser for .amq.json files. */
export function chooseFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.amq.json,application/json';
  input.onchange = () => { const f = input.files?.[0]; if (f) void openFile(f); };
  input.click();
}
