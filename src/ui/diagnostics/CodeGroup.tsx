// The diagnostics of one code: a header with the code, its count and "Fix all (N)" where the code has a one-click
// fix, collapsible; the cards listed a page at a time (a large network has thousands).

import { useState } from 'react';
import type { Diagnostic, Topology } from '../../model';
import { FIXABLE_CODES } from '../../model/fixes';
import { applyFixAll } from '../../store/actions';
import { notify } from '../../store/uiStore';
import { DiagnosticCard } from './DiagnosticCard';

/** Items listed per group before a "show more": laying out thousands of cards held up the canvas's first frame. */
export const DIAGNOSTICS_PAGE = 100;

function fixAll(code: string, count: number): void {
  const applied = applyFixAll(code);
  notify(applied ? `Fixed ${applied} of ${count} ${code} (one undo step)` : `No ${code} could be fixed automatically`);
}

export function CodeGroup({ code, items, network }: { code: string; items: Diagnostic[]; network: Topology }) {
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(DIAGNOSTICS_PAGE);
  const listId = `diag-list-${code}`;
  return (
    <div className="diag-code-group" data-code-group={code}>
      <div className="diag-code-head">
        <button type="button" className="diag-code-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> <span className="diag-code-name">{code}</span> <span className="diag-code-count">{items.length}</span>
        </button>
        {FIXABLE_CODES.has(code) && items.length > 1 && (
          <button type="button" className="fix-button fix-all" data-fix-all={code} onClick={() => fixAll(code, items.length)} title={`Apply the first fix of every ${code}, as one undo step`}>
            Fix all ({items.length})
          </button>
        )}
      </div>
      {open && (
        <>
          <ul className="diag-list" id={listId}>{items.slice(0, shown).map((d, i) => <DiagnosticCard key={`${d.code}-${i}`} d={d} network={network} />)}</ul>
          {items.length > shown && (
            <div className="diag-more">
              <span className="muted">{shown} of {items.length} shown</span>
              <button type="button" className="small-button" onClick={() => setShown(shown + DIAGNOSTICS_PAGE)}>Show {Math.min(DIAGNOSTICS_PAGE, items.length - shown)} more</button>
              <button type="button" className="small-button" onClick={() => setShown(items.length)}>Show all</button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
