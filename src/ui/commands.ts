// Every user command in one registry (label, shortcut, perform): the toolbar, the keyboard handler and the help
// dialog all read it, so a shortcut shown is a shortcut that works.

import { exampleTopology } from '../model';
import { copySelected, deleteSelected, pasteClipboard, secureTheNetwork, setPositions } from '../store/actions';
import { LAYOUT_KINDS, type LayoutKind } from '../store/layout/kinds';
import { loadTopology, redo, select, undo, useDesigner } from '../store/designerStore';
import { currentTopology } from '../store/derived';
import { EMPTY_SELECTION } from '../store/edits';
import { shareUrl } from '../store/shareLink';
import { notify, openDialog, requestFit, setLocationFrames, setTheme, useUi } from '../store/uiStore';
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
  /** Left out of the toolbar's "More" menu (it lists every other command the toolbar does not show). */
  inMenu?: false;
  run: () => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

let lastLayout: LayoutKind = 'layered';
/** Counts layout requests: when several are under way (radial is instant, ELK's layouts are not), the last wins. */
let layoutRequests = 0;

/** Lays the network out (one undo step) with `kind`, or the kind chosen last, then fits it into view. */
export async function autoLayout(kind: LayoutKind = lastLayout): Promise<void> {
  lastLayout = kind;
  const request = ++layoutRequests;
  const network = useDesigner.getState().current.network;
  // The layout code (and ELK, for all but radial) loads on first use.
  const { layoutPositions } = await import('../store/autoLayout');
  const positions = await layoutPositions(network, kind);
  // The network may have changed while ELK loaded or ran, or a later layout was asked for; lay out only if not.
  if (useDesigner.getState().current.network !== network || request !== layoutRequests) return;
  setPositions(positions);
  setLocationFrames(kind === 'location');
  requestFit();
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

/** "Connect to…": the one selected broker dials a broker picked from a list (ui/ConnectDialog.tsx). */
export function connectTo(): void {
  const { brokers, links } = useDesigner.getState().selection;
  if (brokers.length === 1 && !links.length) openDialog({ kind: 'connect', from: brokers[0] });
  else notify('Select one broker first: Connect to… links it to a broker you pick.');
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
  { id: 'deselect', inMenu: false, label: 'Clear selection', keys: ['Escape'], matches: (e) => e.key === 'Escape', run: () => select(EMPTY_SELECTION) },
  {
    id: 'connectTo', label: 'Connect to…', keys: ['C'], matches: (e) => !mod(e) && !e.altKey && !e.shiftKey && key(e, 'c'), run: connectTo,
  },
  { id: 'find', label: 'Find broker', keys: ['Ctrl+F'], matches: (e) => mod(e) && key(e, 'f'), run: () => document.getElementById('find-broker')?.focus() },
  { id: 'layout', label: 'Auto-layout', keys: ['Shift+L'], matches: (e) => e.shiftKey && !mod(e) && key(e, 'l'), run: () => void autoLayout() },
  ...LAYOUT_KINDS.map(({ kind, label }): Command => ({ id: `layout-${kind}`, label: `Layout: ${label.toLowerCase()}`, run: () => void autoLayout(kind) })),
  { id: 'fit', label: 'Fit view', run: requestFit },
  { id: 'theme', label: 'Light / dark theme', run: () => setTheme(useUi.getState().theme === 'dark' ? 'light' : 'dark') },
  { id: 'simulate', label: 'Simulate message flow', keys: ['Shift+S'], matches: (e) => e.shiftKey && !mod(e) && key(e, 's'), run: openSimulate },
  { id: 'verifyReport', label: 'Open verify report…', run: chooseVerifyReport },
  { id: 'help', label: 'Help: guide, diagnostics, shortcuts', keys: ['?'], matches: (e) => e.key === '?', run: () => openDialog({ kind: 'help' }) },
];

export const command = (id: string): Command => commands.find((c) => c.id === id)!;
