// Reduces the Amazon MQ XML Schemas (one per engine version, published by AWS) to the allow-list the sanitizer and
// the amazon-mq-unsupported rule need at run time: per element context, the attributes it may carry (with their
// value types) and the child elements it may hold. Run by scripts/amazon-mq-allowlist.ts to produce
// allowList.generated.ts; a unit test runs it again over ../shared's XSDs and compares, so the data cannot drift.
// The browser never reads an XSD: it ships only this digest.

import { parseXml, type XmlElement } from '../xml/parse';
import { attr, children, localName } from '../xml/query';

/** An attribute's value type: b boolean, i integer, d decimal, s string, or an enumeration / a range. */
export type AttrType = 'b' | 'i' | 'd' | 's' | { enum: string[] } | { min: number; max: number };

export interface ElementRule {
  /** attribute → type; a `since` version where later schemas added it. */
  attrs: Record<string, AttrType | { type: AttrType; since: string }>;
  /** child element local name → the id of its rule (a global element's name, or `parent/child` for a local one). */
  children: Record<string, string>;
  /** xs:any: anything is kept below (connectionFilter, localUri, objectName, uri). */
  any?: true;
}

export interface AllowList {
  /** Engine versions (major.minor) this digest covers, oldest first. */
  versions: string[];
  root: string;
  rules: Record<string, ElementRule>;
}

const BUILTIN: Record<string, AttrType> = {
  'xs:boolean': 'b', 'xs:integer': 'i', 'xs:long': 'i', 'xs:int': 'i', 'xs:short': 'i', 'xs:double': 'd', 'xs:string': 's',
};

function restriction(el: XmlElement): AttrType {
  const base = BUILTIN[attr(el, 'base') ?? ''] ?? 's';
  const enums = children(el, 'enumeration').map((e) => attr(e, 'value') ?? '');
  if (enums.length) return { enum: enums };
  const min = children(el, 'minInclusive')[0];
  const max = children(el, 'maxInclusive')[0];
  if (min && max) return { min: Number(attr(min, 'value')), max: Number(attr(max, 'value')) };
  return base;
}

/** One schema's rules (no version annotations). */
function digestOne(xsd: string, file: string): Record<string, ElementRule> {
  const schema = parseXml(xsd, file).root;
  const named = new Map<string, AttrType>();
  for (const st of children(schema, 'simpleType')) {
    const r = children(st, 'restriction')[0];
    if (r) named.set(`tns:${attr(st, 'name')}`, restriction(r));
  }
  const rules: Record<string, ElementRule> = {};
  const typeOf = (a: XmlElement): AttrType => {
    const t = attr(a, 'type');
    if (t) return BUILTIN[t] ?? named.get(t) ?? 's';
    const r = children(a, 'simpleType').flatMap((s) => children(s, 'restriction'))[0];
    return r ? restriction(r) : 's';
  };
  const walk = (el: XmlElement, id: string): void => {
    const rule: ElementRule = { attrs: {}, children: {} };
    rules[id] = rule;
    const ct = children(el, 'complexType')[0];
    if (!ct) return;
    const visit = (node: XmlElement): void => {
      for (const c of children(node)) {
        const n = localName(c);
        if (n === 'attribute') rule.attrs[attr(c, 'name')!] = typeOf(c);
        // `##other` admits only elements of other namespaces (Spring beans): nothing a configuration may use.
        else if (n === 'any') { if (attr(c, 'namespace') !== '##other') rule.any = true; }
        else if (n === 'choice' || n === 'sequence') visit(c);
        else if (n === 'element') {
          const ref = attr(c, 'ref');
          if (ref) rule.children[ref.replace(/^tns:/, '')] = ref.replace(/^tns:/, '');
          else {
            const name = attr(c, 'name')!;
            rule.children[name] = `${id}/${name}`;
            walk(c, `${id}/${name}`);
          }
        }
      }
    };
    visit(ct);
  };
  for (const el of children(schema, 'element')) walk(el, attr(el, 'name')!);
  return rules;
}

const sameType = (a: AttrType, b: AttrType) => JSON.stringify(a) === JSON.stringify(b);

/** The allow-list of several schemas: `schemas` maps engine version (5.17…) to XSD text, oldest first. */
export function digestSchemas(schemas: { version: string; xsd: string }[]): AllowList {
  const per = schemas.map((s) => ({ version: s.version, rules: digestOne(s.xsd, `amazon-mq-${s.version}.xsd`) }));
  const rules: Record<string, ElementRule> = {};
  const ids = [...new Set(per.flatMap((p) => Object.keys(p.rules)))].sort();
  for (const id of ids) {
    const present = per.filter((p) => p.rules[id]);
    if (present.length !== per.length) throw new Error(`element ${id} is not in every schema; the digest has no way to say so`);
    const merged: ElementRule = { attrs: {}, children: {} };
    for (const name of [...new Set(present.flatMap((p) => Object.keys(p.rules[id].attrs)))].sort()) {
      const having = per.filter((p) => p.rules[id].attrs[name] !== undefined);
      const type = having[0].rules[id].attrs[name] as AttrType;
      if (having.some((p) => !sameType(p.rules[id].attrs[name] as AttrType, type))) throw new Error(`attribute ${id}@${name} changes type between versions`);
      // Only additions over time are expressible: present from some version on, in every later one.
      const first = per.indexOf(having[0]);
      if (having.length !== per.length - first) throw new Error(`attribute ${id}@${name} comes and goes between versions`);
      merged.attrs[name] = first === 0 ? type : { type, since: per[first].version };
    }
    for (const name of [...new Set(present.flatMap((p) => Object.keys(p.rules[id].children)))].sort()) {
      if (per.some((p) => p.rules[id].children[name] === undefined)) throw new Error(`child ${id}/${name} is not in every schema`);
      merged.children[name] = per[0].rules[id].children[name];
    }
    if (per.some((p) => p.rules[id].any)) merged.any = true;
    rules[id] = merged;
  }
  return { versions: per.map((p) => p.version), root: 'broker', rules };
}
