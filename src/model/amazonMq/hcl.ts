// HCL text pieces for the generated Terraform: quoted strings, identifiers and heredocs, escaped so that nothing a
// user typed (quotes, backslashes, `${`, `%{`) can end a string early or start an interpolation.

import { stripInvalid } from '../xml/escape';

/** A double-quoted HCL string literal. */
export function hclString(value: string): string {
  const json = JSON.stringify(stripInvalid(value))
    .replace(/\\b/g, '\\u0008').replace(/\\f/g, '\\u000c');
  return templateSafe(json);
}

/** `${` and `%{` written as `$${` and `%%{`: literal text, not a template sequence. */
export function templateSafe(text: string): string {
  // A function, not a replacement string: in one, `$$` would mean a single `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** An identifier (resource or variable name) from any text, unique within `taken` (which it extends). */
export function hclIdentifier(text: string, taken: Set<string>, prefix: string): string {
  let base = text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase();
  if (!/^[a-z]/.test(base)) base = `${prefix}${base ? `_${base}` : ''}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  taken.add(id);
  return id;
}

/** A heredoc holding `text` exactly (template sequences in it already escaped by the caller). */
export function heredoc(text: string, marker = 'XML'): string {
  let m = marker;
  const lines = text.split('\n');
  for (let i = 2; lines.some((l) => l.trim() === m); i++) m = `${marker}${i}`;
  return `<<${m}\n${text.endsWith('\n') ? text : `${text}\n`}${m}`;
}
