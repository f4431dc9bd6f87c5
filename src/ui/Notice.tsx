// The notice at the bottom of the window: a short message (copied, imported, …), with a button when there is
// something to take back (Undo after the whole network was replaced by New, a template, Open or a share link).

import { dismissNotice, useUi } from '../store/uiStore';
import './notice.css';

export function Notice() {
  const notice = useUi((s) => s.notice);
  const action = useUi((s) => s.noticeAction);
  return (
    <div className={`notice${notice ? ' shown' : ''}${action ? ' with-action' : ''}`} role="status" aria-live="polite" data-testid="notice">
      <span>{notice}</span>
      {notice && action && (
        <>
          <button type="button" className="notice-action" data-testid="notice-action" onClick={action.run}>{action.label}</button>
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismissNotice}>✕</button>
        </>
      )}
    </div>
  );
}
