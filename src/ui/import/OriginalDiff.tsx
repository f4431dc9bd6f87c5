// The diff of an imported broker's original activemq.xml against what export writes now, as unified-diff text
// (every line a text node, never HTML); passwords masked unless shown, formatting optionally ignored.

import { useMemo } from 'react';
import type { Original } from './originals';
import { xmlDiff } from './xmlDiff';

const CLASS = { ' ': 'd-line', '-': 'd-line d-del', '+': 'd-line d-add' } as const;

export function OriginalDiff({ original, xml, showPasswords, ignoreFormatting }: { original: Original; xml: string; showPasswords: boolean; ignoreFormatting: boolean }) {
  const parts = useMemo(() => xmlDiff(original.text, xml, { showPasswords, ignoreFormatting }), [original.text, xml, showPasswords, ignoreFormatting]);
  const added = parts.reduce((n, h) => n + h.lines.filter((l) => l.op === '+').length, 0);
  const removed = parts.reduce((n, h) => n + h.lines.filter((l) => l.op === '-').length, 0);
  const how = ignoreFormatting ? ' (formatting ignored)' : '';
  if (!parts.length) return <p className="panel-hint xml-diff-same" data-testid="xml-diff-same">Export writes {original.file} back {ignoreFormatting ? 'with the same content' : 'unchanged'}{showPasswords ? '' : ' (passwords not compared while hidden)'}.</p>;
  return (
    <>
      <p className="panel-hint" data-testid="xml-diff-summary">
        {original.file} → export{how}: {removed} line{removed === 1 ? '' : 's'} removed, {added} added.
      </p>
      <pre className="xml-code xml-diff" data-testid="xml-diff" tabIndex={0}>
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
