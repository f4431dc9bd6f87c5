// A small, strict XML parser for activemq.xml files that keeps source offsets, so an import can cut modelled
// sections out of the original text and write everything else back byte for byte. It expands only XML's five
// predefined entities and character references: a DOCTYPE that declares entities is refused, so no "billion
// laughs" expansion and no external fetch can happen.

import { lineColumnAt } from '../jsonLocation';
import { XmlError } from './xmlError';

export interface XmlAttr {
  name: string;
  value: string;
  /** Offsets of the whole attribute, `name="value"`, without leading white space. */
  start: number;
  end: number;
}

export interface XmlElement {
  kind: 'element';
  name: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset just after the end tag (or the `/>` of an empty element). */
  end: number;
  parent?: XmlElement;
}

export interface XmlLeaf {
  kind: 'text' | 'comment' | 'cdata' | 'pi' | 'doctype';
  start: number;
  end: number;
  text: string;
}

export type XmlNode = XmlElement | XmlLeaf;

export interface XmlDocument {
  text: string;
  root: XmlElement;
  nodes: XmlNode[];
}

// No name starts with a colon (Namespaces in XML); export could not write such an attribute back.
const NAME = /[A-Za-z_][-A-Za-z0-9_:.]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(raw: string, at: number, text: string, file?: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][-A-Za-z0-9_.]*)?(;?)/g, (m, body: string | undefined, semi: string, offset: number) => {
    if (!body || !semi) throw xmlError(`"&" must start an entity such as &amp;`, at + offset, text, file);
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff && code !== 0xfffe && code !== 0xffff))) {
        throw xmlError(`character reference ${m} is not a legal XML character`, at + offset, text, file);
      }
      return String.fromCodePoint(code);
    }
    const v = PREDEFINED[body];
    if (v === undefined) throw xmlError(`entity &${body}; is not defined (only &lt; &gt; &amp; &quot; &apos; are)`, at + offset, text, file);
    return v;
  });
}

function xmlError(message: string, offset: number, text: string, file?: string): XmlError {
  return new XmlError(message, { file, ...lineColumnAt(text, offset) });
}

// Characters XML 1.0 forbids anywhere (U+0001 is also the import template's marker, so it must never get through).
// eslint-disable-next-line no-control-regex
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function parseXml(text: string, file?: string): XmlDocument {
  const fail = (message: string, offset: number): never => { throw xmlError(message, offset, text, file); };
  const bad = ILLEGAL_CHAR.exec(text);
  if (bad) fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, bad.index);
  const nodes: XmlNode[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const add = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else nodes.push(node);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i) {
      const raw = text.slice(i, textEnd);
      if (!stack.length && raw.trim()) fail('text outside the root element', i + raw.search(/\S/));
      add({ kind: 'text', start: i, end: textEnd, text: decodeEntities(raw, i, text, file) });
      i = textEnd;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) fail('comment is not closed with -->', i);
      add({ kind: 'comment', start: i, end: end + 3, text: text.slice(i + 4, end) });
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end < 0 || !stack.length) fail(end < 0 ? 'CDATA section is not closed with ]]>' : 'CDATA outside the root element', i);
      add({ kind: 'cdata', start: i, end: end + 3, text: text.slice(i + 9, end) });
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) fail('processing instruction is not closed with ?>', i);
      add({ kind: 'pi', start: i, end: end + 2, text: text.slice(i + 2, end) });
      i = end + 2;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      i = doctype(text, i, fail, add);
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const open = stack.pop();
      if (!m) fail('malformed end tag', i);
      if (!open) fail(`end tag </${m![0]}> has no matching start tag`, i);
      if (open!.name !== m![0]) fail(`end tag </${m![0]}> does not match <${open!.name}>`, i);
      let j = i + 2 + m![0].length;
      while (/\s/.test(text[j] ?? '')) j++;
      if (text[j] !== '>') fail(`end tag </${m![0]}> is not closed with >`, j);
      open!.end = j + 1;
      i = j + 1;
    } else {
      const el = startTag(text, i, fail, file);
      el.parent = stack[stack.length - 1];
      if (!stack.length) {
        if (root) fail(`a second root element <${el.name}>; a file has exactly one`, i);
        root = el;
      }
      add(el);
      if (el.end < 0) stack.push(el);
      i = el.end < 0 ? el.openEnd : el.end;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is not closed: the file ends too early`, text.length);
  if (!root) fail('no XML element found: the file is empty or not XML', 0);
  return { text, root: root!, nodes };
}

function doctype(text: string, i: number, fail: (m: string, o: number) => never, add: (n: XmlNode) => void): number {
  let j = i + 9;
  let depth = 0;
  for (; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) break;
  }
  if (j >= text.length) fail('DOCTYPE is not closed with >', i);
  const body = text.slice(i, j + 1);
  if (/<!ENTITY/i.test(body)) fail('the DOCTYPE declares entities; they are refused (no entity expansion, no external fetch)', i + body.search(/<!ENTITY/i));
  add({ kind: 'doctype', start: i, end: j + 1, text: body });
  return j + 1;
}

function startTag(text: string, i: number, fail: (m: string, o: number) => never, file?: string): XmlElement {
  NAME.lastIndex = i + 1;
  const m = NAME.exec(text);
  if (!m) fail(`"<" must start a tag, comment or declaration`, i);
  const el: XmlElement = { kind: 'element', name: m![0], attrs: [], children: [], start: i, openEnd: -1, end: -1 };
  let j = i + 1 + m![0].length;
  for (;;) {
    const wsStart = j;
    while (/\s/.test(text[j] ?? '')) j++;
    const c = text[j];
    if (c === undefined) fail(`start tag <${el.name}> is not closed: the file ends too early`, i);
    if (c === '>') { el.openEnd = j + 1; return el; }
    if (c === '/' && text[j + 1] === '>') { el.openEnd = el.end = j + 2; return el; }
    if (j === wsStart) fail(`white space expected between attributes of <${el.name}>`, j);
    NAME.lastIndex = j;
    const a = NAME.exec(text);
    if (!a) fail(`unexpected ${JSON.stringify(c)} in start tag <${el.name}>`, j);
    const attrStart = j;
    j += a![0].length;
    while (/\s/.test(text[j] ?? '')) j++;
    if (text[j] !== '=') fail(`attribute ${a![0]} of <${el.name}> has no value`, j);
    j++;
    while (/\s/.test(text[j] ?? '')) j++;
    const q = text[j];
    if (q !== '"' && q !== "'") fail(`the value of attribute ${a![0]} must be quoted`, j);
    const close = text.indexOf(q, j + 1);
    if (close < 0) fail(`the value of attribute ${a![0]} is not closed`, j);
    const raw = text.slice(j + 1, close);
    const lt = raw.indexOf('<');
    if (lt >= 0) fail(`"<" is not allowed in the value of attribute ${a![0]}`, j + 1 + lt);
    if (el.attrs.some((x) => x.name === a![0])) fail(`attribute ${a![0]} appears twice in <${el.name}>`, attrStart);
    el.attrs.push({ name: a![0], value: decodeEntities(raw.replace(/\r\n?|[\t\n]/g, ' '), j + 1, text, file), start: attrStart, end: close + 1 });
    j = close + 1;
  }
}
