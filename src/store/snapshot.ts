// The designer's unit of state and of undo: the network (a Topology without positions) and the node positions
// kept beside it, one per broker by index. Split so that dragging a node never makes a new network object.

import type { Position, Topology } from '../model';

/**
 * Why positions live apart: the model memoises deriveNetwork/validate per Topology object. If positions stayed on
 * broker.position, every drag frame would make a new topology and re-run validation and XML. Here a drag replaces
 * only `positions`; `network` keeps its identity, so everything derived from it stays cached.
 */
export interface Snapshot {
  /** The topology with every broker.position removed; replaced only by network edits. */
  network: Topology;
  /** positions[i] is where network.brokers[i] sits on the canvas. */
  positions: Position[];
}

/** Splits a loaded topology into a position-free network and its positions (missing ones are laid out in a row). */
export function splitPositions(topology: Topology): Snapshot {
  const positions = topology.brokers.map((b, i) => b.position ?? { x: (i % 6) * 220, y: Math.floor(i / 6) * 160 });
  const brokers = topology.brokers.map((b) => {
    if (!b.position) return b;
    const { position: _drop, ...rest } = b;
    void _drop;
    return rest;
  });
  return { network: { ...topology, brokers }, positions };
}

const merged = new WeakMap<Topology, { positions: Position[]; topology: Topology }>();

/** The full topology (positions on the brokers) for save, export and share; memoised on the pair. */
export function mergePositions(s: Snapshot): Topology {
  const hit = merged.get(s.network);
  if (hit && hit.positions === s.positions) return hit.topology;
  const topology: Topology = {
    ...s.network,
    brokers: s.network.brokers.map((b, i) => (s.positions[i] ? { ...b, position: roundPosition(s.positions[i]) } : b)),
  };
  merged.set(s.network, { positions: s.positions, topology });
  return topology;
}

function roundPosition(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
