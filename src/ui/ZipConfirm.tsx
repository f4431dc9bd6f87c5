// Download zip while the network has errors: nothing is saved until the user has seen the errors and chosen
// "Download anyway" (the CLI likewise refuses without --force). The zip's README lists them too.

import { plural } from '../store/plural';
import { openDialog } from '../store/uiStore';
import { Modal } from './Modal';

/** Errors listed in the dialog before "and N more" (a large network can have hundreds). */
const SHOWN = 12;

export function ZipConfirmDialog({ errors, download }: { errors: { code: string; message: string }[]; download: () => void }) {
  return (
    <Modal title={`The network has ${plural(errors.length, 'error')}`} tone="error">
      <p>Brokers started from these files would misbehave. The zip’s README.txt lists the same problems.</p>
      <ul className="zip-errors" data-testid="zip-errors">
        {errors.slice(0, SHOWN).map((e, i) => <li key={i}><code>{e.code}</code> {e.message}</li>)}
      </ul>
      {errors.length > SHOWN && <p className="muted">and {plural(errors.length - SHOWN, 'more error')} (see the Diagnostics panel)</p>}
      <div className="modal-actions">
        <button type="button" className="small-button" data-autofocus onClick={() => openDialog(undefined)}>Cancel</button>
        <button type="button" className="small-button danger" data-testid="zip-anyway" onClick={() => { openDialog(undefined); download(); }}>Download anyway</button>
      </div>
    </Modal>
  );
}
