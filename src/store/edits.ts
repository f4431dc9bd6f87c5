// Pure network edits on a Snapshot (network + positions): each returns a new snapshot and never mutates its input,
// so the model's per-object memoisation and the undo history stay correct.

import type { Broker, BrokerRole, Link, Position, Settings, Topology } from '../model';
import { takenNames, uniqueName } from './names';
import { placeCopy, usedListeners } from './pasteHosts';
import type { Snapshot } from './snapshot';

/** Indices into network.brokers and network.links. */
export interface Selection {
  brokers: number[];
  links: number[];
}

export const EMPTY_SELECTION: Selection = { brokers: [], links: [] };

/** A new broker as the palette makes it: host <name>.example.net, OpenWire and STOMP on the usual ports. */
export function newBroker(name: string, role: BrokerRole): Broker {
  return {
    name, role, host: `${name}.example.net`,
    transports: [
      { name: 'openwire', uri: 'tcp://0.0.0.0:61616' },
      { name: 'stomp', uri: 'stomp+nio://0.0.0.0:61613' },
    ],
  };
}

export function addBroker(s: Snapshot, role: 'noc' | 'broker', at: Position): { snapshot: Snapshot; index: number } {
  const name = uniqueName(role === 'noc' ? 'noc' : 'broker', takenNames(s.network.brokers.map((b) => b.name)), true);
  const network = { ...s.network, brokers: [...s.network.brokers, newBroker(name, role)] };
  return { snapshot: { network, positions: [...s.positions, at] }, index: network.brokers.length - 1 };
}

/** A link from `from` to `to` (the broker that dials), not duplex, as a handle-to-handle connection makes it. */
export function addLink(s: Snapshot, from: string, to: string): { snapshot: Snapshot; index: number } {
  const links = [...s.network.links, { from, to }];
  return { snapshot: { ...s, network: { ...s.network, links } }, index: links.length - 1 };
}

export function updateBroker(s: Snapshot, index: number, patch: Partial<Broker>): Snapshot {
  const brokers = s.network.brokers.map((b, i) => (i === index ? stripUndefined({ ...b, ...patch }) : b));
  return { ...s, network: { ...s.network, brokers } };
}

export function updateLink(s: Snapshot, index: number, patch: Partial<Link>): Snapshot {
  const links = s.network.links.map((l, i) => (i === index ? stripUndefined({ ...l, ...patch }) : l));
  return { ...s, network: { ...s.network, links } };
}

export function updateSettings(s: Snapshot, patch: Partial<Settings> & { name?: string }): Snapshot {
  const { name, ...settings } = patch;
  const network: Topology = { ...s.network, settings: stripUndefined({ ...s.network.settings, ...settings }) };
  if ('name' in patch) network.name = name || undefined;
  return { ...s, network: stripUndefined(network) };
}

/** Renames a broker, every link and every failover list that names it (the caller has checked the new name). */
export function renameBroker(s: Snapshot, index: number, name: string): Snapshot {
  const old = s.network.brokers[index].name;
  // With two brokers of one name, links cannot tell which one they mean: leave them on the remaining one.
  const stillThere = s.network.brokers.some((b, i) => i !== index && b.name === old);
  const move = (n: string) => (n === old && !stillThere ? name : n);
  const links = s.network.links.map((l) => (l.from === old || l.to === old ? { ...l, from: move(l.from), to: move(l.to) } : l));
  // What a new broker took from its name follows it: the location named after it (new brokers stand in their own
  // location) and the placeholder host <name>.example.net (else every renamed broker1 keeps broker1's host).
  const follows = (b: Broker) => ({ ...(b.location === old ? { location: name } : {}), ...(b.host === `${old}.example.net` && /^[A-Za-z0-9-]+$/.test(name) ? { host: `${name}.example.net` } : {}) });
  const renamed = s.network.brokers.map((b, i) => (i === index ? { ...b, name, ...follows(b) } : b));
  // MCollective failover lists name brokers too: they follow the rename (on the same condition as links).
  const brokers = stillThere ? renamed : mapFailover(renamed, (names) => names.map(move));
  return { ...s, network: { ...s.network, brokers, links } };
}

