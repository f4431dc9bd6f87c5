// Lays a network out: layered and by location with an ELK instance (the browser's runs in a worker: elkEngine.ts;
// the bench's in Node), radial without ELK (radial.ts).

import type { ELK } from 'elkjs/lib/elk-api';
import type { Position, Topology } from '../../model';
import { layeredGraph, type LayoutKind, type LayoutOptions, locationGraph, nestedPositions, snap, wrapLayers } from './graphs';
import { radialPositions } from './radial';

export async function layoutWith(elk: () => Promise<ELK>, network: Topology, kind: LayoutKind, options: LayoutOptions = {}): Promise<Position[]> {
  const n = network.brokers.length;
  if (!n) return [];
  if (kind === 'radial') return snap(radialPositions(network));
  if (kind === 'location') return snap(nestedPositions(await (await elk()).layout(locationGraph(network, options)), n));
  return snap(wrapLayers(await (await elk()).layout(layeredGraph(network)), n, options));
}
