// The "?" on a diagnostic card: opens the help's diagnostics catalogue at the card's code.

import { openDialog } from '../../store/uiStore';
import './help.css';

export function ExplainLink({ code }: { code: string }) {
  return (
    <button
      type="button" className="diag-explain" data-explain={code} title={`What ${code} breaks on a real broker, and how to fix it`}
      aria-label={`Explain ${code}`} onClick={() => openDialog({ kind: 'help', section: 'diagnostics', code })}
    >
      ?
    </button>
  );
}
