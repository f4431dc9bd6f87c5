// The bench's printed report: the one model-versus-baseline table, the within-3x and linear-growth verdicts with a
// reason for any row that grows faster than linearly, and the targets at 1,000 brokers.

import { DESCRIPTIONS, OPERATIONS, type Operation, type Pair } from './figures';
import { ms, type Timing } from './timing';

export const WITHIN = 3; // a model row is "within" when model / baseline <= 3
export const LINEAR_SLACK = 1.5; // per-broker time may grow this much from 1,000 to 5,000 brokers and still count as linear
export const TARGETS = { validate: 50, export: 300, import: 1000 }; // ms at 1,000 brokers (~3,000 links)

/** Why a row grows faster than linearly, found by profiling (printed only when the run shows it). */
const REASONS: Record<Operation, string> = {
  validate: 'the network diameter (graph.ts maxHops, for R8 and networkTTL) is a BFS from every endpoint, bit-parallel 32 at a time:\n'
    + '             O(n/32 · (n+m)), quadratic in brokers (CPU profile: ~1.6 → ~5.8 µs per broker from 1,000 to 5,000); the rest is GC on a larger heap',
  export: 'exportFiles derives the network first, and networkTTL needs that same quadratic diameter (maxHops); the XML and the topology\n'
    + '             file are linear string building, and their extra cost at 5,000 (escapeAttr, serializeTopology) is GC of ~30 MiB of text',
  import: 'runs are cold (the connector and URI caches are emptied before each; at 1,000 they used to answer from the run before,\n'
    + '             which made 1,000 look cheap); what is left is GC: every file keeps its template text, ~26 MiB of XML at 5,000 brokers',
  zip: 'buildZip is export (above) plus deflate, which is linear in bytes; extra growth comes from export and GC of the encoded buffers',
};

export const ratio = (p: Pair) => p.model.median / p.baseline.median;
export const perBrokerUs = (t: Timing, brokers: number) => (t.median * 1000) / brokers;

export function table(pairs: Pair[]): string {
  const head = ['operation', 'brokers', 'links', 'model ms', 'baseline ms', 'ratio', 'model µs/broker', `within ${WITHIN}×`];
  const body = pairs.map((p) => [
    p.operation, p.brokers.toLocaleString('en'), p.links.toLocaleString('en'), ms(p.model.median), ms(p.baseline.median),
    `${ratio(p).toFixed(ratio(p) < 10 ? 2 : 0)}×`, perBrokerUs(p.model, p.brokers).toFixed(1), ratio(p) <= WITHIN ? 'yes' : 'no',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

export function legend(): string[] {
  return OPERATIONS.map((op) => `  ${op.padEnd(8)} model: ${DESCRIPTIONS[op].model}\n           baseline: ${DESCRIPTIONS[op].baseline}`);
}

export interface Growth {
  operation: Operation;
  /** Per-broker model time at the largest size over that at the one before (1.0 = linear). */
  model: number;
  baseline: number;
  from: number;
  to: number;
  linear: boolean;
}

/** Per-broker time growth between the two largest sizes (small sizes are dominated by fixed costs). */
export function growth(pairs: Pair[]): Growth[] {
  // With one size (BENCH_SIZES=1000) there is no growth to report.
  return OPERATIONS.flatMap((operation) => {
    const rows = pairs.filter((p) => p.operation === operation).sort((a, b) => a.brokers - b.brokers);
    if (rows.length < 2) return [];
    const [a, b] = rows.slice(-2);
    const g = (t: (p: Pair) => Timing) => perBrokerUs(t(b), b.brokers) / perBrokerUs(t(a), a.brokers);
    const model = g((p) => p.model);
    return [{ operation, model, baseline: g((p) => p.baseline), from: a.brokers, to: b.brokers, linear: model <= LINEAR_SLACK }];
  });
}

export function verdicts(pairs: Pair[]): string[] {
  const out: string[] = [];
  for (const op of OPERATIONS) {
    const rows = pairs.filter((p) => p.operation === op);
    const within = rows.filter((p) => ratio(p) <= WITHIN).map((p) => p.brokers.toLocaleString('en'));
    const range = rows.map((p) => `${ratio(p).toFixed(1)}×`).join(', ');
    out.push(`  ${op.padEnd(8)} within ${WITHIN}× of its baseline at ${within.length ? within.join(', ') : 'no size'} of ${rows.length} sizes (ratios ${range})`);
  }
  out.push('', `Growth: per-broker time at the largest size over the one before (1.00 = linear; up to ${LINEAR_SLACK} counted as linear on a noisy machine):`);
  for (const g of growth(pairs)) {
    const us = pairs.filter((p) => p.operation === g.operation).map((p) => `${perBrokerUs(p.model, p.brokers).toFixed(0)}`).join(' / ');
    out.push(`  ${g.operation.padEnd(8)} ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')}: model ×${g.model.toFixed(2)}, baseline ×${g.baseline.toFixed(2)} — ${g.linear ? 'linear' : 'GROWS FASTER than linear'} (model µs/broker by size: ${us})`);
    if (!g.linear) out.push(`           why (we think): ${REASONS[g.operation]}`);
  }
  return out;
}

export function targets(pairs: Pair[]): string[] {
  const at = (op: Operation) => pairs.find((p) => p.operation === op && p.brokers === 1000);
  const line = (label: string, op: Operation, target: number) => {
    const p = at(op);
    if (!p) return `  ${label} not measured at 1,000 brokers`;
    return `  ${label.padEnd(26)} ${ms(p.model.median)} ms (min ${ms(p.model.min)}) — target < ${target} ms: ${p.model.median < target ? 'met' : 'MISSED'}`;
  };
  const links = at('validate')?.links.toLocaleString('en') ?? '?';
  return [
    `Targets at 1,000 brokers + ${links} links (regional-mesh):`,
    line('validate', 'validate', TARGETS.validate),
    line('export of every file', 'export', TARGETS.export),
    line('import of 1,000 files', 'import', TARGETS.import),
  ];
}