/**
 * Applies `f` to the failover list of every broker's server and client group; a broker whose lists come out the
 * same is kept as the same object (so memoised nodes and XML stay put).
 */
export function mapFailover(brokers: Broker[], f: (names: string[]) => string[]): Broker[] {
  return brokers.map((b) => {
    const servers = b.servers?.failover ? groupWith(b.servers, f(b.servers.failover)) : b.servers;
    const clients = b.clients?.failover ? groupWith(b.clients, f(b.clients.failover)) : b.clients;
    return servers === b.servers && clients === b.clients ? b : stripUndefined({ ...b, servers, clients });
  });
}

function groupWith<G extends { failover?: string[] }>(g: G, failover: string[]): G {
  const same = failover.length === g.failover!.length && failover.every((n, i) => n === g.failover![i]);
  return same ? g : { ...g, failover };
}

/** Deletes the selected brokers, the links that touch them, their failover entries, and the selected links. */
export function deleteSelection(s: Snapshot, sel: Selection): Snapshot {
  const dropB = new Set(sel.brokers);
  const dropL = new Set(sel.links);
  const remaining = new Set(s.network.brokers.filter((_, i) => !dropB.has(i)).map((b) => b.name));
  const gone = new Set(s.network.brokers.filter((_, i) => dropB.has(i)).map((b) => b.name).filter((n) => !remaining.has(n)));
  const links = s.network.links.filter((l, i) => !dropL.has(i) && !gone.has(l.from) && !gone.has(l.to));
  // A deleted broker leaves every MCollective failover list that named it.
  const kept = s.network.brokers.filter((_, i) => !dropB.has(i));
  const brokers = gone.size ? mapFailover(kept, (names) => names.filter((n) => !gone.has(n))) : kept;
  return {
    network: { ...s.network, brokers, links },
    positions: s.positions.filter((_, i) => !dropB.has(i)),
  };
}

/** What Ctrl+C keeps: copies of the selected brokers with their positions, and the links among them. */
export interface Clipboard {
  brokers: { broker: Broker; position: Position }[];
  links: Link[];
}

export function copySelection(s: Snapshot, sel: Selection): Clipboard | undefined {
  if (!sel.brokers.length) return undefined;
  const brokers = sel.brokers.map((i) => ({ broker: structuredClone(s.network.brokers[i]), position: s.positions[i] }));
  const names = new Set(brokers.map((b) => b.broker.name));
  const links = s.network.links.filter((l) => names.has(l.from) && names.has(l.to) && l.from !== l.to).map((l) => structuredClone(l));
  return { brokers, links };
}

/** Pastes a clipboard: fresh names, hosts or ports of their own (pasteHosts.ts), positions offset, copied links
 *  renamed along; returns the new indices. */
export function paste(s: Snapshot, clip: Clipboard, offset: Position): { snapshot: Snapshot; selection: Selection } {
  const taken = takenNames(s.network.brokers.map((b) => b.name));
  const rename = new Map<string, string>();
  const hosts = new Set(s.network.brokers.map((b) => b.host.toLowerCase()));
  const used = usedListeners(s.network.brokers);
  const brokers = clip.brokers.map(({ broker }) => {
    const name = uniqueName(broker.name, taken);
    rename.set(broker.name, name);
    return placeCopy(structuredClone(broker), name, hosts, used);
  });
  // A custom link name would collide with the original's connectors; the copy goes by its default name.
  const links = clip.links.map((l) => { const { name: _n, ...rest } = structuredClone(l); void _n; return { ...rest, from: rename.get(l.from)!, to: rename.get(l.to)! }; });
  const b0 = s.network.brokers.length;
  const l0 = s.network.links.length;
  return {
    snapshot: {
      network: { ...s.network, brokers: [...s.network.brokers, ...brokers], links: [...s.network.links, ...links] },
      positions: [...s.positions, ...clip.brokers.map(({ position }) => ({ x: position.x + offset.x, y: position.y + offset.y }))],
    },
    selection: { brokers: brokers.map((_, i) => b0 + i), links: links.map((_, i) => l0 + i) },
  };
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
