// The dialogs the UI store can open: an error (file that did not open, broken autosave), keyboard help, share link,
// import of activemq.xml files, Connect to… (ConnectDialog.tsx).

import { lazy, Suspense } from 'react';
import { notify, openDialog, useUi } from '../store/uiStore';
import { ConnectDialog } from './ConnectDialog';
import { LoadFailure } from './LoadFailure';
import { Modal } from './Modal';
import { ZipConfirmDialog } from './ZipConfirm';

// The importer (the dialog, activemq.xml reading, connector resolution, zip input) and the help (guide and
// diagnostics catalogue) load when first opened: neither is needed to draw a network, and keeping them out of the
// first load shortens the page's start.
const ImportDialog = lazy(() => import('./import/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const HelpDialog = lazy(() => import('./help/HelpDialog').then((m) => ({ default: m.HelpDialog })));

function ShareDialog({ url }: { url: string }) {
  const copy = async () => {
    try { await navigator.clipboard.writeText(url); notify('Share link copied'); openDialog(undefined); } catch { notify('Select the link and copy it.'); }
  };
  return (
    <Modal title="Share link">
      <p>The whole network is packed into this link, after the <code>#</code>: it is never sent to a server. Anyone with the link sees the passwords in it.</p>
      <input className="share-url" readOnly value={url} aria-label="Share link" data-autofocus onFocus={(e) => e.target.select()} />
      <div className="modal-actions"><button type="button" className="small-button primary" onClick={copy}>Copy link</button></div>
    </Modal>
  );
}

/** What a network-wide action did, as a list: the user sees every change it made (Ctrl+Z undoes it in one step). */
function SummaryDialog({ title, lines }: { title: string; lines: string[] }) {
  return (
    <Modal title={title}>
      {lines.length ? (
        <ul className="summary-list" data-testid="summary-lines">{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
      ) : <p data-testid="summary-lines">Nothing to change: the network already is as secure as this action makes it.</p>}
      {lines.length > 0 && <p className="panel-hint">One undo step: Ctrl+Z puts everything back.</p>}
      <div className="modal-actions"><button type="button" className="small-button primary" onClick={() => openDialog(undefined)}>OK</button></div>
    </Modal>
  );
}

export function Dialogs() {
  const dialog = useUi((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'help') return <LoadFailure what="help"><Suspense fallback={null}><HelpDialog section={dialog.section} code={dialog.code} /></Suspense></LoadFailure>;
  if (dialog.kind === 'share') return <ShareDialog url={dialog.url} />;
  if (dialog.kind === 'summary') return <SummaryDialog title={dialog.title} lines={dialog.lines} />;
  if (dialog.kind === 'connect') return <ConnectDialog from={dialog.from} />;
  if (dialog.kind === 'zip-errors') return <ZipConfirmDialog errors={dialog.errors} download={dialog.download} />;
  if (dialog.kind === 'import') return <LoadFailure what="importer"><Suspense fallback={null}><ImportDialog /></Suspense></LoadFailure>;
  return (
    <Modal title={dialog.title} tone="error">
      <pre className="error-message" data-testid="error-message">{dialog.message}</pre>
      <div className="modal-actions"><button type="button" className="small-button" onClick={() => openDialog(undefined)}>OK</button></div>
    </Modal>
  );
}
