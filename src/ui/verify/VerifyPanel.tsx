// The verify report panel (left sidebar, shown while a report is open): the verdict, each cause with its brokers
// and links, and every flow with expected / observed. The canvas shows the same until Clear.

import { useEffect, useRef } from 'react';
import { setSimHighlight, useSimHighlight } from '../../canvas/simHighlight';
import type { FlowReport } from '../../model/verify';
import { useNetwork } from '../../store/derived';
import { causeWord, verifyHighlight } from './verifyHighlight';
import { clearVerifyReport, useVerify } from './verifyStore';
import './verify.css';

const flowOk = (f: FlowReport) => !f.untested && f.delivered === f.expected && f.copies <= 1;

function outcome(f: FlowReport): string {
  if (f.untested) return `untested: ${f.untested}`;
  const got = f.delivered ? `delivered${f.copies > 1 ? ` ${f.copies} times` : ''}${f.latencyMs !== null ? ` in ${f.latencyMs} ms` : ''}` : 'not delivered';
  return `${got}; ${f.expected ? `designed via ${f.path.join(' → ') || 'a path'}` : 'not designed to arrive'}`;
}

export function VerifyPanel() {
  const { report, fileName } = useVerify();
  const network = useNetwork();
  const owner = useSimHighlight((s) => s.owner);
  const heading = useRef<HTMLHeadingElement>(null);
  // Follow network edits (a renamed link) while this report is what the canvas shows.
  useEffect(() => {
    if (report && owner === 'verify') setSimHighlight(verifyHighlight(network, report), 'verify');
  }, [network, report]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { if (report) heading.current?.focus(); }, [report]);
  if (!report) return null;
  const unknown = [...new Set(report.flows.flatMap((f) => [f.from, f.to]))].filter((b) => !network.brokers.some((x) => x.name === b));
  const good = report.verdict === 'as-designed';
  const failing = report.flows.filter((f) => !flowOk(f)).length;
  return (
    <section className="panel verify" aria-label="Verify report" data-testid="verify-panel">
      <div className="panel-title-row">
        <h2 className="panel-title" tabIndex={-1} ref={heading}>Verify report</h2>
        <button type="button" className="small-button" data-testid="verify-clear" onClick={clearVerifyReport}>Clear</button>
      </div>
      <p className={`verify-verdict ${good ? 'ok' : 'differs'}`} data-testid="verify-verdict" data-verdict={report.verdict}>
        {good ? '✓ As designed' : '✗ Differs from the design'}: {report.flows.length - failing} of {report.flows.length} flows as designed
        <span className="muted"> ({fileName}{report.network ? `, network ${report.network}` : ''})</span>
      </p>
      {unknown.length > 0 && <p className="field-error" role="alert">Not in this network: {unknown.join(', ')}. Open the network the report was made for.</p>}
      {report.causes.length > 0 && (
        <ul className="verify-causes" aria-label="Causes">
          {report.causes.map((c, i) => (
            <li key={i} className="verify-cause" data-cause={c.kind}>
              <span className="verify-cause-kind">{causeWord(c.kind)}</span> {c.message}
              {c.links.length > 0 && <span className="verify-refs">links: {c.links.join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <ul className="sim-result-list" aria-label="Flows">
        {report.flows.map((f, i) => (
          <li key={i} className={`sim-result ${flowOk(f) ? 'ok' : 'missed'}`} data-verify-flow={`${f.from}>${f.to} ${f.destination}`} data-ok={flowOk(f)}>
            <span className="sim-result-head">{flowOk(f) ? '✓' : '✗'} <span className="sim-name">{f.from} → {f.to}</span></span>
            <span className="sim-name">{f.destination}</span>
            <span className="sim-path-text">{outcome(f)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
