// Test helper: reading generated activemq.xml back with fast-xml-parser, and the XML 1.0 rules it does not check.

import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true, // decodes &#10; and friends as well as the five predefined entities
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== ':@' && !k.startsWith('#') && !k.startsWith('?'));
}

/** The `<broker>` element inside `<beans>`: its attributes and the names of its child elements in order. */
export function readBroker(xml: string): { attributes: Record<string, string>; children: string[] } {
  const doc = parser.parse(xml) as Node[];
  const beans = doc.find((n) => tagOf(n) === 'beans');
  if (!beans) throw new Error('no <beans> root');
  const broker = (beans.beans as Node[]).find((n) => tagOf(n) === 'broker');
  if (!broker) throw new Error('no <broker> in <beans>');
  const children = (broker.broker as Node[]).map(tagOf).filter((t): t is string => t !== undefined);
  return { attributes: broker[':@'] ?? {}, children };
}

/** A string with the characters XML 1.0 cannot carry at all (Char production, section 2.2) removed. */
export function xmlChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (ok) out += ch;
  }
  return out;
}

/** Comments that break XML 1.0 section 2.5: "--" inside, or a "-" right before the closing "-->". */
export function badComments(xml: string): string[] {
  return [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]).filter((body) => body.includes('--') || body.endsWith('-'));
}

/** The attributes of every `<tag>` element in the document, in document order, found independently of the model. */
export function elementsNamed(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      if (!t) continue;
      if (t === tag) found.push(n[':@'] ?? {});
      if (Array.isArray(n[t])) walk(n[t] as Node[]);
    }
  };
  walk(parser.parse(xml) as Node[]);
  return found;
}
