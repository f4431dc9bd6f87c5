// One diagnostic as a card: clicking it selects and centres what it names; its one-click fixes apply as one undo
// step each. Extra controls (an "explain" link to the catalogue, …) go in `children`, below the fixes.

import type { ReactNode } from 'react';
import type { Diagnostic, Topology } from '../../model';
import { fixesFor } from '../../model/fixes';
import { applyFix, selectDiagnostic } from '../../store/actions';
import { focusBrokers } from '../../store/uiStore';
import { ExplainLink } from '../help/ExplainLink';

export function DiagnosticCard({ d, network, children }: { d: Diagnostic; network: Topology; children?: ReactNode }) {
  const fixes = fixesFor(network, d);
  const show = () => focusBrokers(selectDiagnostic(d));
  return (
    <li className={`diag sev-${d.severity}`} data-code={d.code}>
      <button type="button" className="diag-main" onClick={show} title="Select and show on the canvas">
        <span className="diag-code">{d.code}</span>
        <span className="diag-message">{d.message}</span>
      </button>
      <ExplainLink code={d.code} />
      {fixes.length > 0 && (
        <div className="diag-fixes">
          {fixes.map((f) => (
            <button key={f.label} type="button" className="fix-button" onClick={() => applyFix(f)} data-fix={f.label}>{f.label}</button>
          ))}
        </div>
      )}
      {children}
    </li>
  );
}
