// What the designer knows of a broker that activemq.xml has no place for (role, the host others dial, location),
// written as a comment so that importing a generated file gives back the same broker. ActiveMQ ignores it.

import type { Broker, BrokerRole } from '../types';

const PREFIX = 'amq-network-designer broker ';

/** `<!-- amq-network-designer broker {"role":…} -->`, with `--` (illegal in comments) written as a JSON escape. */
export function designerComment(broker: Broker): string {
  const meta: Record<string, string> = { role: broker.role, host: broker.host };
  if (broker.location !== undefined) meta.location = broker.location;
  const json = JSON.stringify(meta).replace(/-/g, '\\u002d').replace(/\{(?=[{%])/g, '\\u007b').replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
  return `<!-- ${PREFIX}${json} -->`;
}

export interface DesignerMeta {
  role?: BrokerRole;
  host?: string;
  location?: string;
}

/** Reads the comment back from a comment's text; undefined when it is not ours or not readable. */
export function readDesignerComment(comment: string): DesignerMeta | undefined {
  const t = comment.trim();
  if (!t.startsWith(PREFIX)) return undefined;
  try {
    const v = JSON.parse(t.slice(PREFIX.length)) as Record<string, unknown>;
    const out: DesignerMeta = {};
    if (v.role === 'noc' || v.role === 'broker') out.role = v.role;
    if (typeof v.host === 'string') out.host = v.host;
    if (typeof v.location === 'string') out.location = v.location;
    return out;
  } catch {
    return undefined;
  }
}
