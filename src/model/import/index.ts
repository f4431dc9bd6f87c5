// importBrokerFiles: one or many activemq.xml texts into a topology (CONTRACT section 4, "the importer").
// Connectors are resolved to the brokers they dial; MCollective topic/queue pairs become preset links; other
// connectors are kept as written; targets no file describes become external brokers.

import { connectorUri, dialedTransport } from '../connectors';
import { parseDiscoveryUri } from '../discoveryUri';
import { rawConnectorInfo } from '../rawConnector';
import { parseUri } from '../uri';
import type { Broker, Link, Topology } from '../types';
import { TOPOLOGY_FORMAT } from '../types';
import { mergePair } from './mcollectivePair';
import { type ImportedBroker, readBrokerFile } from './readBroker';
import { brokerHost, externalBroker, resolveTarget } from './resolve';

export interface SourceFile {
  name: string;
  text: string;
}

export function importBrokerFiles(files: SourceFile[], name?: string): Topology {
  const imported = files.map((f) => readBrokerFile(f.text, f.name));
  const dialedAs = new Map<number, string>();
  const externals = new Map<string, Broker>();
  const rawLinks: { from: number; to: number | string; xml: string; targetIndex: number; single: boolean }[] = [];
  imported.forEach((b, from) => {
    b.connectors.forEach((c) => {
      c.discovery.targets.forEach((target, k) => {
        const first = target.hosts[0];
        const at = resolveTarget(imported, from, first);
        if (at !== undefined) {
          if (!dialedAs.has(at)) dialedAs.set(at, first.host);
          rawLinks.push({ from, to: at, xml: c.xml, targetIndex: k, single: c.discovery.kind === 'static' && c.discovery.targets.length === 1 && target.hosts.length === 1 });
          return;
        }
        const key = `${first.host.toLowerCase()}:${first.port ?? 61616}`;
        if (!externals.has(key)) externals.set(key, externalBroker(externalName(first.host, imported, externals), first));
        rawLinks.push({ from, to: key, xml: c.xml, targetIndex: k, single: c.discovery.kind === 'static' && c.discovery.targets.length === 1 && target.hosts.length === 1 });
      });
    });
  });
  const brokers: Broker[] = imported.map((b, i) => toBroker(b, b.meta?.host ?? brokerHost(b, dialedAs.get(i))));
  brokers.push(...externals.values());
  const nameOf = (to: number | string) => (typeof to === 'number' ? brokers[to].name : externals.get(to)!.name);
  const links: Link[] = [];
  const used = new Set<number>();
  // Single-target connectors by (from, to), in file order: a pair's partner is found without a scan of all links.
  const singles = new Map<string, number[]>();
  rawLinks.forEach((r, i) => {
    if (!r.single) return;
    const key = `${r.from}\u0000${r.to}`;
    const list = singles.get(key);
    if (list) list.push(i);
    else singles.set(key, [i]);
  });
  rawLinks.forEach((r, i) => {
    if (used.has(i)) return;
    const from = brokers[r.from].name;
    const to = nameOf(r.to);
    if (r.single) {
      // A pair to a broker no file describes merges too: the external broker has the host and port it dials.
      const targetBroker = typeof r.to === 'number' ? brokers[r.to] : externals.get(r.to)!;
      const j = singles.get(`${r.from}\u0000${r.to}`)!.find((k) => k > i && !used.has(k)) ?? -1;
      // Each connector's XML is read once here (rawConnectorInfo's own cache is bounded, and a large import
      // would overflow it).
      const info = rawConnectorInfo(r.xml);
      const other = j > 0 ? rawConnectorInfo(rawLinks[j].xml) : undefined;
      const merged = other ? mergePair(from, to, info, other) ?? mergePair(from, to, other, info) : undefined;
      if (merged) pickTransport(merged, targetBroker, info.uri);
      // Keep the pair as a preset link only if the preset writes back the very URI the file had.
      if (merged && connectorUri(merged, targetBroker) === info.uri) {
        links.push(merged);
        used.add(j);
        return;
      }
    }
    links.push({ from, to, connectors: [{ xml: r.xml, ...(r.targetIndex ? { targetIndex: r.targetIndex } : {}) }] });
  });
  imported.forEach((b, i) => {
    const kept = b.connectors.filter((c) => c.discovery.targets.length === 0).map((c) => c.xml);
    if (kept.length) brokers[i].imported!.connectors = kept;
  });
  return { format: TOPOLOGY_FORMAT, ...(name ? { name } : {}), settings: { preset: 'mcollective' }, brokers, links };
}

/** Name the dialled transport on the link when it is not the target's default (its first OpenWire one). */
function pickTransport(link: Link, target: Broker, uri: string): void {
  const port = parseDiscoveryUri(uri).targets[0]?.hosts[0]?.port;
  const t = target.transports.find((x) => parseUri(x.uri)?.port === port);
  if (t && dialedTransport(link, target) !== t) link.transport = t.name;
}

function externalName(host: string, imported: ImportedBroker[], externals: Map<string, Broker>): string {
  const taken = new Set([...imported.map((b) => b.name), ...[...externals.values()].map((b) => b.name)]);
  let name = host;
  for (let i = 2; taken.has(name); i++) name = `${host}-${i}`;
  return name;
}

function toBroker(b: ImportedBroker, host: string): Broker {
  const broker: Broker = { name: b.name, role: b.meta?.role ?? 'broker', host, ...(b.meta?.location !== undefined ? { location: b.meta.location } : {}), transports: b.transports };
  if (b.users) broker.users = b.users;
  if (b.authorization) broker.authorization = b.authorization;
  if (b.ssl) broker.ssl = b.ssl;
  broker.imported = { file: b.file, template: b.template };
  return broker;
}
