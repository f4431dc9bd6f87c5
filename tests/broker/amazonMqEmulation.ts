// Amazon MQ emulated on real ActiveMQ on 127.0.0.1: each broker starts from its exported configuration.xml (the
// bare <broker> the service takes) completed the way the service completes it: a brokerName, an SSL OpenWire
// transport with key and trust stores (made by the project's make-keystores.sh), the broker's users as simple
// authentication, the password of each connector's userName injected, and the peers' endpoints resolved to their
// local ssl ports. The completion edits the exported text at its offsets and never regenerates it from the model:
// the point is that the exported file itself works. It is an emulation of the service, not the service.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Broker, KEYTOOL_SCRIPT_NAME, type Topology, exampleTopology, exportFiles, exportedBrokers, keytoolScript, validate } from '../../src/model';
import { fixesFor } from '../../src/model/fixes';
import { type Edit, applyEdits, setAttribute } from '../../src/model/templateEdit';
import { BEANS_OPEN } from '../../src/model/xml/brokerXml';
import { escapeAttr } from '../../src/model/xml/escape';
import { parseXml } from '../../src/model/xml/parse';
import { attr, child, children, findElement, innerRange } from '../../src/model/xml/query';
import { block, pluginBlocks, sslItem, transportItems } from '../../src/model/xml/sections';
import { freePorts, transportPort } from './localTopology';
import { type SecureNetwork, type SecureStartOptions, launchNetwork, runKeytoolScript } from './securityNetwork';

/** The one port the service's OpenWire endpoint listens on, and the only one a connector may dial. */
const SERVICE_OPENWIRE_PORT = '61617';

export interface EmulationOptions extends Omit<SecureStartOptions, 'keytool'> {
  /** Inject the bridge user's password into each <networkConnector> as the service does (default true). */
  injectPasswords?: boolean;
}

export interface EmulatedNetwork extends SecureNetwork {
  /** Broker name → its configuration.xml exactly as exported (`xml` holds what the broker started from). */
  configurations: Map<string, string>;
}

/**
 * An example network moved to Amazon MQ 5.17 with the model's own one-click fixes (each broker gets the service's
 * endpoints instead of its self-managed transports), `keep` brokers only, and each broker's endpoint set as
 * `terraform output endpoints` would give it after the apply.
 */
export function amazonMqExample(id: string, keep?: string[]): Topology {
  let t = exampleTopology(id);
  if (keep) {
    t.brokers = t.brokers.filter((b) => keep.includes(b.name));
    t.links = t.links.filter((l) => keep.includes(l.from) && keep.includes(l.to));
  }
  t.settings = { ...t.settings, target: 'amazon-mq', activemqVersion: '5.17' };
  for (let d = validate(t).find((x) => fixesFor(t, x).length); d; d = validate(t).find((x) => fixesFor(t, x).length)) {
    t = fixesFor(t, d)[0].apply(t);
  }
  for (const b of t.brokers) b.endpoint = `b-${b.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-1.mq.eu-central-1.amazonaws.com`;
  return t;
}

/**
 * What the service runs for each broker, here on 127.0.0.1: OpenWire over TLS (the service's 61617) on a fresh
 * port, with a key and trust store per broker; and STOMP. The service offers STOMP only as stomp+ssl on 61614;
 * the emulation opens a plain loopback STOMP port instead, for the tests' client (tests/broker/stomp.ts).
 */
async function serviceTopology(source: Topology): Promise<Topology> {
  const t = structuredClone(source);
  const ports = await freePorts(2 * t.brokers.length);
  t.brokers.forEach((b, i) => {
    if (b.deploymentMode === 'active-standby') throw new Error(`${b.name} is active/standby: the emulation runs single instances only`);
    b.host = '127.0.0.1'; // the certificate's name: the bridges dial 127.0.0.1
    b.transports = [{ name: 'openwire', uri: `ssl://127.0.0.1:${ports[2 * i]}` }, { name: 'stomp', uri: `stomp://127.0.0.1:${ports[2 * i + 1]}` }];
    b.ssl = { keyStore: 'ssl/broker.ks', keyStorePassword: `service-ks-${i}-Qm7`, trustStore: 'ssl/broker.ts', trustStorePassword: `service-ts-${i}-Zr4` };
  });
  return t;
}

/**
 * The service's name resolution: each broker's endpoint host (the one the service gave it, from the topology)
 * → its OpenWire ssl port here. A host it does not know stays unknown, as in DNS.
 */
function endpointResolver(source: Topology, service: Topology): Map<string, number> {
  return new Map(source.brokers.filter((b) => b.endpoint).map((b) => [b.endpoint!, transportPort(service, b.name, 'openwire')]));
}

