// The import diff: an imported broker's original activemq.xml against what export writes now, as unified hunks
// (jsdiff's structuredPatch, a maintained Myers diff, rather than our own LCS). Passwords are masked before
// diffing unless shown, and "ignore formatting" compares both files laid out one tag per line, attributes
// single-spaced, so a reindented or rewrapped file shows only what really changed.

import { structuredPatch } from 'diff';
import { maskPasswords } from '../../model';

export type DiffOp = ' ' | '-' | '+';

export interface DiffLine { op: DiffOp; text: string }

export interface Hunk { header: string; lines: DiffLine[] }

export interface XmlDiffOptions {
  showPasswords?: boolean;
  ignoreFormatting?: boolean;
  context?: number;
}

// Comments, CDATA, processing instructions and tags, or the text between them.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<[^>]*>|[^<]+/g;

/** One tag, comment or text run per line, whitespace inside tags collapsed: the file's content without its layout. */
export function xmlLayout(text: string): string {
  const out: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    if (token.startsWith('<!--') || token.startsWith('<![CDATA[')) { out.push(token.replace(/\s+/g, ' ').trim()); continue; }
    if (token.startsWith('<')) {
      // Outside attribute values only: "a  =  'x'" and "a='x'" are the same attribute.
      out.push(token.replace(/("[^"]*"|'[^']*')|\s+/g, (_m, quoted: string | undefined) => quoted ?? ' ').replace(/\s*=\s*/g, '=').replace(/\s*(\/?>)$/, '$1').replace(/^<\s+/, '<'));
      continue;
    }
    const t = token.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n') + '\n';
}

export function xmlDiff(before: string, after: string, opts: XmlDiffOptions = {}): Hunk[] {
  const prepare = (s: string) => { const m = opts.showPasswords ? s : maskPasswords(s); return opts.ignoreFormatting ? xmlLayout(m) : m; };
  const patch = structuredPatch('a', 'b', prepare(before), prepare(after), undefined, undefined, { context: opts.context ?? 3, stripTrailingCr: true });
  return patch.hunks.map((h) => ({
    header: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    lines: h.lines.filter((l) => !l.startsWith('\\')).map((l) => ({ op: l[0] as DiffOp, text: l.slice(1) })),
  }));
}

/** The whole diff as unified-diff text (for tests and Copy). */
export function unifiedDiff(before: string, after: string, nameA: string, nameB: string, opts: XmlDiffOptions = {}): string {
  const hs = xmlDiff(before, after, opts);
  if (!hs.length) return '';
  return [`--- ${nameA}`, `+++ ${nameB}`, ...hs.flatMap((h) => [h.header, ...h.lines.map((l) => l.op + l.text)])].join('\n') + '\n';
}
