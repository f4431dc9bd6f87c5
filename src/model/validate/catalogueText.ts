// The catalogue as text: the Markdown of docs/diagnostics.md (scripts/diagnosticsDoc.ts writes it; a unit test
// checks the checked-in file against it) and the plain text of the CLI's `explain CODE`.

import { catalogue, UNCHECKED_PITFALLS } from './catalogue';
import type { CodeMeta } from './meta';

const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'info' } as const;

function severities(m: CodeMeta): string {
  return m.severities.map((s) => SEVERITY_WORD[s]).join(' or ');
}

/** Prose for Markdown: `code spans` stay as written; elsewhere the characters Markdown would read as markup are
 * escaped (the metadata is plain text: the designer shows it as such). */
export function mdProse(text: string): string {
  return text.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part.replace(/[\\*_<[\]|]/g, (c) => `\\${c}`))).join('');
}

/** One code as a Markdown section. */
export function metaMarkdown(m: CodeMeta): string {
  const lines = [`## \`${m.code}\``, '', `**${severities(m)}**${m.refs?.length ? ` · ${m.refs.join(', ')}` : ''}${m.fixable ? ' · one-click fix in the designer' : ''}`, '', `${mdProse(m.title)}.`, ''];
  lines.push(`**What breaks.** ${mdProse(m.breaks)}`, '');
  if (m.logLine) lines.push('**On the broker:**', '', '```', m.logLine, '```', '');
  lines.push(`**Fix.** ${mdProse(m.fix)}`, '');
  if (m.example) lines.push('**Example:**', '', '```', m.example, '```', '');
  return lines.join('\n');
}

/** docs/diagnostics.md: every code of the catalogue, in its order, after a table of contents. */
export function catalogueMarkdown(list: CodeMeta[] = catalogue): string {
  const head = [
    '# Diagnostics',
    '',
    '<!-- Generated from the rules\' metadata (src/model/validate/*Rules.ts, collected in catalogue.ts) by',
    '     `npm run docs:diagnostics`. Do not edit by hand: a unit test fails when this file differs. -->',
    '',
    'Every code the designer and `amq-network-designer validate` report: what goes wrong on a real ActiveMQ broker,',
    'the log line that shows it where there is one, and how to fix it. `amq-network-designer explain CODE` prints one',
    'entry; the designer shows the same text under Help → Diagnostics and behind each diagnostic\'s "?" link.',
    'R- and P-numbers refer to the project\'s notes on ActiveMQ rules and network pitfalls.',
    '',
    '| code | severity | meaning |',
    '|---|---|---|',
    ...list.map((m) => `| [\`${m.code}\`](#${m.code}) | ${severities(m)} | ${mdProse(m.title)} |`),
    '',
  ];
  const unchecked = list === catalogue ? ['## Pitfalls not checked', '', ...UNCHECKED_PITFALLS.map((u) => `- ${u.ref}: ${mdProse(u.why)}`), ''] : [];
  return [...head, ...list.map(metaMarkdown), ...unchecked].join('\n').replace(/\n+$/, '\n');
}

/** One code as plain text for a terminal. */
export function metaText(m: CodeMeta): string {
  const out = [`${m.code} (${severities(m)}${m.refs?.length ? `; ${m.refs.join(', ')}` : ''})`, `  ${m.title}.`, '', 'What breaks:', `  ${m.breaks}`];
  if (m.logLine) out.push('', 'On the broker:', `  ${m.logLine}`);
  out.push('', 'Fix:', `  ${m.fix}${m.fixable ? ' (the designer has a one-click fix)' : ''}`);
  if (m.example) out.push('', 'Example:', ...m.example.split('\n').map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}
