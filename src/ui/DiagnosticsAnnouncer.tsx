// A polite live region that tells screen-reader users what an edit did to the diagnostics ("2 errors, 1 warning"),
// without moving their focus. Silent on the first check of a network: only changes are announced.

import { useEffect, useRef, useState } from 'react';
import { diagnosticsOf, useCheckedNetwork } from '../store/derived';

export function diagnosticsSummary(counts: { error: number; warning: number; info: number }): string {
  const { error, warning, info } = counts;
  if (!error && !warning && !info) return 'No problems found.';
  const part = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : []);
  return `Diagnostics: ${[...part(error, 'error'), ...part(warning, 'warning'), ...part(info, 'info')].join(', ')}.`;
}

export function DiagnosticsAnnouncer() {
  const network = useCheckedNetwork();
  const [text, setText] = useState('');
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!network) return;
    const list = diagnosticsOf(network);
    const count = (s: string) => list.filter((d) => d.severity === s).length;
    const summary = diagnosticsSummary({ error: count('error'), warning: count('warning'), info: count('info') });
    if (last.current !== undefined && last.current !== summary) setText(summary);
    last.current = summary;
  }, [network]);
  return <div className="visually-hidden" role="status" aria-live="polite" data-testid="diagnostics-announcer">{text}</div>;
}
