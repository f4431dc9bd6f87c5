// Authentication an imported file configures that the model does not read: a JAAS plugin (jaasAuthenticationPlugin,
// jaasCertificateAuthenticationPlugin, jaasDualAuthenticationPlugin, in any namespace prefix, also under an OSGi
// <blueprint> root) or a custom plugin <bean> inside <plugins>. The broker does authenticate, so it is not
// "no-authentication"; the designer just cannot check its users. Read from the kept template (its <plugins> stay
// byte for byte), with comments removed: a commented-out plugin, as in ActiveMQ's default conf, authenticates no one.

import type { ImportedSource } from './types';
import { parseXml } from './xml/parse';
import { attr, children, localName } from './xml/query';

const cache = new WeakMap<ImportedSource, string | null>();

const COMMENT = /<!--[\s\S]*?-->/g;
// Template markers (import/template.ts: U+0001…U+0001) are not XML; they stand for sections the model writes.
// eslint-disable-next-line no-control-regex
const MARKER = /\u0001[^\u0001]*\u0001/g;
const PLUGINS = /<((?:[\w.-]+:)?plugins)\b[^>]*>[\s\S]*?<\/\1\s*>/;

/** A plugin bean's class (or id) that names authentication rather than authorization. */
function authenticationBean(el: ReturnType<typeof children>[number]): string | undefined {
  const what = attr(el, 'class') ?? attr(el, 'id') ?? '';
  if (/authoriz/i.test(what)) return undefined;
  return /authenticat|jaas|login|auth/i.test(what) ? `<bean class="${what}">` : undefined;
}

/** How an imported broker authenticates outside the model (e.g. `<jaasDualAuthenticationPlugin>`), or undefined. */
export function uncheckedAuthentication(imported: ImportedSource | undefined): string | undefined {
  if (!imported) return undefined;
  const known = cache.get(imported);
  if (known !== undefined) return known ?? undefined;
  const found = findPlugin(imported.template);
  cache.set(imported, found ?? null);
  return found;
}

function findPlugin(template: string): string | undefined {
  if (!/plugins/.test(template)) return undefined;
  const m = PLUGINS.exec(template.replace(COMMENT, '').replace(MARKER, ''));
  if (!m) return undefined;
  let plugins;
  try {
    plugins = parseXml(m[0]).root;
  } catch {
    return undefined;
  }
  for (const el of children(plugins)) {
    const name = localName(el);
    if (name === 'simpleAuthenticationPlugin') continue;
    if (/AuthenticationPlugin$/.test(name)) return `<${name}>`;
    if (name === 'bean') {
      const bean = authenticationBean(el);
      if (bean) return bean;
    }
  }
  return undefined;
}
