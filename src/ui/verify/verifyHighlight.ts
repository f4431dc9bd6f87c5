// What the canvas paints for a verify report: brokers that could not be tested (unreachable, login refused) or whose
// flows differ in red, the others green; links a cause names as failing, links that carried probes as a path.
// Derived from the report and the network on screen (the links are matched by id, the brokers by name).

import type { SimHighlight, SimMark } from '../../canvas/simHighlight';
import type { Topology } from '../../model';
import { type CauseKind, forwardingLinks, type VerifyReport } from '../../model/verify';

const WORD: Record<CauseKind, string> = {
  'broker-unreachable': 'unreachable', 'login-refused': 'login refused', 'bridge-silent': 'bridge silent',
  'path-differs': 'path differs', duplicates: 'duplicates',
};

export const causeWord = (kind: CauseKind): string => WORD[kind];

export function verifyHighlight(network: Topology, report: VerifyReport): SimHighlight {
  const nodes = new Map<string, SimMark>();
  const failedLinks = new Set(report.causes.flatMap((c) => c.links));
  const links = new Set<string>();
  const differs = new Set<string>();
  for (const f of report.flows) {
    const good = !f.untested && f.delivered === f.expected && f.copies <= 1;
    if (!good) {
      differs.add(f.from);
      differs.add(f.to);
    } else if (f.delivered) {
      for (let i = 0; i + 1 < f.path.length; i++) for (const id of forwardingLinks(network, f.path[i], f.path[i + 1])) if (!failedLinks.has(id)) links.add(id);
    }
  }
  for (const c of report.causes) for (const b of c.brokers) differs.add(b);
  const tested = new Set(report.flows.flatMap((f) => [f.from, f.to]));
  for (const name of tested) nodes.set(name, differs.has(name) ? { kind: 'missed', text: '✗ differs' } : { kind: 'delivered', text: '✓ as designed' });
  for (const c of report.causes) {
    for (const b of c.brokers) {
      const prev = nodes.get(b);
      // A broker's own failure (down, login) wins over the flows it is part of.
      if (c.kind === 'broker-unreachable' || c.kind === 'login-refused' || !prev?.reason) {
        nodes.set(b, { kind: 'missed', text: `✗ ${WORD[c.kind]}`, reason: c.message });
      }
    }
  }
  return { nodes, links, failedLinks };
}
