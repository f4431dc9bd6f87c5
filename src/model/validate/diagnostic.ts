// Building diagnostics (CONTRACT section 3) and the stable order they are reported in.

import type { Diagnostic, Severity } from '../types';

export function diagnostic(code: string, severity: Severity, message: string, brokers: string[] = [], links: string[] = []): Diagnostic {
  return { code, severity, message, brokers: unique(brokers), links: unique(links) };
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity the rules' own order is kept. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.map((d, i) => [d, i] as const).sort((a, b) => RANK[a[0].severity] - RANK[b[0].severity] || a[1] - b[1]).map(([d]) => d);
}

/** `"a", "b" and "c"` for messages. */
export function quoteList(names: string[]): string {
  const q = names.map((n) => JSON.stringify(n));
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
