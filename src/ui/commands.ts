// Every user command in one registry (label, shortcut, perform): the toolbar, the keyboard handler and the help
// dialog all read it, so a shortcut shown is a shortcut that works.

import { exampleTopology } from '../model';
import { copySelected, deleteSelected, pasteClipboard, secureTheNetwork, setPositions } from '../store/actions';
import { layoutPositions } from '../store/autoLayout';
import { loadTopology, redo, select, undo, useDesigner } from '../store/designerStore';
import { currentTopology } from '../store/derived';
import { EMPTY_SELECTION } from '../store/edits';
import { shareUrl } from '../store/shareLink';
import { notify, openDialog } from '../store/uiStore';
import { chooseFile, downloadZip, saveFile } from './files';
import { setSimulateOpen } from './simulate/simulationStore';
import { chooseVerifyReport } from './verify/verifyStore';

export interface Command {
  id: string;
  label: string;
  /** Shown in the help dialog and tooltips, e.g. "Ctrl+Z". */
  keys?: string[];
  /** Whether a keydown triggers the command. */
  matches?: (e: KeyboardEvent) => boolean;
  /** Also handled while typing in a field (Ctrl+S); most commands are not. */
  inFields?: boolean;
  run: () => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

export async function autoLayout(): Promise<void> {
  const network = useDesigner.getState().current.network;
  const positions = await layoutPositions(network);
  // The network may have changed while dagre loaded; lay out only if it did not.
  if (useDesigner.getState().current.network === network) setPositions(positions);
}

export function newNetwork(): void {
  loadTopology({ format: 'amq-topology/1', name: 'network', settings: { preset: 'mcollective' }, brokers: [], links: [] });
}

export function loadExample(id: string): void {
  loadTopology(exampleTopology(id));
}

export function share(): void {
  openDialog({ kind: 'share', url: shareUrl(currentTopology(), location.href) });
}

/** "Secure the network" (model/secureNetwork.ts) as one undo step, then a summary of what it changed. */
export function secure(): void {
  openDialog({ kind: 'summary', title: 'Secure the network', lines: secureTheNetwork() });
}

/** Opens the simulate panel and puts the cursor in it. */
export function openSimulate(): void {
  setSimulateOpen(true);
  setTimeout(() => document.getElementById('sim-from')?.focus(), 0);
}

export const commands: Command[] = [
  { id: 'new', label: 'New network', run: newNetwork },
  { id: 'open', label: 'Open…', keys: ['Ctrl+O'], matches: (e) => mod(e) && key(e, 'o'), inFields: true, run: chooseFile },
  { id: 'save', label: 'Save', keys: ['Ctrl+S'], matches: (e) => mod(e) && key(e, 's'), inFields: true, run: saveFile },
  { id: 'import', label: 'Import activemq.xml…', run: () => openDialog({ kind: 'import' }) },
  { id: 'zip', label: 'Download zip', run: downloadZip },
  { id: 'share', label: 'Share link', run: share },
  { id: 'secure', label: 'Secure the network', run: secure },
  { id: 'undo', label: 'Undo', keys: ['Ctrl+Z'], matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'), run: undo },
  { id: 'redo', label: 'Redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], matches: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')), run: redo },
  { id: 'delete', label: 'Delete selection', keys: ['Delete', 'Backspace'], matches: (e) => e.key === 'Delete' || e.key === 'Backspace', run: deleteSelected },
  { id: 'copy', label: 'Copy brokers', keys: ['Ctrl+C'], matches: (e) => mod(e) && key(e, 'c') && !getSelection()?.toString(), run: () => { if (copySelected()) notify('Copied'); } },
  { id: 'paste', label: 'Paste brokers', keys: ['Ctrl+V'], matches: (e) => mod(e) && key(e, 'v'), run: pasteClipboard },
  {
    id: 'selectAll', label: 'Select all', keys: ['Ctrl+A'], matches: (e) => mod(e) && key(e, 'a'),
    run: () => { const n = useDesigner.getState().current.network; select({ brokers: n.brokers.map((_, i) => i), links: n.links.map((_, i) => i) }); },
  },
  { id: 'deselect', label: 'Clear selection', keys: ['Escape'], matches: (e) => e.key === 'Escape', run: () => select(EMPTY_SELECTION) },
  { id: 'find', label: 'Find broker', keys: ['Ctrl+F'], matches: (e) => mod(e) && key(e, 'f'), run: () => document.getElementById('find-broker')?.focus() },
  { id: 'layout', label: 'Auto-layout', keys: ['Shift+L'], matches: (e) => e.shiftKey && !mod(e) && key(e, 'l'), run: () => void autoLayout() },
  { id: 'simulate', label: 'Simulate message flow', keys: ['Shift+S'], matches: (e) => e.shiftKey && !mod(e) && key(e, 's'), run: openSimulate },
  { id: 'verifyReport', label: 'Open verify report…', run: chooseVerifyReport },
  { id: 'help', label: 'Keyboard shortcuts', keys: ['?'], matches: (e) => e.key === '?', run: () => openDialog({ kind: 'help' }) },
];

export const command = (id: string): Command => commands.find((c) => c.id === id)!;
