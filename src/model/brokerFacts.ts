// What a broker's file says (or, for a designed broker, what the export will write) about the settings the pitfall
// rules need: advisory support, connector start mode, queue policies with the replay filter, virtual topics.
// Imported brokers are read from their kept template, as written, so a one-click fix that edits the template
// changes what the rules see; designed brokers get the export's safe defaults (safeDefaults.ts).

import { ATTRIBUTE_SINCE } from './activemqVersion';
import { MARK } from './import/template';
import type { DerivedNetwork } from './network';
import { safeDefaults } from './safeDefaults';
import type { Broker } from './types';
import { parseXml, type XmlElement } from './xml/parse';
import { attr, child, children, findElement, localName } from './xml/query';

export interface QueuePolicy {
  /** The entry's queue pattern; `>` for the policy map's defaultEntry. */
  pattern: string;
  replay: boolean;
  /** enableAudit="false" on the entry. */
  auditOff: boolean;
}

export interface VirtualTopicSetting {
  name: string;
  prefix: string;
  postfix: string;
  local: boolean;
}

export interface BrokerFacts {
  /** advisorySupport is not "false" (a placeholder counts as on: its value is only known where the broker runs). */
  advisorySupport: boolean;
  startAsync: boolean;
  queuePolicies: QueuePolicy[];
  virtualTopics: VirtualTopicSetting[];
  /** Attributes (of <broker>, <virtualTopic> and the replay filter) that only some versions know (activemqVersion.ts). */
  versioned: Set<string>;
  /** Where the facts come from: 'file' (an imported template) or 'export' (a designed broker). */
  source: 'file' | 'export';
}

/** ActiveMQ's default interceptor when a file configures none (BrokerService, useVirtualTopics="true"). */
export const DEFAULT_VIRTUAL_TOPIC: VirtualTopicSetting = Object.freeze({ name: 'VirtualTopic.>', prefix: 'Consumer.*.', postfix: '', local: false });

const fromTemplate = new Map<string, BrokerFacts>();

const isTrue = (v: string | undefined) => v !== undefined && v.trim().toLowerCase() === 'true';
const isFalse = (v: string | undefined) => v !== undefined && v.trim().toLowerCase() === 'false';

function hasReplay(entry: XmlElement): boolean {
  const stack = [...children(entry)];
  while (stack.length) {
    const el = stack.pop()!;
    if (localName(el) === 'conditionalNetworkBridgeFilterFactory' && isTrue(attr(el, 'replayWhenNoConsumers'))) return true;
    stack.push(...children(el));
  }
  return false;
}

function queuePolicy(entry: XmlElement, pattern: string): QueuePolicy {
  return { pattern, replay: hasReplay(entry), auditOff: isFalse(attr(entry, 'enableAudit')) };
}

/** Reads an imported broker's template (markers removed: they only stand for the sections the model writes). */
export function factsOfTemplate(template: string): BrokerFacts {
  let facts = fromTemplate.get(template);
  if (facts) return facts;
  const text = template.replace(new RegExp(`${MARK}[^${MARK}]*${MARK}`, 'g'), '');
  let broker: XmlElement | undefined;
  try {
    broker = findElement(parseXml(text).root, 'broker');
  } catch {
    broker = undefined;
  }
  const queuePolicies: QueuePolicy[] = [];
  let virtualTopics: VirtualTopicSetting[] = [];
  if (broker) {
    for (const map of children(broker, 'destinationPolicy').flatMap((d) => children(d, 'policyMap'))) {
      for (const e of children(map, 'policyEntries').flatMap((l) => children(l, 'policyEntry'))) {
        const q = attr(e, 'queue');
        if (q !== undefined) queuePolicies.push(queuePolicy(e, q));
      }
      const dflt = child(map, 'defaultEntry');
      const de = dflt && child(dflt, 'policyEntry');
      if (de) queuePolicies.push(queuePolicy(de, '>'));
    }
    const interceptors = children(broker, 'destinationInterceptors');
    if (interceptors.length) {
      virtualTopics = interceptors.flatMap((i) => children(i, 'virtualDestinationInterceptor'))
        .flatMap((v) => children(v, 'virtualDestinations')).flatMap((l) => children(l, 'virtualTopic'))
        .map((t) => ({ name: attr(t, 'name') ?? '>', prefix: attr(t, 'prefix') ?? 'Consumer.*.', postfix: attr(t, 'postfix') ?? '', local: isTrue(attr(t, 'local')) }));
    } else if (!isFalse(attr(broker, 'useVirtualTopics'))) {
      virtualTopics = [DEFAULT_VIRTUAL_TOPIC];
    }
  }
  const versioned = new Set<string>();
  if (broker) {
    const stack = [broker];
    while (stack.length) {
      const el = stack.pop()!;
      const kind = el === broker ? 'broker' : localName(el);
      for (const a of el.attrs) if (ATTRIBUTE_SINCE[a.name]?.where === kind) versioned.add(a.name);
      if (localName(el) !== 'networkConnectors') stack.push(...children(el));
    }
  }
  facts = {
    versioned,
    advisorySupport: !broker || !isFalse(attr(broker, 'advisorySupport')),
    startAsync: !!broker && isTrue(attr(broker, 'networkConnectorStartAsync')),
    queuePolicies, virtualTopics, source: 'file',
  };
  if (fromTemplate.size > 10_000) fromTemplate.clear();
  fromTemplate.set(template, facts);
  return facts;
}

const perNet = new WeakMap<DerivedNetwork, Map<Broker, BrokerFacts>>();

/** The facts of a broker of a derived network: from its file when imported, else from what the export writes. */
export function brokerFacts(net: DerivedNetwork, broker: Broker): BrokerFacts {
  if (broker.imported) return factsOfTemplate(broker.imported.template);
  let m = perNet.get(net);
  if (!m) perNet.set(net, (m = new Map()));
  let f = m.get(broker);
  if (!f) m.set(broker, (f = designedFacts(net, broker)));
  return f;
}

function designedFacts(net: DerivedNetwork, broker: Broker): BrokerFacts {
  const d = safeDefaults(net, broker);
  const mcollective = net.topology.settings.preset === 'mcollective';
  const queuePolicies: QueuePolicy[] = [];
  if (mcollective) queuePolicies.push({ pattern: '*.reply.>', replay: d.replay, auditOff: d.replay && d.auditOff });
  if (d.replay || mcollective) queuePolicies.push({ pattern: '>', replay: d.replay, auditOff: d.replay && d.auditOff });
  return {
    advisorySupport: true,
    startAsync: d.startAsync,
    queuePolicies: queuePolicies.filter((p) => p.replay || p.pattern !== '>'),
    versioned: new Set(),
    virtualTopics: [d.virtualTopicLocal ? { ...DEFAULT_VIRTUAL_TOPIC, local: true } : DEFAULT_VIRTUAL_TOPIC],
    source: 'export',
  };
}

/** The version-dependent attributes an imported broker's file uses. */
export function brokerAttributes(template: string): Set<string> {
  return factsOfTemplate(template).versioned;
}
