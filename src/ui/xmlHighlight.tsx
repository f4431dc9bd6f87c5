// A small XML highlighter that returns React elements (text nodes, never HTML), so hostile values in the XML are
// shown as text. Good enough for the generator's output: declarations, comments, tags, attributes, text.

import type { ReactNode } from 'react';

const TOKEN = /(<!--[\s\S]*?-->)|(<\?[\s\S]*?\?>)|(<\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)(\s*\/?>)/g;
const ATTR = /(\s+)([\w:.-]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

function attributes(text: string, key: number): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ATTR)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    out.push(m[1], <span key={`${key}n${m.index}`} className="x-attr">{m[2]}</span>, m[3], <span key={`${key}v${m.index}`} className="x-val">{m[4]}</span>);
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function highlightXml(xml: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let k = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m.index! > last) out.push(xml.slice(last, m.index));
    k++;
    if (m[1]) out.push(<span key={k} className="x-comment">{m[1]}</span>);
    else if (m[2]) out.push(<span key={k} className="x-decl">{m[2]}</span>);
    else {
      out.push(
        <span key={k} className="x-punct">{m[3]}</span>,
        <span key={`${k}t`} className="x-tag">{m[4]}</span>,
        ...attributes(m[5], k),
        <span key={`${k}e`} className="x-punct">{m[6]}</span>,
      );
    }
    last = m.index! + m[0].length;
  }
  if (last < xml.length) out.push(xml.slice(last));
  return out;
}
