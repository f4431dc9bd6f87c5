// A small line diff (longest common subsequence over lines) and its unified hunks: the original activemq.xml of
// an imported broker against what export writes now. Text only; the caller renders it as text, never as HTML.

export type DiffOp = ' ' | '-' | '+';

export interface DiffLine {
  op: DiffOp;
  text: string;
  /** 1-based line in the original (for ' ' and '-'). */
  a?: number;
  /** 1-based line in the new text (for ' ' and '+'). */
  b?: number;
}

export interface Hunk {
  header: string;
  lines: DiffLine[];
}

/** Past this many cells the middle is shown as removed then added, instead of running the quadratic LCS. */
const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ op: ' ', text: a[i], a: i + 1, b: i + 1 });
  out.push(...middle(a, b, start, endA, endB));
  for (let i = endA, j = endB; i < a.length; i++, j++) out.push({ op: ' ', text: a[i], a: i + 1, b: j + 1 });
  return out;
}

function middle(a: string[], b: string[], start: number, endA: number, endB: number): DiffLine[] {
  const n = endA - start;
  const m = endB - start;
  const out: DiffLine[] = [];
  if (n * m > MAX_CELLS) {
    for (let i = start; i < endA; i++) out.push({ op: '-', text: a[i], a: i + 1 });
    for (let j = start; j < endB; j++) out.push({ op: '+', text: b[j], b: j + 1 });
    return out;
  }
  // len[i][j]: LCS length of a[start+i..endA) and b[start+j..endB), in one flat array.
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[start + i] === b[start + j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      out.push({ op: ' ', text: a[start + i], a: start + i + 1, b: start + j + 1 });
      i++; j++;
    } else if (j < m && (i === n || len[i * w + j + 1] >= len[(i + 1) * w + j])) {
      out.push({ op: '+', text: b[start + j], b: start + j + 1 });
      j++;
    } else {
      out.push({ op: '-', text: a[start + i], a: start + i + 1 });
      i++;
    }
  }
  // Within a change, show removals before additions, as unified diffs do.
  return regroup(out);
}

function regroup(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let minus: DiffLine[] = [];
  let plus: DiffLine[] = [];
  const flush = () => { out.push(...minus, ...plus); minus = []; plus = []; };
  for (const l of lines) {
    if (l.op === '-') minus.push(l);
    else if (l.op === '+') plus.push(l);
    else { flush(); out.push(l); }
  }
  flush();
  return out;
}

/** The changed lines with `context` unchanged lines around them, grouped as unified-diff hunks. */
export function hunks(lines: DiffLine[], context = 3): Hunk[] {
  const changed = lines.flatMap((l, i) => (l.op === ' ' ? [] : [i]));
  const out: Hunk[] = [];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - context);
    let to = Math.min(lines.length, changed[k] + context + 1);
    while (k + 1 < changed.length && changed[k + 1] - context <= to) { k++; to = Math.min(lines.length, changed[k] + context + 1); }
    k++;
    const part = lines.slice(from, to);
    out.push({ header: header(part), lines: part });
  }
  return out;
}

function header(part: DiffLine[]): string {
  const aLines = part.filter((l) => l.op !== '+');
  const bLines = part.filter((l) => l.op !== '-');
  const aStart = aLines[0]?.a ?? 0;
  const bStart = bLines[0]?.b ?? 0;
  return `@@ -${aStart},${aLines.length} +${bStart},${bLines.length} @@`;
}

/** The whole diff as unified-diff text (for Copy and for tests). */
export function unifiedDiff(before: string, after: string, nameA: string, nameB: string, context = 3): string {
  const hs = hunks(diffLines(before, after), context);
  if (!hs.length) return '';
  return [`--- ${nameA}`, `+++ ${nameB}`, ...hs.flatMap((h) => [h.header, ...h.lines.map((l) => l.op + l.text)])].join('\n') + '\n';
}
