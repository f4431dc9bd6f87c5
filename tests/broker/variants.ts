// The networks the simulator-agreement test runs: the example networks as they are, and deliberately broken
// variants of them (TTL one too low on a star, a chain one hop longer than its TTL, a one-way link with nothing
// back, a kept connector whose filter excludes the probed queues). Built with the model's own types.

import { type Broker, type Link, type Topology, exampleTopology, generateBrokerXml, importBrokerFiles } from '../../src/model';
import { transportPort } from './localTopology';

export interface Network {
  name: string;
  topology: Topology;
  /** Applied by the harness to the local (127.0.0.1) topology before export. */
  adjust?: (local: Topology) => void;
  /** Ordered broker pairs whose flows are compared. */
  pairs: [string, string][];
  /** Destination prefixes probed per pair, with the STOMP user that sends and consumes them. */
  destinations: { prefix: string; user: string }[];
}

const MCO = [
  { prefix: 'topic://mcollective.agreement', user: 'mcollective' },
  { prefix: 'queue://mcollective.agreement', user: 'mcollective' },
];

/** Every ordered pair of distinct brokers. */
export function allPairs(topology: Topology): [string, string][] {
  const names = topology.brokers.map((b) => b.name);
  return names.flatMap((a) => names.filter((b) => b !== a).map((b) => [a, b] as [string, string]));
}

/** For the five-broker star: NOC → each, each → NOC, and a ring of spoke → spoke pairs (two hops each). */
function starPairs(topology: Topology): [string, string][] {
  const hub = topology.brokers.find((b) => b.role === 'noc')!.name;
  const spokes = topology.brokers.filter((b) => b.name !== hub).map((b) => b.name);
  return [
    ...spokes.map((s) => [hub, s] as [string, string]),
    ...spokes.map((s) => [s, hub] as [string, string]),
    ...spokes.map((s, i) => [s, spokes[(i + 1) % spokes.length]] as [string, string]),
  ];
}

function example(id: string, name = id): Network {
  const topology = exampleTopology(id);
  return { name, topology, pairs: topology.brokers.length > 4 ? starPairs(topology) : allPairs(topology), destinations: MCO };
}

/** A chain of duplex links, users and authorization as the examples have them. */
function chain(names: string[], networkTTL: number | undefined, name: string): Network {
  const template = exampleTopology('mesh-of-three');
  const model = template.brokers[0];
  const bridge = template.links[0];
  const brokers: Broker[] = names.map((n, i) => ({
    name: n, role: 'broker', host: `${n}.example.net`,
    transports: structuredClone(model.transports),
    users: structuredClone(model.users), authorization: structuredClone(model.authorization),
    position: { x: i * 200, y: 0 },
  }));
  const links: Link[] = names.slice(1).map((to, i) => ({ from: names[i], to, duplex: true, userName: bridge.userName, password: bridge.password }));
  const topology: Topology = { format: 'amq-topology/1', name, settings: { preset: 'mcollective', networkTTL }, brokers, links };
  return { name, topology, pairs: allPairs(topology), destinations: MCO };
}

/** A kept duplex connector for `link` (in the local topology), dialing its target's rewritten OpenWire port. */
function keep(local: Topology, from: string, to: string, attributes: string, body = ''): void {
  const link = local.links.find((l) => l.from === from && l.to === to)!;
  const uri = `static:(tcp://127.0.0.1:${transportPort(local, to, 'openwire')})`;
  link.connectors = [{
    xml: `<networkConnector name="kept-${from}-${to}" uri="${uri}" duplex="true" userName="${link.userName}" ` +
      `password="${link.password}" dynamicOnly="true" ${attributes}>${body}</networkConnector>`,
  }];
}

const EXCLUDE_MCO_QUEUES = '<excludedDestinations><queue physicalName="mcollective.>"/></excludedDestinations>';

function starTtlOne(): Network {
  const n = example('noc-and-countries', 'noc-and-countries, networkTTL 1 (2 needed)');
  n.topology.settings.networkTTL = 1;
  return n;
}

/** The NOC's link to de made one-way (NOC → de), and nothing dials back from de. */
function starOneWay(): Network {
  const n = example('noc-and-countries', 'noc-and-countries, noc → de one-way (no return link)');
  const link = n.topology.links.find((l) => l.from === 'noc' && l.to === 'de')!;
  link.duplex = false;
  return n;
}

