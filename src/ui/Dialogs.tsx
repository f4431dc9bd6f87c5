// The dialogs the UI store can open: an error (file that did not open, broken autosave), keyboard help, share link,
// import of activemq.xml files, Connect to… (ConnectDialog.tsx).

import { Component, lazy, type ReactNode, Suspense } from 'react';
import { notify, openDialog, useUi } from '../store/uiStore';
import { ConnectDialog } from './ConnectDialog';
import { HelpDialog } from './help/HelpDialog';
import { Modal } from './Modal';
import { ZipConfirmDialog } from './ZipConfirm';

// The importer (the dialog, activemq.xml reading, connector resolution, zip input) loads when first opened: it is
// not needed to draw a network, and keeping it out of the first load shortens the page's start.
const ImportDialog = lazy(() => import('./import/ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** A lazily loaded dialog whose code cannot be fetched (the app was rebuilt or its server stopped while this tab
 *  stayed open) says so, instead of taking the designer down with it. */
class LoadFailure extends Component<{ children: ReactNode }, { failure?: string }> {
  state: { failure?: string } = {};
  static getDerivedStateFromError(e: unknown) { return { failure: (e as Error)?.message || String(e) }; }
  render() {
    if (this.state.failure === undefined) return this.props.children;
    return (
      <Modal title="The importer could not be loaded" tone="error">
        <pre className="error-message" data-testid="error-message">
          {`${this.state.failure}\nYour network is unchanged. Save it, then reload the page.`}
        </pre>
      </Modal>
    );
  }
}

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
  if (dialog.kind === 'help') return <HelpDialog section={dialog.section} code={dialog.code} />;
  if (dialog.kind === 'share') return <ShareDialog url={dialog.url} />;
  if (dialog.kind === 'summary') return <SummaryDialog title={dialog.title} lines={dialog.lines} />;
  if (dialog.kind === 'connect') return <ConnectDialog from={dialog.from} />;
  if (dialog.kind === 'zip-errors') return <ZipConfirmDialog errors={dialog.errors} download={dialog.download} />;
  if (dialog.kind === 'import') return <LoadFailure><Suspense fallback={null}><ImportDialog /></Suspense></LoadFailure>;
  return (
    <Modal title={dialog.title} tone="error">
      <pre className="error-message" data-testid="error-message">{dialog.message}</pre>
      <div className="modal-actions"><button type="button" className="small-button" onClick={() => openDialog(undefined)}>OK</button></div>
    </Modal>
  );
}
