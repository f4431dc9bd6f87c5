// Which preset an imported network is (issue 15 item 5): MCollective when its files hold what MCollective's
// middleware guide writes (connectors split into a topics one and a queues one between the same brokers, which
// includes every pair that became a preset link; destinations or users named mcollective), else plain. A plain
// network is then not told about MCollective defaults, and links drawn later get one connector, like its own.

import type { Preset } from '../types';
import type { ImportedBroker } from './readBroker';

const MCO_DESTINATION = /^mcollective(\.|$)/;
const MCO_FILTER = /physicalName\s*=\s*["']mcollective(\.|["'])/;

function mentionsMcollective(b: ImportedBroker): boolean {
  if (b.authorization?.some((e) => MCO_DESTINATION.test(e.topic ?? e.queue ?? ''))) return true;
  if (b.users?.some((u) => u.username === 'mcollective')) return true;
  return b.connectors.some((c) => c.xml.includes('mcollective') && MCO_FILTER.test(c.xml));
}

/** `split`: some broker has a topics-only and a queues-only connector to the same target (links.ts finds it). */
export function inferPreset(imported: ImportedBroker[], split: boolean): Preset {
  return split || imported.some(mentionsMcollective) ? 'mcollective' : 'plain';
}