/**
 * The exported configuration.xml of `broker`, completed as the service completes it (see the file comment):
 * wrapped in the Spring <beans> stock ActiveMQ starts, with brokerName, the connectors re-aimed and given their
 * password, simple authentication in <plugins>, and an sslContext and the transports before </broker>
 * (children stay in alphabetical order). `service` is the emulated service's view of the broker.
 */
export function completeConfiguration(exported: string, service: Broker, resolve: Map<string, number>, injectPasswords = true): string {
  const el = findElement(parseXml(exported, 'configuration.xml').root, 'broker');
  if (!el) throw new Error(`${service.name}: the configuration has no <broker>`);
  if (attr(el, 'brokerName') !== undefined || child(el, 'transportConnectors') || child(el, 'sslContext')) {
    throw new Error(`${service.name}: the configuration sets what the service owns (brokerName, transports or sslContext)`);
  }
  const edits: Edit[] = [
    { start: el.start, end: el.start, text: `<!-- Completed by the broker tests' Amazon MQ emulation (not the service). -->\n${BEANS_OPEN}\n` },
    setAttribute(el, 'brokerName', escapeAttr(service.name)),
  ];
  for (const nc of children(el, 'networkConnectors').flatMap((list) => children(list, 'networkConnector'))) {
    // The service resolves the peer's endpoint by DNS and dials its 61617; here: the peer's ssl port on 127.0.0.1.
    const uri = (attr(nc, 'uri') ?? '').replace(/ssl:\/\/([^:/,)]+):(\d+)/g, (_, host: string, port: string) => {
      const local = resolve.get(host);
      if (port !== SERVICE_OPENWIRE_PORT || local === undefined) throw new Error(`${service.name}: ssl://${host}:${port} reaches no broker of the service`);
      return `ssl://127.0.0.1:${local}`;
    });
    edits.push(setAttribute(nc, 'uri', escapeAttr(uri)));
    // Amazon MQ injects the password of the user named `userName` (that user must exist, with one password, on
    // both brokers); the exported file carries userName only, as the service's schema demands.
    const user = service.users?.find((u) => u.username === attr(nc, 'userName'));
    if (!user) throw new Error(`${service.name}: no user ${JSON.stringify(attr(nc, 'userName'))} whose password the service could inject`);
    if (injectPasswords) edits.push(setAttribute(nc, 'password', escapeAttr(user.password)));
  }
  // The users live in the API (Terraform's user blocks) and the service turns them into simple authentication;
  // the authorization map is the configuration's own.
  const [authentication] = pluginBlocks({ ...service, authorization: undefined }, '    ');
  const plugins = child(el, 'plugins');
  if (plugins) edits.push({ start: plugins.openEnd, end: plugins.openEnd, text: `\n${authentication}` });
  const close = innerRange(el, exported)?.[1];
  if (close === undefined) throw new Error(`${service.name}: the configuration's <broker> is empty`);
  const tail = [
    plugins ? '' : `  <plugins>\n${authentication}\n  </plugins>\n`,
    `${block('sslContext', [sslItem(service)!], '  ')}\n`,
    `${block('transportConnectors', transportItems(service), '  ')}\n`,
  ];
  edits.push({ start: close, end: close, text: tail.join('') }, { start: el.end, end: el.end, text: '\n</beans>' });
  return applyEdits(exported, edits);
}

/**
 * Exports `source` (target amazon-mq), makes the emulated service's key stores with make-keystores.sh, starts every
 * broker from its completed configuration and waits until ready (by default: every connector's bridge formed).
 */
export async function startAmazonMqEmulation(source: Topology, opts: EmulationOptions = {}): Promise<EmulatedNetwork> {
  const files = new Map(exportFiles(source).map((f) => [f.path, f.content] as const));
  const configurations = new Map<string, string>();
  for (const { broker, fileName } of exportedBrokers(source)) {
    const text = files.get(`${fileName}/configuration.xml`);
    if (text === undefined) throw new Error(`the export has no ${fileName}/configuration.xml (is the target amazon-mq?)`);
    configurations.set(broker.name, text);
  }
  const service = await serviceTopology(source);
  const resolve = endpointResolver(source, service);
  const net = await launchNetwork(service, 'amq-amazon-mq-test-', opts, (root) => {
    writeFileSync(join(root, KEYTOOL_SCRIPT_NAME), keytoolScript(service));
    const keytoolOutput = runKeytoolScript(root);
    const brokers = exportedBrokers(service).map(({ broker, fileName }) => ({
      broker, fileName, xml: completeConfiguration(configurations.get(broker.name)!, broker, resolve, opts.injectPasswords ?? true),
    }));
    return { brokers, keytoolOutput };
  });
  return { ...net, configurations };
}
