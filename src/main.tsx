// Browser entry: picks the first network (share link, else autosave, else the NOC-and-countries example), starts
// autosave and renders the designer.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTopology, serializeTopology, type Topology } from './model';
import { restoreAutosave, startAutosave } from './store/autosave';
import { initialState, loadTopology, useDesigner } from './store/designerStore';
import { readShareLink } from './store/shareLink';
import { notify, openDialog } from './store/uiStore';
import './styles/app.css';
import { App } from './ui/App';

/** The share link in the URL, if any; it is removed from the address bar once loaded, so a reload keeps edits. */
async function fromShareLink(): Promise<Topology | undefined> {
  try {
    const t = await readShareLink(location.hash);
    if (t) history.replaceState(null, '', location.pathname + location.search);
    return t;
  } catch (e) {
    openDialog({ kind: 'error', title: 'Cannot open the share link', message: (e as Error).message });
    return undefined;
  }
}

/** The network of the last session (autosave), if one could be read; problems with it are reported. */
function lastSession(): Topology | undefined {
  let restored;
  try { restored = restoreAutosave(); } catch { restored = undefined; }
  if (restored && 'topology' in restored) {
    if (restored.staleSince) {
      openDialog({
        kind: 'error', title: 'The autosave is older than your last edits',
        message: `Since ${new Date(restored.staleSince).toLocaleString()} this browser's storage refused to save the network, so this is the `
          + 'last version it kept. If you saved a file after that time, open it instead.',
      });
    }
    return restored.topology;
  }
  if (restored && 'problem' in restored) openDialog({ kind: 'error', title: 'Autosave could not be restored', message: restored.problem });
  return undefined;
}

const openedText = (t: Topology) => `Opened the shared network${t.name ? ` "${t.name}"` : ''}.`;

/** The first document: a share link, else the autosave, else the NOC-and-countries example. A share link opened
 *  over an autosaved network replaces it as an undoable step (with a notice offering Undo), never silently. */
async function firstDocument(): Promise<void> {
  const shared = await fromShareLink();
  const previous = lastSession();
  if (shared && previous && previous.brokers.length && serializeTopology(previous) !== serializeTopology(shared)) {
    useDesigner.setState(initialState(previous));
    loadTopology(shared, openedText(shared));
    return;
  }
  if (shared) notify(openedText(shared));
  let topology = shared ?? previous ?? exampleTopology('noc-and-countries');
  // A network without positions (a hand-written or generated file) is laid out before its first frame.
  if (topology.brokers.length && topology.brokers.every((b) => !b.position)) {
    const { layoutPositions } = await import('./store/autoLayout');
    try {
      const positions = await layoutPositions(topology);
      topology = { ...topology, brokers: topology.brokers.map((b, i) => ({ ...b, position: positions[i] })) };
    } catch { /* drawn in the placeholder grid instead */ }
  }
  useDesigner.setState(initialState(topology));
}

// The first render waits for the first network (a share link unpacks asynchronously), so that no example flashes.
void firstDocument().then(() => {
  startAutosave();
  createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
  // A share link opened in this tab while the designer is running.
  addEventListener('hashchange', () => {
    void fromShareLink().then((t) => { if (t) loadTopology(t, openedText(t)); });
  });
});
