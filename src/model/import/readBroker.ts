// Reading one activemq.xml into what the model covers: the broker's name, transports, users, authorization
// entries, ssl context and network connectors (kept as their original text), plus the template for the rest.

import { parseDiscoveryUri, type Discovery } from '../discoveryUri';
import type { AuthorizationEntry, SslSettings, Transport, User } from '../types';
import { parseXml, type XmlElement, type XmlNode } from '../xml/parse';
import { attr, child, children, findElement, localName } from '../xml/query';
import { XmlError } from '../xml/xmlError';
import { type DesignerMeta, readDesignerComment } from '../xml/designerComment';
import { hostCommentBefore } from './hostComment';
import { authorizationEntriesOf, makeTemplate } from './template';
import { type AmazonMqMeta, amazonMqMeta } from '../amazonMq/importMeta';


export interface ImportedConnector {
  xml: string;
  discovery: Discovery;
}

export interface ImportedBroker {
  file: string;
  name: string;
  transports: Transport[];
  users?: User[];
  authorization?: AuthorizationEntry[];
  ssl?: SslSettings;
  connectors: ImportedConnector[];
  template: string;
  /** Role, host and location from this tool's own header comment, when the file came from it. */
  meta?: DesignerMeta;
  /** Offset of the <broker> start tag, the same in the text and the template. */
  brokerStart: number;
  /** Set for an Amazon MQ configuration (bare <broker>, no brokerName). */
  amazonMq?: AmazonMqMeta;
}

/** Attributes other than the known ones, kept as `extra.attributes` so export writes them back. */
function otherAttributes(el: XmlElement, known: string[]): Record<string, unknown> | undefined {
  const rest = el.attrs.filter((a) => !known.includes(a.name));
  return rest.length ? { attributes: Object.fromEntries(rest.map((a) => [a.name, a.value])) } : undefined;
}

function groups(v: string | undefined): string[] {
  return v === undefined ? [] : v.split(',').map((g) => g.trim()).filter(Boolean);
}

function withExtra<T extends object>(o: T, extra: Record<string, unknown> | undefined): T {
  return extra ? { ...o, extra } : o;
}

const MAX_BYTES = 5 * 1024 * 1024;
// ERB's `<%` is never XML; Jinja2 / Mustache markup only counts when closed on its line (`{{ x }}`, `{% if %}`), so
// a value that merely contains `{{` (a designed password, say) does not make an exported file look like a template.
const TEMPLATE_MARK = /<%|\{\{[^\n]*?\}\}|\{%[^\n]*?%\}/;

