// Reading an Amazon MQ configuration back (a bare `<broker>` root without brokerName): the broker's name comes from
// the designer's own comment when the file came from this tool, else from the file name (a `…/configuration.xml`
// from its folder); the endpoint its peers dial lets their connectors resolve to it.

import type { DeploymentMode } from '../types';
import type { XmlNode } from '../xml/parse';
import { AMAZON_MQ_COMMENT } from './configXml';

export interface AmazonMqMeta {
  name: string;
  role?: 'noc' | 'broker';
  location?: string;
  deploymentMode?: DeploymentMode;
  endpoint?: string;
  /** The host its peers' connectors dial (the endpoint, or the placeholder written while it was unknown). */
  dials?: string;
}

/** `dc1.xml` → dc1; `dc1/configuration.xml` → dc1; an endpoint-named file keeps its name (the user may rename). */
export function nameFromFile(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  let stem = (parts.pop() ?? file).replace(/\.xml$/i, '');
  if (/^(configuration|activemq)$/i.test(stem) && parts.length) stem = parts.pop()!;
  return stem || 'broker';
}

const ENDPOINT = /^b-[0-9a-z-]+-[12]\.mq\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/i;

export function amazonMqMeta(nodes: XmlNode[], file: string): AmazonMqMeta {
  const name = nameFromFile(file);
  const fromName: AmazonMqMeta = ENDPOINT.test(name) ? { name, endpoint: name, dials: name } : { name };
  for (const n of nodes) {
    if (n.kind !== 'comment' || !n.text.trim().startsWith(AMAZON_MQ_COMMENT)) continue;
    try {
      const v = JSON.parse(n.text.trim().slice(AMAZON_MQ_COMMENT.length)) as Record<string, unknown>;
      const str = (k: string) => (typeof v[k] === 'string' ? v[k] as string : undefined);
      return {
        name: str('name') || name,
        ...(v.role === 'noc' || v.role === 'broker' ? { role: v.role } : {}),
        ...(str('location') !== undefined ? { location: str('location') } : {}),
        ...(v.deploymentMode === 'active-standby' || v.deploymentMode === 'single' ? { deploymentMode: v.deploymentMode } : {}),
        ...(str('endpoint') ? { endpoint: str('endpoint') } : {}),
        ...(str('dials') ?? str('endpoint') ? { dials: str('dials') ?? str('endpoint') } : {}),
      };
    } catch {
      return fromName;
    }
  }
  return fromName;
}

/** The name import gives an Amazon MQ broker whose file has no brokerName (from its comment or file name), so an
 *  export writes no brokerName for it either (import → export → import gives the same file). */
export function amazonDefaultName(template: string, file: string | undefined): string {
  const m = /<!--\s*amq-network-designer amazon-mq broker (\{[^\n]*?\})\s*-->/.exec(template);
  if (m) {
    try {
      const v = JSON.parse(m[1]) as { name?: unknown };
      if (typeof v.name === 'string' && v.name) return v.name;
    } catch { /* not ours after all: the file name decides */ }
  }
  return nameFromFile(file ?? '');
}
