// Naming rules: broker names unique after ActiveMQ's sanitising (R1), names ActiveMQ would rewrite, and network
// connector names unique within a broker (R2, error) and across the network (R3, warning).

import { sanitizeBrokerName } from '../names';
import { stripInvalid } from '../xml/escape';
import type { DerivedNetwork } from '../network';
import type { Diagnostic } from '../types';
import { diagnostic, quoteList } from './diagnostic';
import type { CodeMeta } from './meta';

export function brokerNameRules(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = new Map<string, string[]>();
  for (const b of net.topology.brokers) {
    // ActiveMQ sees the name as the XML file holds it (characters XML cannot carry are gone), then sanitises it.
    const key = sanitizeBrokerName(stripInvalid(b.name));
    const list = groups.get(key);
    if (list) list.push(b.name);
    else groups.set(key, [b.name]);
  }
  for (const [key, names] of groups) {
    if (names.length < 2) continue;
    const same = names.every((n) => n === names[0]);
    out.push(diagnostic('duplicate-broker-name', 'error',
      same
        ? `${names.length} brokers are named ${JSON.stringify(names[0])}. Bridges between them collide on client IDs and ActiveMQ cannot tell them apart; give each broker a unique name.`
        : `The brokers ${quoteList(names)} all become ${JSON.stringify(key)} once ActiveMQ replaces characters outside A-Z, a-z, 0-9, '.', '_', '-' and ':'. Rename them so they differ in those characters.`,
      names));
  }
  const networked = net.topology.links.length > 0;
  for (const b of net.topology.brokers) {
    if (b.role === 'external') continue;
    const clean = sanitizeBrokerName(b.name);
    if (b.name === '') {
      out.push(diagnostic('invalid-broker-name', 'warning', 'A broker has an empty name; ActiveMQ would call it "localhost". Give it a unique name.', [b.name]));
    } else if (clean !== b.name) {
      out.push(diagnostic('invalid-broker-name', 'warning', `ActiveMQ rewrites the broker name ${JSON.stringify(b.name)} to ${JSON.stringify(clean)} and logs an error at start. Use only letters, digits, '.', '_', '-' and ':'.`, [b.name]));
    } else if (networked && b.name.toLowerCase() === 'localhost') {
      out.push(diagnostic('invalid-broker-name', 'warning', `The broker is named "${b.name}", ActiveMQ's default: in a network every broker needs its own name, or messages may loop. Rename it, e.g. after its site.`, [b.name]));
    }
  }
  return out;
}

export function connectorNameRules(net: DerivedNetwork): Diagnostic[] {
  // The extra targets of one multi-URI imported connector are the same element, not another connector.
  const counted = net.connectors.filter((c) => !c.raw?.targetIndex);
  // Nearly always every name is distinct: make sure of that before listing the uses of each name.
  const names = new Set<string>();
  for (const c of counted) names.add(c.name);
  if (names.size === counted.length) return [];
  const out: Diagnostic[] = [];
  const byName = new Map<string, { broker: string; link: string }[]>();
  for (const c of counted) {
    const use = { broker: c.broker, link: c.linkId };
    const list = byName.get(c.name);
    if (list) list.push(use);
    else byName.set(c.name, [use]);
  }
  for (const [name, uses] of byName) {
    if (uses.length < 2) continue;
    const perBroker = new Map<string, string[]>();
    for (const u of uses) perBroker.set(u.broker, [...(perBroker.get(u.broker) ?? []), u.link]);
    for (const [broker, links] of perBroker) {
      if (links.length < 2) continue;
      out.push(diagnostic('duplicate-connector-name', 'error',
        `Broker ${JSON.stringify(broker)} would hold ${links.length} network connectors named ${JSON.stringify(name)}: the second fails to register in JMX and its bridge is refused as "already connected". Give the links distinct names.`,
        [broker], links));
    }
    if (perBroker.size > 1) {
      out.push(diagnostic('duplicate-connector-name', 'warning',
        `The network connector name ${JSON.stringify(name)} is used on ${quoteList([...perBroker.keys()])}. MCollective asks for globally unique names such as "<from>-<to>-topics"; rename the links.`,
        [...perBroker.keys()], uses.map((u) => u.link)));
    }
  }
  return out;
}

/** The catalogue entries of the codes raised here (validate/catalogue.ts). */
export const nameCodes: CodeMeta[] = [
  {
    code: 'duplicate-broker-name', severities: ['error'], refs: ['R1'], fixable: true,
    title: 'Two brokers share a name once ActiveMQ has sanitised it',
    breaks: 'A bridge names its connections after the broker (<connector>_<brokerName>_outbound). Two brokers with the same name dialling the same peer get the same client ID: the second bridge is refused and retries forever, and loop suppression and JMX names become ambiguous. Characters outside [A-Za-z0-9._:-] become "_" first, so "de 1" and "de_1" collide too.',
    logLine: 'javax.jms.InvalidClientIDException: Broker: noc - Client: noc-de-topics_de_outbound already connected from tcp://…',
    fix: 'Give every broker its own name (after its site or host). The designer\'s fix renames the later brokers.',
    example: '<broker brokerName="de" …/>   <!-- on host de1 -->\n<broker brokerName="de" …/>   <!-- on host de2 -->',
  },
  {
    code: 'invalid-broker-name', severities: ['warning'], refs: ['R1'], fixable: true,
    title: 'A broker name ActiveMQ would rewrite, or "localhost" in a network',
    breaks: 'ActiveMQ replaces characters outside [A-Za-z0-9._:-] with "_" and logs an error at start, so the running name differs from the one in your files. "localhost" (the default) in a network of brokers invites name clashes and message loops; an empty name becomes "localhost".',
    logLine: 'Broker Name: de ü contained illegal characters - replaced with de__',
    fix: 'Rename the broker with letters, digits, ".", "_", "-" and ":" only, and not "localhost".',
    example: '<broker brokerName="localhost" …>',
  },
  {
    code: 'duplicate-connector-name', severities: ['error', 'warning'], refs: ['R2', 'R3'], fixable: true,
    title: 'Two network connectors with the same name (error within one broker, warning across brokers)',
    breaks: 'Within one broker the second connector cannot register in JMX and the broker fails to start; two same-named connectors to one peer also produce the same client ID. Across brokers it works, but JMX, logs and the web console name two bridges alike.',
    logLine: 'java.io.IOException: Network Connector could not be registered in JMX: …networkConnectorName=NC',
    fix: 'Name each connector after its ends: <local>-<remote>-topics and <local>-<remote>-queues (the designer does this for links it writes). Unnamed connectors are all called "NC".',
    example: '<networkConnectors>\n  <networkConnector uri="static:(tcp://noc:61616)"/>\n  <networkConnector uri="static:(tcp://fr:61616)"/>\n</networkConnectors>',
  },
];