/**
 * mesh-of-three with broker1 ↔ broker2 replaced by one kept duplex connector that excludes `mcollective.>` queues
 * (the detour over broker3 is 2 hops, beyond networkTTL 1). Queues outside the filter (`agreement.*`, as admin)
 * are probed too.
 */
function meshWithFilter(): Network {
  const n = example('mesh-of-three', 'mesh-of-three, broker1 ↔ broker2 excludes queue mcollective.>');
  n.adjust = (local) => keep(local, 'broker1', 'broker2', 'networkTTL="1"', EXCLUDE_MCO_QUEUES);
  n.destinations = [...MCO, { prefix: 'queue://agreement', user: 'admin' }];
  return n;
}

/** The pair with its only link a kept connector excluding `mcollective.>` queues: nothing else can carry them. */
function pairWithFilter(): Network {
  const n = example('clustering-2009', 'clustering-2009, the only connector excludes queue mcollective.>');
  n.adjust = (local) => keep(local, 'noc1-broker', 'dc1-broker', 'networkTTL="1"', EXCLUDE_MCO_QUEUES);
  n.destinations = [...MCO, { prefix: 'queue://agreement', user: 'admin' }];
  return n;
}

/**
 * X ↔ Y ↔ Z with kept connectors whose messageTTL and consumerTTL differ: X→Y forwards messages 1 hop and demand
 * 2, Y→Z the other way round. ActiveMQ checks each on the bridge that forwards (notes §2.4), so X → Z passes both
 * checks at each position while Z → X does not.
 */
function splitTtlChain(): Network {
  const n = chain(['ttl-x', 'ttl-y', 'ttl-z'], undefined, 'chain of three, kept connectors with messageTTL ≠ consumerTTL');
  n.adjust = (local) => {
    keep(local, 'ttl-x', 'ttl-y', 'messageTTL="1" consumerTTL="2"');
    keep(local, 'ttl-y', 'ttl-z', 'messageTTL="2" consumerTTL="1"');
  };
  return n;
}

/** mesh-of-three with broker1 → broker2 one-way: broker2 → broker1 needs the detour over broker3 (computed TTL 2). */
function meshOneWay(): Network {
  const n = example('mesh-of-three', 'mesh-of-three, broker1 → broker2 one-way (detour back over broker3)');
  n.topology.links.find((l) => l.from === 'broker1' && l.to === 'broker2')!.duplex = false;
  return n;
}

/**
 * Turns a broker of the local topology into an imported one whose file is its export edited by `edit`: the model
 * still writes its connectors, transports and users, the rest of the file is the edited text (as after an import).
 */
function editFile(local: Topology, broker: string, edit: (xml: string) => string): void {
  const text = edit(generateBrokerXml(structuredClone(local), broker));
  const b = local.brokers.find((x) => x.name === broker)!;
  b.imported = { file: `${broker}.xml`, template: importBrokerFiles([{ name: `${broker}.xml`, text }]).brokers[0].imported!.template };
}

/** P2: the pair with advisorySupport="false" on dc1-broker: nothing crosses to it, the other way delivers. */
function pairAdvisoriesOff(): Network {
  const n = example('clustering-2009', 'clustering-2009, advisorySupport="false" on dc1-broker (P2)');
  n.adjust = (local) => editFile(local, 'dc1-broker', (xml) => xml.replace('<broker xmlns="http://activemq.apache.org/schema/core"', '$& advisorySupport="false"'));
  return n;
}

/** P7: the pair with ActiveMQ's default virtual topics (no local="true"), probed on a virtual topic as well. */
function pairDefaultVirtualTopics(): Network {
  const n = example('clustering-2009', 'clustering-2009, default virtual topics on both brokers (P7)');
  const drop = (xml: string) => xml.replace(/\n\s*<!-- Virtual topics[\s\S]*?<\/destinationInterceptors>/, '');
  n.adjust = (local) => { for (const b of ['noc1-broker', 'dc1-broker']) editFile(local, b, drop); };
  n.destinations = [...MCO, { prefix: 'topic://VirtualTopic.agreement', user: 'admin' }];
  return n;
}

export function agreementNetworks(): Network[] {
  return [
    example('noc-and-countries'),
    example('clustering-2009'),
    example('mesh-of-three'),
    starTtlOne(),
    chain(['chain-a', 'chain-b', 'chain-c', 'chain-d'], 2, 'chain of four, networkTTL 2 (3 needed)'),
    starOneWay(),
    meshWithFilter(),
    pairWithFilter(),
    splitTtlChain(),
    meshOneWay(),
    pairAdvisoriesOff(),
    pairDefaultVirtualTopics(),
  ];
}
