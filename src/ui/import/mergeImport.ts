// How an imported network joins the current one. Replace: the import is the network. Merge by broker name: an
// imported broker replaces the broker of the same name and the links from it; the others are added. A target the
// files did not describe (an external broker) becomes the current broker of that name or host, if there is one.

import type { Broker, Link, Topology } from '../../model';

export type ImportMode = 'replace' | 'merge';

export function combine(current: Topology, imported: Topology, mode: ImportMode): Topology {
  if (mode === 'replace') return { ...imported, ...(imported.name ? {} : { name: current.name }) };
  const fromFiles = imported.brokers.filter((b) => b.imported);
  const replaced = new Map(fromFiles.map((b) => [b.name, b]));
  const currentNames = new Set(current.brokers.map((b) => b.name));
  const byHost = new Map<string, string>();
  for (const b of current.brokers) if (b.host && !replaced.has(b.name)) byHost.set(b.host.toLowerCase(), byHost.get(b.host.toLowerCase()) ?? b.name);
  for (const b of fromFiles) if (b.host) byHost.set(b.host.toLowerCase(), b.name);

  const rename = new Map<string, string>();
  const added: Broker[] = [];
  for (const b of imported.brokers) {
    if (b.imported) {
      if (!currentNames.has(b.name)) added.push(b);
      continue;
    }
    // An external target: the broker already named so, else the one at that host, else a new external broker.
    const sameHost = b.host ? byHost.get(b.host.toLowerCase()) : undefined;
    if (currentNames.has(b.name) || replaced.has(b.name)) rename.set(b.name, b.name);
    else if (sameHost !== undefined) rename.set(b.name, sameHost);
    else added.push(b);
  }
  const to = (name: string) => rename.get(name) ?? name;
  const links: Link[] = [
    ...current.links.filter((l) => !replaced.has(l.from)),
    ...imported.links.map((l) => (rename.has(l.to) || rename.has(l.from) ? { ...l, from: to(l.from), to: to(l.to) } : l)),
  ];
  return {
    ...current,
    brokers: [...current.brokers.map((b) => replaced.get(b.name) ?? b), ...added],
    links,
  };
}
