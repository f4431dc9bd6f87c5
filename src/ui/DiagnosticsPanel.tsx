// Every diagnostic of validate(), live: by severity, then grouped by code with counts (collapsible, "Fix all (N)"
// where the code has a one-click fix), optionally only those naming the selected brokers and links. The card and
// group components are in ui/diagnostics/.

import { useMemo, useState } from 'react';
import { type Diagnostic, linkId, type Severity, type Topology } from '../model';
import { useDesigner } from '../store/designerStore';
import { diagnosticsOf, useCheckedNetwork } from '../store/derived';
import { secure } from './commands';
import { CodeGroup } from './diagnostics/CodeGroup';

export { DIAGNOSTICS_PAGE } from './diagnostics/CodeGroup';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

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

/** The diagnostics naming a selected broker or link. */
function useSelectionFilter(network: Topology, on: boolean): ((d: Diagnostic) => boolean) | undefined {
  const selection = useDesigner((s) => s.selection);
  return useMemo(() => {
    if (!on) return undefined;
    const brokers = new Set(selection.brokers.map((i) => network.brokers[i]?.name));
    const links = new Set(selection.links.map((i) => network.links[i] && linkId(network.links[i])));
    return (d: Diagnostic) => d.brokers.some((b) => brokers.has(b)) || d.links.some((l) => links.has(l));
  }, [on, selection, network]);
}

// What "Secure the network" takes care of: where one of these is listed, the panel offers it.
const SECURITY_CODES = new Set(['no-authentication', 'plaintext-wan-link', 'weak-password', 'plain-port-open', 'bridge-user-unknown', 'bridge-user-unauthorized', 'ssl-context-missing']);

/** Diagnostics of one severity by code, codes in the order their first diagnostic comes. */
function byCode(items: Diagnostic[]): [string, Diagnostic[]][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of items) { const g = groups.get(d.code); if (g) g.push(d); else groups.set(d.code, [d]); }
  return [...groups];
}

function DiagnosticsList({ network, diagnostics }: { network: Topology; diagnostics: Diagnostic[] }) {
  const [onlySelection, setOnlySelection] = useState(false);
  const filter = useSelectionFilter(network, onlySelection);
  const shown = filter ? diagnostics.filter(filter) : diagnostics;
  return (
    // Focusable: when the simulate panel above grows, this list scrolls, and a keyboard user must be able to scroll it.
    <section className="panel diagnostics" aria-label="Diagnostics" tabIndex={0}>
      <h2 className="panel-title">
        Diagnostics
        <span className={`count ${diagnostics.some((d) => d.severity === 'error') ? 'sev-error' : diagnostics.length ? 'sev-warning' : 'ok'}`} data-testid="diag-count">{diagnostics.length}</span>
      </h2>
      {diagnostics.length > 0 && (
        <label className="check diag-filter" title="List only the diagnostics that name a selected broker or link">
          <input type="checkbox" name="diag-only-selection" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} />
          Only the selection{filter ? ` (${shown.length} of ${diagnostics.length})` : ''}
        </label>
      )}
      {diagnostics.some((d) => SECURITY_CODES.has(d.code)) && (
        <div className="diag-secure">
          <button type="button" className="small-button primary" data-testid="diag-secure" onClick={secure}>Secure the network</button>
          <span className="muted">users, bridge credentials and SSL everywhere, in one undo step</span>
        </div>
      )}
      {diagnostics.length === 0 && (network.brokers.length === 0
        ? <p className="muted" role="status" data-testid="diag-empty">Nothing to check yet: the network has no brokers.</p>
        : <p className="diag-clean" role="status">✓ No problems found. The network is ready to export.</p>)}
      {filter && shown.length === 0 && <p className="panel-hint" data-testid="diag-none-selected">Nothing here names the selection.</p>}
      {GROUPS.map(({ severity, title }) => {
        const items = shown.filter((d) => d.severity === severity);
        if (!items.length) return null;
        return (
          <div key={severity} className="diag-group" data-severity={severity}>
            <h3 className={`diag-group-title sev-${severity}`}>{title} <span className="muted">{items.length}</span></h3>
            {byCode(items).map(([code, list]) => <CodeGroup key={code} code={code} items={list} network={network} />)}
          </div>
        );
      })}
    </section>
  );
}
