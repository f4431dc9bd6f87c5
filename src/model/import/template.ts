// Cutting an imported activemq.xml into a template: the sections the model owns (brokerName, network and
// transport connectors, users, authorization entries, the ssl context) are replaced by markers, everything else
// stays byte for byte. Export fills the markers (../xml/fillTemplate.ts). Markers use U+0001, which XML 1.0 text
// can never contain, so they cannot collide with anything in a real file.

import type { XmlElement } from '../xml/parse';
import { child, children, innerRange, localName } from '../xml/query';

export const MARK = '\u0001';

/** A marker: `\u0001kind|arg1|arg2\u0001`. */
export function marker(kind: string, ...args: string[]): string {
  return `${MARK}${[kind, ...args].join('|')}${MARK}`;
}

interface Cut {
  start: number;
  end: number;
  replacement: string;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(lineStart, offset));
  return m ? m[0] : '';
}

/** The child element each section's items are; undefined: every child (network connectors keep unknown ones). */
const ITEM: Record<string, string | undefined> = { transportConnectors: 'transportConnector', users: 'authenticationUser', authorizationEntries: 'authorizationEntry', merged: '' };

/** Replace a container's content with a marker that remembers the indentation of its children and its end tag. */
function contentCut(el: XmlElement, kind: string, text: string): Cut | undefined {
  const range = innerRange(el, text);
  const own = lineIndent(text, el.start);
  // The indent of the first child export writes back (one the model reads), so a re-import remembers the same one.
  const first = children(el, ITEM[kind])[0];
  const childIndent = first ? lineIndent(text, first.start) : `${own}  `;
  if (!range) {
    // `<networkConnectors/>`: rewrite as an open/close pair around the marker.
    return { start: el.openEnd - 2, end: el.openEnd, replacement: `>${marker(kind, childIndent, own)}</${el.name}>` };
  }
  return { start: range[0], end: range[1], replacement: marker(kind, childIndent, own) };
}

/** Where a missing broker child named `name` goes: before the first child that sorts after it (R19 order). */
function insertionCut(broker: XmlElement, name: string, kind: string, text: string): Cut {
  const kids = children(broker);
  const indent = kids[0] ? lineIndent(text, kids[0].start) : `${lineIndent(text, broker.start)}  `;
  const next = kids.find((k) => localName(k) > name);
  if (next) return { start: next.start, end: next.start, replacement: marker(kind, 'before', indent) };
  const last = kids[kids.length - 1];
  const at = last ? last.end : broker.openEnd;
  return { start: at, end: at, replacement: marker(kind, 'after', indent) };
}

export function makeTemplate(text: string, broker: XmlElement): string {
  const cuts: Cut[] = [];
  const nameAttr = broker.attrs.find((a) => a.name === 'brokerName');
  if (nameAttr) cuts.push({ start: nameAttr.start, end: nameAttr.end, replacement: marker('name') });
  else cuts.push({ start: broker.start + 1 + broker.name.length, end: broker.start + 1 + broker.name.length, replacement: marker('+name') });

  for (const section of ['networkConnectors', 'transportConnectors'] as const) {
    const els = children(broker, section);
    if (els.length === 0) cuts.push(insertionCut(broker, section, `+${section}`, text));
    els.forEach((el, i) => {
      // A second list element replaces the first in ActiveMQ (R25); its connectors are merged into the first.
      const cut = contentCut(el, i === 0 ? section : 'merged', text);
      if (cut) cuts.push(cut);
    });
  }

  const ssl = child(broker, 'sslContext');
  const inner = ssl && child(ssl, 'sslContext');
  if (inner) cuts.push({ start: inner.start, end: inner.end, replacement: marker('sslContext') });
  else if (!ssl) cuts.push(insertionCut(broker, 'sslContext', '+sslContext', text));

  const plugins = child(broker, 'plugins');
  if (!plugins) cuts.push(insertionCut(broker, 'plugins', '+plugins', text));
  else {
    const auth = child(plugins, 'simpleAuthenticationPlugin');
    const lists = auth ? children(auth, 'users') : [];
    // Import reads the users of every <users> list; like connector lists, later ones are merged into the first.
    lists.forEach((users, i) => pushDefined(cuts, contentCut(users, i === 0 ? 'users' : 'merged', text)));
    if (!auth) cuts.push(pluginInsertion(plugins, 'authentication', text));
    const entries = authorizationEntriesOf(plugins);
    if (entries) pushDefined(cuts, contentCut(entries, 'authorizationEntries', text));
    else if (!child(plugins, 'authorizationPlugin')) cuts.push(pluginInsertion(plugins, 'authorization', text));
  }
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of cuts) {
    out += text.slice(at, c.start) + c.replacement;
    at = c.end;
  }
  return out + text.slice(at);
}

function pushDefined(cuts: Cut[], cut: Cut | undefined): void {
  if (cut) cuts.push(cut);
}

/** A missing auth plugin goes at the end of <plugins>, after what is there. */
function pluginInsertion(plugins: XmlElement, kind: string, text: string): Cut {
  const kids = children(plugins);
  const indent = kids[0] ? lineIndent(text, kids[0].start) : `${lineIndent(text, plugins.start)}  `;
  const at = kids.length ? kids[kids.length - 1].end : plugins.openEnd;
  return { start: at, end: at, replacement: marker(`+${kind}`, 'after', indent) };
}

export function authorizationEntriesOf(plugins: XmlElement): XmlElement | undefined {
  const authz = child(plugins, 'authorizationPlugin');
  const map = authz && child(authz, 'map');
  const amap = map && child(map, 'authorizationMap');
  return amap && child(amap, 'authorizationEntries');
}
