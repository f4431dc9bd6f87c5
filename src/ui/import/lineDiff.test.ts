// The import diff's line LCS and hunks: equal texts, edits in the middle, additions at the ends, CRLF, and a
// random check that applying the diff's '+' and ' ' lines gives the new text and '-' and ' ' the old one.

import { describe, expect, it } from 'vitest';
import { diffLines, hunks, unifiedDiff } from './lineDiff';

const join = (lines: string[]) => lines.join('\n');

describe('lineDiff', () => {
  it('finds nothing between equal texts, whatever their line ends', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('');
    expect(unifiedDiff('a\r\nb\r\n', 'a\nb', 'x', 'y')).toBe('');
  });

  it('shows a changed line with context and a unified header', () => {
    const before = join(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const after = join(['1', '2', '3', '4', 'five', '6', '7', '8', '9']);
    expect(unifiedDiff(before, after, 'old.xml', 'export')).toBe(
      ['--- old.xml', '+++ export', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });

  it('splits far-apart changes into hunks and merges near ones', () => {
    const base = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const far = base.map((l, i) => (i === 2 || i === 25 ? `${l}!` : l));
    expect(hunks(diffLines(join(base), join(far))).length).toBe(2);
    const near = base.map((l, i) => (i === 2 || i === 6 ? `${l}!` : l));
    expect(hunks(diffLines(join(base), join(near))).length).toBe(1);
  });

  it('handles additions and removals at either end', () => {
    const d = diffLines('b\nc', 'a\nb\nc\nd');
    expect(d.map((l) => l.op + l.text)).toEqual(['+a', ' b', ' c', '+d']);
    expect(diffLines('a\nb', '').filter((l) => l.op === '-').length).toBe(2);
  });

  it('always rebuilds both texts (random edits)', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: rnd(25) }, () => `x${rnd(6)}`);
      const b = a.flatMap((l) => (rnd(5) === 0 ? [] : rnd(6) === 0 ? [l, `y${rnd(4)}`] : [l]));
      const d = diffLines(join(a), join(b));
      expect(d.filter((l) => l.op !== '+').map((l) => l.text)).toEqual(a.length ? a : ['']);
      expect(d.filter((l) => l.op !== '-').map((l) => l.text)).toEqual(b.length ? b : ['']);
    }
  });
});
