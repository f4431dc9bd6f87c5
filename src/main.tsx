// Browser entry: picks the first network (share link, else autosave, else the NOC-and-countries example), starts
// autosave and renders the designer.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTopology, type Topology } from './model';
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

async function firstNetwork(): Promise<Topology> {
  const shared = await fromShareLink();
  if (shared) {
    notify(`Opened the shared network${shared.name ? ` "${shared.name}"` : ''}`);
    return shared;
  }
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
  return exampleTopology('noc-and-countries');
}

// The first render waits for the first network (a share link unpacks asynchronously), so that no example flashes.
void firstNetwork().then(async (topology) => {
  // A network without positions (a hand-written or generated file) is laid out before its first frame.
  if (topology.brokers.length && topology.brokers.every((b) => !b.position)) {
    const { layoutPositions } = await import('./store/autoLayout');
    try {
      const positions = await layoutPositions(topology);
      topology = { ...topology, brokers: topology.brokers.map((b, i) => ({ ...b, position: positions[i] })) };
    } catch { /* drawn in the placeholder grid instead */ }
  }
  useDesigner.setState(initialState(topology));
  startAutosave();
  createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
  // A share link opened in this tab while the designer is running.
  addEventListener('hashchange', () => {
    void fromShareLink().then((t) => { if (t) loadTopology(t); });
  });
});
