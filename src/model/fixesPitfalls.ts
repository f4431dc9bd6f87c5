// One-click fixes for the pitfall diagnostics (network-pitfalls.md) on imported brokers: each edits the kept file
// (the broker's template or a kept connector's XML) by the smallest change that makes the rule pass, so the export
// writes back the file as it was plus that change. Designed brokers never need them (the export is safe by default).

import { networkVersion, replayNeedsAuditOff } from './activemqVersion';
import type { Fix } from './fixes';
import { rawConnectorInfo } from './rawConnector';
import { applyEdits, type Edit, insertChild, prependChild, removeAttribute, setAttribute, templateBroker } from './templateEdit';
import type { Broker, Diagnostic, Topology } from './types';
import type { XmlElement } from './xml/parse';
import { attr, child, children, localName } from './xml/query';
import { linkId } from './names';

export const PITFALL_FIX_CODES = new Set(['stranded-queue-messages', 'advisory-support-off', 'connectors-start-serially', 'virtual-topic-duplicates',
  'network-prefetch-invalid', 'consumer-priority-implicit', 'mesh-duplicate-subscriptions']);

export function pitfallFixes(t: Topology, d: Diagnostic): Fix[] {
  switch (d.code) {
    case 'stranded-queue-messages': return templateFix(t, d.brokers[0], 'Add the queue replay policy', (text, b) => replayEdits(text, b, replayNeedsAuditOff(networkVersion(t))));
    case 'advisory-support-off': return templateFix(t, d.brokers[0], 'Turn advisory support back on', (text, b) => [removeAttribute(text, b, 'advisorySupport')].filter((e): e is Edit => !!e));
    case 'connectors-start-serially': return templateFix(t, d.brokers[0], 'Start connectors asynchronously', (_text, b) => [setAttribute(b, 'networkConnectorStartAsync', 'true')]);
    case 'virtual-topic-duplicates': return templateFix(t, d.brokers[0], 'Set local="true" on virtual topics', virtualTopicEdits);
    case 'network-prefetch-invalid': return connectorFix(t, d, 'Remove prefetchSize', (xml) => !!rawConnectorInfo(xml).attributes.get('prefetchSize'), (text, el) => [removeAttribute(text, el, 'prefetchSize')]);
    case 'consumer-priority-implicit': return connectorFix(t, d, 'Write decreaseNetworkConsumerPriority="true"', (xml) => !rawConnectorInfo(xml).attributes.has('decreaseNetworkConsumerPriority'), (_t, el) => [setAttribute(el, 'decreaseNetworkConsumerPriority', 'true')]);
    case 'mesh-duplicate-subscriptions': return connectorFix(t, d, 'Suppress duplicate queue subscriptions', (xml) => rawConnectorInfo(xml).carries.includes('queue') && rawConnectorInfo(xml).attributes.get('suppressDuplicateQueueSubscriptions') !== 'true', (_t, el) => [setAttribute(el, 'suppressDuplicateQueueSubscriptions', 'true')]);
    default: return [];
  }
}

/** A fix that edits the template of the named imported broker. */
function templateFix(t: Topology, name: string | undefined, label: string, edits: (text: string, broker: XmlElement) => Edit[]): Fix[] {
  const index = t.brokers.findIndex((b) => b.name === name && b.imported);
  if (index < 0) return [];
  const original = t.brokers[index];
  const el = templateBroker(original.imported!.template);
  if (!el) return [];
  const template = applyEdits(original.imported!.template, edits(original.imported!.template, el));
  if (template === original.imported!.template) return [];
  const fixed: Broker = { ...original, imported: { ...original.imported!, template } };
  return [{ label, apply: (x) => ({ ...x, brokers: x.brokers.map((b) => (b === original || (b.name === name && b.imported?.template === original.imported!.template) ? fixed : b)) }) }];
}

