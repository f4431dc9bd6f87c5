// The diff of an imported broker's original activemq.xml against what export writes now, as unified-diff text
// (every line a text node, never HTML).

import { useMemo } from 'react';
import { diffLines, hunks } from './lineDiff';
import type { Original } from './originals';

const CLASS = { ' ': 'd-line', '-': 'd-line d-del', '+': 'd-line d-add' } as const;

export function OriginalDiff({ original, xml }: { original: Original; xml: string }) {
  const parts = useMemo(() => hunks(diffLines(original.text, xml)), [original.text, xml]);
  const added = parts.reduce((n, h) => n + h.lines.filter((l) => l.op === '+').length, 0);
  const removed = parts.reduce((n, h) => n + h.lines.filter((l) => l.op === '-').length, 0);
  if (!parts.length) return <p className="panel-hint xml-diff-same" data-testid="xml-diff-same">Export writes {original.file} back unchanged.</p>;
  return (
    <>
      <p className="panel-hint" data-testid="xml-diff-summary">
        {original.file} → export: {removed} line{removed === 1 ? '' : 's'} removed, {added} added.
      </p>
      <pre className="xml-code xml-diff" data-testid="xml-diff">
        <code>
          <span className="d-line d-hunk">--- {original.file}</span>
          <span className="d-line d-hunk">+++ export</span>
          {parts.map((h, i) => (
            <span key={i}>
              <span className="d-line d-hunk">{h.header}</span>
              {h.lines.map((l, k) => <span key={k} className={CLASS[l.op]}>{l.op}{l.text}</span>)}
            </span>
          ))}
        </code>
      </pre>
    </>
  );
}
