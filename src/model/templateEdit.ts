// Editing an imported broker's kept template (import/template.ts) for one-click fixes: the template is parsed with its
// markers blanked to spaces of the same length, so every offset is an offset into the template itself, and an edit
// changes only the bytes it means to (the rest of the file stays as written).

import { MARK } from './import/template';
import { parseXml, type XmlElement } from './xml/parse';
import { children, findElement, localName } from './xml/query';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The template's <broker> element, offsets valid in the template; undefined if it cannot be read. */
export function templateBroker(template: string): XmlElement | undefined {
  const blanked = template.replace(new RegExp(`${MARK}[^${MARK}]*${MARK}`, 'g'), (m) => ' '.repeat(m.length));
  try {
    return findElement(parseXml(blanked).root, 'broker');
  } catch {
    return undefined;
  }
}

export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Sets an attribute on an element's start tag: replaces its value, or adds it after the last attribute. */
export function setAttribute(el: XmlElement, name: string, value: string): Edit {
  const a = el.attrs.find((x) => x.name === name);
  if (a) return { start: a.start, end: a.end, text: `${name}="${value}"` };
  const at = el.attrs.length ? el.attrs[el.attrs.length - 1].end : el.start + 1 + el.name.length;
  return { start: at, end: at, text: ` ${name}="${value}"` };
}

/** Removes an attribute (with the white space before it). */
export function removeAttribute(text: string, el: XmlElement, name: string): Edit | undefined {
  const a = el.attrs.find((x) => x.name === name);
  if (!a) return undefined;
  let start = a.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end: a.end, text: '' };
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/**
 * Inserts a new child `block` (lines relative to the child indent) into `parent`: before the first child that sorts
 * after `name` (the alphabetical order 5.4/5.5 require), else after the last child.
 */
export function insertChild(text: string, parent: XmlElement, name: string, block: string[]): Edit {
  const kids = children(parent);
  const indent = kids[0] ? lineIndent(text, kids[0].start) : `${lineIndent(text, parent.start)}  `;
  const lines = block.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
  const next = kids.find((k) => localName(k) > name);
  if (next) return { start: next.start, end: next.start, text: `${lines}\n${indent}` };
  if (parent.openEnd === parent.end) {
    // `<x/>`: open it.
    return { start: parent.end - 2, end: parent.end, text: `>\n${indent}${lines}\n${lineIndent(text, parent.start)}</${parent.name}>` };
  }
  const at = kids.length ? kids[kids.length - 1].end : parent.openEnd;
  return { start: at, end: at, text: `\n${indent}${lines}` };
}

/** Adds a child as the first of `parent` (an empty `<x/>` is opened). */
export function prependChild(text: string, parent: XmlElement, block: string[]): Edit {
  const kids = children(parent);
  const indent = kids[0] ? lineIndent(text, kids[0].start) : `${lineIndent(text, parent.start)}  `;
  const lines = block.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
  if (parent.openEnd === parent.end) return { start: parent.end - 2, end: parent.end, text: `>\n${indent}${lines}\n${lineIndent(text, parent.start)}</${parent.name}>` };
  return { start: parent.openEnd, end: parent.openEnd, text: `\n${indent}${lines}` };
}
