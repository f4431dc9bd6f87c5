// Every diagnostic of validate(), live, grouped by severity. Clicking one selects and centres what it names; fix
// buttons apply the model's one-click fixes (src/model/fixes.ts) as one undo step.

import { useState } from 'react';
import { type Diagnostic, type Severity, type Topology } from '../model';
import { fixesFor } from '../model/fixes';
import { applyFix, selectDiagnostic } from '../store/actions';
import { diagnosticsOf, useCheckedNetwork } from '../store/derived';
import { focusBrokers } from '../store/uiStore';

/** Items listed per group before a "show more": a network of 1,000 brokers can have thousands of diagnostics, and
 * laying out every one of them held up the first frame of the canvas by a third of a second (bench:canvas). */
export const DIAGNOSTICS_PAGE = 100;

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

function DiagnosticItem({ d, network }: { d: Diagnostic; network: Topology }) {
  const fixes = fixesFor(network, d);
  const show = () => focusBrokers(selectDiagnostic(d));
  return (
    <li className={`diag sev-${d.severity}`} data-code={d.code}>
      <button type="button" className="diag-main" onClick={show} title="Select and show on the canvas">
        <span className="diag-code">{d.code}</span>
        <span className="diag-message">{d.message}</span>
      </button>
      {fixes.length > 0 && (
        <div className="diag-fixes">
          {fixes.map((f) => (
            <button key={f.label} type="button" className="fix-button" onClick={() => applyFix(f)} data-fix={f.label}>{f.label}</button>
          ))}
        </div>
      )}
    </li>
  );
}

export function DiagnosticsPanel() {
  const network = useCheckedNetwork();
  if (!network) {
    return (
      <section className="panel diagnostics" aria-label="Diagnostics">
        <h2 className="panel-title">Diagnostics <span className="count" data-testid="diag-count">…</span></h2>
        <p className="muted" role="status">Checking the network…</p>
      </section>
    );
  }
  return <DiagnosticsList network={network} diagnostics={diagnosticsOf(network)} />;
}

function DiagnosticsList({ network, diagnostics }: { network: Topology; diagnostics: Diagnostic[] }) {
  const [shown, setShown] = useState<Record<Severity, number>>({ error: DIAGNOSTICS_PAGE, warning: DIAGNOSTICS_PAGE, info: DIAGNOSTICS_PAGE });
  return (
    <section className="panel diagnostics" aria-label="Diagnostics">
      <h2 className="panel-title">
        Diagnostics
        <span className={`count ${diagnostics.some((d) => d.severity === 'error') ? 'sev-error' : diagnostics.length ? 'sev-warning' : 'ok'}`} data-testid="diag-count">{diagnostics.length}</span>
      </h2>
      {diagnostics.length === 0 && <p className="diag-clean" role="status">✓ No problems found. The network is ready to export.</p>}
      {GROUPS.map(({ severity, title }) => {
        const items = diagnostics.filter((d) => d.severity === severity);
        if (!items.length) return null;
        return (
          <div key={severity} className="diag-group" data-severity={severity}>
            <h3 className={`diag-group-title sev-${severity}`}>{title} <span className="muted">{items.length}</span></h3>
            <ul className="diag-list">{items.slice(0, shown[severity]).map((d, i) => <DiagnosticItem key={`${d.code}-${i}`} d={d} network={network} />)}</ul>
            {items.length > shown[severity] && (
              <div className="diag-more">
                <span className="muted">{shown[severity]} of {items.length} shown</span>
                <button type="button" className="small-button" onClick={() => setShown({ ...shown, [severity]: shown[severity] + DIAGNOSTICS_PAGE })}>
                  Show {Math.min(DIAGNOSTICS_PAGE, items.length - shown[severity])} more
                </button>
                <button type="button" className="small-button" onClick={() => setShown({ ...shown, [severity]: items.length })}>Show all</button>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
