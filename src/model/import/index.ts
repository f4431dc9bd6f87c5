// importBrokerFiles: one or many activemq.xml texts into a topology (CONTRACT section 4, "the importer").
// Connectors are resolved to the brokers they dial (targets.ts); MCollective topic/queue pairs become preset links,
// other connectors are kept as written (links.ts); targets no file describes become external brokers. The preset is
// MCollective only when the files hold MCollective's layout or destinations (preset.ts).

import type { Broker, Topology } from '../types';
import { TOPOLOGY_FORMAT } from '../types';
import { buildLinks } from './links';
import { withHostMarker } from './hostComment';
import { inferPreset } from './preset';
import { type ImportedBroker, readBrokerFile } from './readBroker';
import { brokerHost } from './resolve';
import { resolveTargets } from './targets';

export interface SourceFile {
  name: string;
  text: string;
}

export function importBrokerFiles(files: SourceFile[], name?: string): Topology {
  const imported = files.map((f) => readBrokerFile(f.text, f.name));
  const { rawLinks, externals, dialedAs, hostFromFileName } = resolveTargets(imported);
  // A host only the file's name told is written down on export (hostComment.ts); with a comment it is known already.
  for (const i of hostFromFileName) if (!imported[i].meta) imported[i].template = withHostMarker(imported[i].template, imported[i].brokerStart);
  const brokers: Broker[] = imported.map((b, i) => toBroker(b, b.meta?.host ?? brokerHost(b, dialedAs.get(i))));
  brokers.push(...externals.values());
  const { links, split } = buildLinks(rawLinks, brokers, (to) => (typeof to === 'number' ? brokers[to] : externals.get(to)!));
  imported.forEach((b, i) => {
    const kept = b.connectors.filter((c) => c.discovery.targets.length === 0).map((c) => c.xml);
    if (kept.length) brokers[i].imported!.connectors = kept;
  });
  // Amazon MQ configurations only: the network targets Amazon MQ (its transports are the service's).
  const amazon = imported.length > 0 && imported.every((b) => b.amazonMq) && imported.some((b) => b.connectors.length);
  return { format: TOPOLOGY_FORMAT, ...(name ? { name } : {}), settings: amazon ? { preset: inferPreset(imported, split), target: 'amazon-mq' } : { preset: inferPreset(imported, split) }, brokers, links };
}

function toBroker(b: ImportedBroker, host: string): Broker {
  const broker: Broker = { name: b.name, role: b.meta?.role ?? 'broker', host, ...(b.meta?.location !== undefined ? { location: b.meta.location } : {}), transports: b.transports };
  if (b.users) broker.users = b.users;
  if (b.authorization) broker.authorization = b.authorization;
  if (b.amazonMq?.deploymentMode) broker.deploymentMode = b.amazonMq.deploymentMode;
  if (b.amazonMq?.endpoint) broker.endpoint = b.amazonMq.endpoint;
  if (b.ssl) broker.ssl = b.ssl;
  broker.imported = { file: b.file, template: b.template };
  return broker;
}