export function readBrokerFile(text: string, file: string): ImportedBroker {
  if (text.length > MAX_BYTES) {
    throw new XmlError(`the file is ${(text.length / 1048576).toFixed(1)} MB; an activemq.xml over ${MAX_BYTES / 1048576} MB is refused`, { file, line: 1, column: 1 });
  }
  const tm = TEMPLATE_MARK.exec(text);
  if (tm) {
    const before = text.slice(0, tm.index);
    const line = before.split('\n').length;
    throw new XmlError(`this looks like a template (${tm[0].slice(0, 2)} … markup of ERB, Jinja2 or Mustache), not an activemq.xml; render it first`, { file, line, column: tm.index - before.lastIndexOf('\n') });
  }
  const doc = parseXml(text, file);
  const broker = findElement(doc.root, 'broker');
  if (!broker) throw new XmlError('no <broker> element: this is not an ActiveMQ configuration', { file, line: 1, column: 1 });
  const transports = children(broker, 'transportConnectors').flatMap((list) => children(list, 'transportConnector')).map((t) => {
    const uri = attr(t, 'uri') ?? '';
    const discoveryUri = attr(t, 'discoveryUri');
    const base: Transport = { name: attr(t, 'name') ?? uri, uri, ...(discoveryUri !== undefined ? { discoveryUri } : {}) };
    return withExtra(base, otherAttributes(t, ['name', 'uri', 'discoveryUri']));
  });
  const plugins = child(broker, 'plugins');
  const auth = plugins && child(plugins, 'simpleAuthenticationPlugin');
  const users = auth && children(auth, 'users').flatMap((u) => children(u, 'authenticationUser')).map((u) =>
    withExtra({ username: attr(u, 'username') ?? '', password: attr(u, 'password') ?? '', groups: groups(attr(u, 'groups')) }, otherAttributes(u, ['username', 'password', 'groups'])));
  const entriesEl = plugins && authorizationEntriesOf(plugins);
  const authorization = entriesEl && children(entriesEl, 'authorizationEntry').map(readAuthorizationEntry);
  const sslOuter = child(broker, 'sslContext');
  const sslEl = sslOuter && child(sslOuter, 'sslContext');
  const ssl = sslEl && withExtra(Object.fromEntries(
    ['keyStore', 'keyStorePassword', 'trustStore', 'trustStorePassword'].flatMap((k) => (attr(sslEl, k) !== undefined ? [[k, attr(sslEl, k)]] : [])),
  ) as SslSettings, otherAttributes(sslEl, ['keyStore', 'keyStorePassword', 'trustStore', 'trustStorePassword']));
  // Amazon MQ: a bare root with no transport URI, authentication plugin or SSL context (the service owns them).
  // Still one after an activemq.xml export of it (which adds only brokerName), so import → export → import holds.
  const amazonMq = doc.root === broker && transports.every((t) => t.uri === '') && !users && !sslOuter
    && !(plugins && children(plugins).some((p) => /AuthenticationPlugin$/.test(localName(p)))) ? amazonMqMeta(doc.nodes, file) : undefined;
  const connectors = children(broker, 'networkConnectors').flatMap((list) => children(list)).map((c) => ({
    xml: text.slice(c.start, c.end),
    discovery: localName(c) === 'networkConnector' ? parseDiscoveryUri(attr(c, 'uri') ?? '') : { kind: 'other' as const, targets: [] },
  }));
  return {
    file,
    name: attr(broker, 'brokerName') ?? amazonMq?.name ?? 'localhost',
    transports,
    ...(users ? { users } : {}),
    ...(authorization ? { authorization } : {}),
    ...(ssl ? { ssl } : {}),
    connectors,
    ...templateAndMeta(text, broker, doc.nodes),
    brokerStart: broker.start,
    // Amazon MQ: the name, host and role its comment or file name give.
    ...(amazonMq ? { amazonMq, meta: { role: amazonMq.role, host: amazonMq.dials, location: amazonMq.location } } : {}),
  };
}

function readAuthorizationEntry(e: XmlElement): AuthorizationEntry {
  const entry: AuthorizationEntry = { read: groups(attr(e, 'read')), write: groups(attr(e, 'write')), admin: groups(attr(e, 'admin')) };
  const queue = attr(e, 'queue');
  const topic = attr(e, 'topic');
  if (queue !== undefined) entry.queue = queue;
  else if (topic !== undefined) entry.topic = topic;
  else if (attr(e, 'tempQueue') === 'true') entry.tempQueue = true;
  else if (attr(e, 'tempTopic') === 'true') entry.tempTopic = true;
  else entry.topic = '>';
  return withExtra(entry, otherAttributes(e, ['queue', 'topic', 'tempQueue', 'tempTopic', 'read', 'write', 'admin']));
}

/** The template, and the designer's meta from its comment before <broker> (export wrote it) or at the top. */
function templateAndMeta(text: string, broker: XmlElement, nodes: XmlNode[]): { template: string; meta?: DesignerMeta } {
  const template = makeTemplate(text, broker);
  const before = hostCommentBefore(text, broker.start);
  return before ? { template: before.cut(template), meta: before.meta } : { template, ...metaOf(nodes) };
}

function metaOf(nodes: XmlNode[]): { meta?: DesignerMeta } {
  for (const n of nodes) {
    const meta = n.kind === 'comment' ? readDesignerComment(n.text) : undefined;
    if (meta) return { meta };
  }
  return {};
}
