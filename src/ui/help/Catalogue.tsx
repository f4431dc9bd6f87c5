// The diagnostics catalogue in the help dialog: every code, from the rules' own metadata (model/validate/
// catalogue.ts, the same list as the CLI's `explain` and docs/diagnostics.md). Opened at a code from a diagnostic.

import { useEffect, useRef, useState } from 'react';
import { catalogue } from '../../model/validate/catalogue';
import type { CodeMeta } from '../../model/validate/meta';

/** Plain prose with `code spans`, as the metadata is written. */
function Prose({ text }: { text: string }) {
  return <>{text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

function Entry({ m, open }: { m: CodeMeta; open: boolean }) {
  return (
    <details className="code-entry" id={`code-${m.code}`} open={open} data-code-entry={m.code}>
      <summary>
        <code className="code-name">{m.code}</code> <span className={`code-sev sev-${m.severities[0]}`}>{m.severities.join(' / ')}</span>
        <span className="code-title">{m.title}</span>
      </summary>
      <dl>
        <dt>What breaks</dt><dd><Prose text={m.breaks} /></dd>
        {m.logLine && <><dt>On the broker</dt><dd><pre className="code-log" tabIndex={0}>{m.logLine}</pre></dd></>}
        <dt>Fix</dt><dd><Prose text={m.fix} />{m.fixable && <span className="muted"> The designer offers a one-click fix.</span>}</dd>
        {m.example && <><dt>Example</dt><dd><pre className="code-example" tabIndex={0}>{m.example}</pre></dd></>}
        {m.refs?.length ? <><dt>Notes</dt><dd>{m.refs.join(', ')}</dd></> : null}
      </dl>
    </details>
  );
}

export function Catalogue({ code }: { code?: string }) {
  const [query, setQuery] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (code) ref.current?.querySelector(`[data-code-entry="${CSS.escape(code)}"]`)?.scrollIntoView({ block: 'start' });
  }, [code]);
  const q = query.trim().toLowerCase();
  const shown = q ? catalogue.filter((m) => `${m.code} ${m.title} ${m.breaks}`.toLowerCase().includes(q)) : catalogue;
  return (
    <div className="catalogue" ref={ref}>
      <input
        type="search" className="catalogue-filter" placeholder="Filter codes…" aria-label="Filter diagnostic codes"
        value={query} onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted">{shown.length} of {catalogue.length} codes. The same text: <code>amq-network-designer explain CODE</code> and docs/diagnostics.md.</p>
      {shown.map((m) => <Entry key={m.code} m={m} open={m.code === code} />)}
    </div>
  );
}
