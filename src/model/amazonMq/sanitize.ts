// What Amazon MQ keeps of a configuration on upload: the element tree filtered through the allow-list of the
// engine version's schema (allowList.generated.ts), written back as a bare `<broker>` document, and the list of
// what was dropped, item by item (the service's DISALLOWED_ELEMENT_REMOVED, DISALLOWED_ATTRIBUTE_REMOVED and
// INVALID_ATTRIBUTE_VALUE_REMOVED). The export writes the kept tree; the amazon-mq-unsupported rule reports the rest.

import type { XmlElement } from '../xml/parse';
import { children, localName } from '../xml/query';
import { attrs as attrText, escapeComment } from '../xml/escape';
import { AMAZON_MQ_ALLOW_LIST } from './allowList.generated';
import type { AttrType, ElementRule } from './schemaDigest';

export interface Removal {
  kind: 'element' | 'attribute' | 'value';
  /** Where, as element names from <broker> down, e.g. `broker/destinationPolicy/policyMap`. */
  path: string;
  /** The element or attribute name. */
  name: string;
  value?: string;
}

const NUMBER = /^[+-]?\d+$/;

function versionAtLeast(version: string, since: string): boolean {
  const [a, b] = [version, since].map((v) => v.split('.').map(Number));
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}

/** Why a value is refused, or undefined when the type accepts it. Spring placeholders are stripped everywhere. */
function badValue(type: AttrType, value: string): boolean {
  if (/\$\{/.test(value)) return true;
  if (type === 'b') return value !== 'true' && value !== 'false';
  if (type === 'i') return !NUMBER.test(value.trim());
  if (type === 'd') return value.trim() === '' || !Number.isFinite(Number(value));
  if (type === 's') return false;
  if ('enum' in type) return !type.enum.includes(value);
  return !NUMBER.test(value.trim()) || Number(value) < type.min || Number(value) > type.max;
}

function attrRule(rule: ElementRule, name: string, version: string): AttrType | undefined {
  const a = rule.attrs[name];
  if (a === undefined || !Object.hasOwn(rule.attrs, name)) return undefined;
  if (typeof a === 'object' && 'since' in a) return versionAtLeast(version, a.since) ? a.type : undefined;
  return a as AttrType;
}

/** Plain data of the element tree to write: what the sanitizer kept. */
export interface KeptElement {
  name: string;
  attrs: [string, string][];
  children: KeptElement[];
}

/**
 * Filters `el` (a `<broker>` element) through the allow-list. `skip` names paths dropped on purpose by the caller
 * (they are not reported: the export carries them elsewhere, e.g. users in the infrastructure code).
 */
export function sanitizeBroker(el: XmlElement, version: string, skip: (path: string) => boolean = () => false): { kept: KeptElement; removed: Removal[] } {
  const removed: Removal[] = [];
  const rules = AMAZON_MQ_ALLOW_LIST.rules;
  const walk = (node: XmlElement, ruleId: string, path: string): KeptElement => {
    const rule = rules[ruleId];
    const kept: KeptElement = { name: localName(node), attrs: [], children: [] };
    for (const a of node.attrs) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:') || a.name.startsWith('xsi:')) continue;
      if (skip(`${path}@${a.name}`)) continue;
      const type = attrRule(rule, a.name, version);
      if (type === undefined) removed.push({ kind: 'attribute', path, name: a.name, value: a.value });
      else if (badValue(type, a.value)) removed.push({ kind: 'value', path, name: a.name, value: a.value });
      else kept.attrs.push([a.name, a.value]);
    }
    for (const c of children(node)) {
      const name = localName(c);
      const childPath = `${path}/${name}`;
      if (skip(childPath)) continue;
      // Below an xs:any (connectionFilter, uri… of a networkConnector) only Spring beans could go: the service
      // strips element references, so they count as removed like any other element the schema does not name.
      if (Object.hasOwn(rule.children, name)) kept.children.push(walk(c, rule.children[name], childPath));
      else removed.push({ kind: 'element', path, name });
    }
    return kept;
  };
  return { kept: walk(el, AMAZON_MQ_ALLOW_LIST.root, 'broker'), removed };
}

/** The kept tree as indented XML; the root gets the core namespace. */
export function writeKept(el: KeptElement, indent = ''): string {
  const ns = indent === '' ? ' xmlns="http://activemq.apache.org/schema/core"' : '';
  const open = `${indent}<${el.name}${ns}${attrText(el.attrs)}`;
  if (!el.children.length) return `${open}/>`;
  return [`${open}>`, ...el.children.map((c) => writeKept(c, indent + '  ')), `${indent}</${el.name}>`].join('\n');
}

/** One line saying what the service removes, for messages. */
export function describeRemoval(r: Removal): string {
  const where = `<${r.path.slice(r.path.lastIndexOf('/') + 1)}>`;
  if (r.kind === 'element') return `element <${r.name}> in ${where}`;
  if (r.kind === 'attribute') return `attribute ${r.name}="${escapeComment(r.value ?? '')}" of ${where}`;
  return `value ${r.name}="${escapeComment(r.value ?? '')}" of ${where} (not a valid ${r.name} here)`;
}
