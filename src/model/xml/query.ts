// Reading the parsed XML tree: local names, namespaces (declared or inherited), children and attributes.

import type { XmlElement, XmlNode } from './parse';

export const CORE_NS = 'http://activemq.apache.org/schema/core';
export const OLD_NS = 'http://activemq.org/config/1.0';

export function localName(el: XmlElement): string {
  const c = el.name.indexOf(':');
  return c < 0 ? el.name : el.name.slice(c + 1);
}

/** The namespace URI of an element, following xmlns declarations up the tree. */
export function namespaceOf(el: XmlElement): string | undefined {
  const c = el.name.indexOf(':');
  const key = c < 0 ? 'xmlns' : `xmlns:${el.name.slice(0, c)}`;
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const a = e.attrs.find((x) => x.name === key);
    if (a) return a.value;
  }
  return undefined;
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function elements(nodes: XmlNode[]): XmlElement[] {
  return nodes.filter((n): n is XmlElement => n.kind === 'element');
}

export function children(el: XmlElement, name?: string): XmlElement[] {
  return elements(el.children).filter((c) => name === undefined || localName(c) === name);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return children(el, name)[0];
}

/** Depth-first search for the first element with this local name, preferring ActiveMQ's namespaces. */
export function findElement(root: XmlElement, name: string): XmlElement | undefined {
  let fallback: XmlElement | undefined;
  const stack = [root];
  while (stack.length) {
    const el = stack.shift()!;
    if (localName(el) === name) {
      const ns = namespaceOf(el);
      if (ns === CORE_NS || ns === OLD_NS) return el;
      fallback ??= el;
    }
    stack.push(...children(el));
  }
  return fallback;
}

/** Offsets of an element's content (between its start and end tags); undefined for an empty `<x/>`. */
export function innerRange(el: XmlElement, text: string): [number, number] | undefined {
  if (el.openEnd === el.end) return undefined;
  return [el.openEnd, text.lastIndexOf('</', el.end - 1)];
}
