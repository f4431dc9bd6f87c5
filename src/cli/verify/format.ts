// The human-readable output of `verify` (without --json): one line per flow, the causes, the verdict.

import type { VerifyReport } from '../../model/verify';

export function formatReport(r: VerifyReport): string {
  const lines: string[] = [];
  const ok = r.brokers.filter((b) => b.status === 'ok').length;
  lines.push(`verify${r.network ? ` ${r.network}` : ''} (run ${r.runId}): ${r.flows.length} flows, ${ok} of ${r.brokers.length} brokers answered`);
  if (r.cappedFrom) lines.push(`  (capped: ${r.flows.length} of ${r.cappedFrom} flows; narrow them with --flows)`);
  for (const f of r.flows) {
    const good = !f.untested && f.delivered === f.expected && f.copies <= 1;
    const got = f.untested ? `untested (${f.untested})` : f.delivered ? `delivered, ${f.copies} ${f.copies === 1 ? 'copy' : 'copies'}, ${f.latencyMs} ms` : 'not delivered';
    const want = f.expected ? `expected via ${f.path.join(' → ')}` : 'not expected';
    lines.push(`  ${good ? 'ok  ' : 'DIFF'} ${f.from} → ${f.to}  ${f.destination}: ${got}; ${want}`);
  }
  if (r.causes.length) {
    lines.push('causes:');
    for (const c of r.causes) {
      const refs = [c.brokers.length ? `brokers: ${c.brokers.join(', ')}` : '', c.links.length ? `links: ${c.links.join(', ')}` : ''].filter(Boolean).join('; ');
      lines.push(`  ${c.kind}: ${c.message}${refs ? `\n      (${refs})` : ''}`);
    }
  }
  lines.push(`verdict: ${r.verdict === 'as-designed' ? 'as designed' : 'differs'}`);
  return lines.join('\n') + '\n';
}