/** A fix that edits every kept connector of the diagnostic's links that `needs` it (the same XML on every link that shares it). */
function connectorFix(t: Topology, d: Diagnostic, label: string, needs: (xml: string) => boolean, edits: (text: string, el: XmlElement) => (Edit | undefined)[]): Fix[] {
  const changed = new Map<string, string>();
  for (const l of t.links) {
    if (!d.links.includes(linkId(l))) continue;
    for (const c of l.connectors ?? []) {
      if (changed.has(c.xml) || !needs(c.xml)) continue;
      const el = templateBroker(`<broker>${c.xml}</broker>`);
      const conn = el && children(el)[0];
      if (!conn) continue;
      const shifted = (edits(`<broker>${c.xml}</broker>`, conn).filter((e): e is Edit => !!e)).map((e) => ({ ...e, start: e.start - 8, end: e.end - 8 }));
      changed.set(c.xml, applyEdits(c.xml, shifted));
    }
  }
  if (!changed.size) return [];
  return [{
    label,
    apply: (x) => ({ ...x, links: x.links.map((l) => (l.connectors?.some((c) => changed.has(c.xml)) ? { ...l, connectors: l.connectors.map((c) => (changed.has(c.xml) ? { ...c, xml: changed.get(c.xml)! } : c)) } : l)) }),
  }];
}

const REPLAY_LINES = ['<networkBridgeFilterFactory>', '  <conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true"/>', '</networkBridgeFilterFactory>'];

function hasReplay(entry: XmlElement): boolean {
  return children(entry).some((c) => localName(c) === 'networkBridgeFilterFactory' && children(c).some((f) => localName(f) === 'conditionalNetworkBridgeFilterFactory' && attr(f, 'replayWhenNoConsumers') === 'true'));
}

/** The replay filter on every queue entry (and a queue=">" entry if there is none), enableAudit="false" where needed. */
function replayEdits(text: string, broker: XmlElement, auditOff: boolean): Edit[] {
  const policy = child(broker, 'destinationPolicy');
  const map = policy && child(policy, 'policyMap');
  const entries = map && child(map, 'policyEntries');
  const catchAll = ['<policyEntry queue=">"' + (auditOff ? ' enableAudit="false"' : '') + '>', ...REPLAY_LINES.map((l) => `  ${l}`), '</policyEntry>'];
  if (!policy) return [insertChild(text, broker, 'destinationPolicy', ['<destinationPolicy>', '  <policyMap>', '    <policyEntries>', ...catchAll.map((l) => `      ${l}`), '    </policyEntries>', '  </policyMap>', '</destinationPolicy>'])];
  if (!map) return [prependChild(text, policy, ['<policyMap>', '  <policyEntries>', ...catchAll.map((l) => `    ${l}`), '  </policyEntries>', '</policyMap>'])];
  if (!entries) return [prependChild(text, map, ['<policyEntries>', ...catchAll.map((l) => `  ${l}`), '</policyEntries>'])];
  const edits: Edit[] = [];
  const queueEntries = children(entries, 'policyEntry').filter((e) => attr(e, 'queue') !== undefined);
  for (const e of queueEntries) {
    if (auditOff && attr(e, 'enableAudit') !== 'false') edits.push(setAttribute(e, 'enableAudit', 'false'));
    if (hasReplay(e)) continue;
    edits.push(e.openEnd === e.end ? openWith(text, e, REPLAY_LINES) : prependChild(text, e, REPLAY_LINES));
  }
  if (!queueEntries.some((e) => attr(e, 'queue') === '>')) edits.push(prependChild(text, entries, catchAll));
  return edits;
}

/** `<x a="b"/>` → `<x a="b">` + children + `</x>`. */
function openWith(text: string, el: XmlElement, lines: string[]): Edit {
  const own = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', el.start - 1) + 1, el.start))?.[0] ?? '';
  const end = text.lastIndexOf('/>', el.end);
  return { start: end, end: el.end, text: `>\n${lines.map((l) => `${own}  ${l}`).join('\n')}\n${own}</${el.name}>` };
}

function virtualTopicEdits(text: string, broker: XmlElement): Edit[] {
  const interceptors = child(broker, 'destinationInterceptors');
  if (!interceptors) {
    return [insertChild(text, broker, 'destinationInterceptors', ['<destinationInterceptors>', '  <virtualDestinationInterceptor>', '    <virtualDestinations>',
      '      <virtualTopic name="VirtualTopic.>" prefix="Consumer.*." local="true"/>', '    </virtualDestinations>', '  </virtualDestinationInterceptor>', '</destinationInterceptors>'])];
  }
  return children(interceptors, 'virtualDestinationInterceptor').flatMap((v) => children(v, 'virtualDestinations')).flatMap((l) => children(l, 'virtualTopic'))
    .filter((vt) => attr(vt, 'local') !== 'true').map((vt) => setAttribute(vt, 'local', 'true'));
}
