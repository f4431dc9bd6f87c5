// axe-core over a designer page (@axe-core/playwright on the playwright-core page): the violations of impact
// serious or critical, and a failure message that names each one (rule, impact, help, every target selector with
// a snippet of its markup and axe's own summary of what is wrong), so a reader knows what to fix without rerunning.

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type Violation = AxeResults['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe's default rules over the whole page (no region excluded), plus label-content-name-mismatch (WCAG 2.1
 *  2.5.3, "label in name": a control's visible text is part of its accessible name), which axe still ships as
 *  experimental and so leaves off. Returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

/** One line per violation, then one per element it names: the selector, the markup, what axe says is wrong. */
export function describeViolations(violations: Violation[]): string {
  return violations.map((v) => [
    `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${clip(n.html)}\n      ${clip(n.failureSummary ?? '', 300)}`),
  ].join('\n')).join('\n');
}
