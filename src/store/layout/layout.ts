// Lays a network out with an ELK instance (the browser's runs in a worker: elkEngine.ts; the bench's in Node).

import type { ELK } from 'elkjs/lib/elk-api';
import type { Position, Topology } from '../../model';
import { radialPositions, layeredGraph, type LayoutKind, type LayoutOptions, locationGraph, nestedPositions, radialGraph, snap, wrapLayers } from './graphs';

export async function layoutWith(elk: ELK, network: Topology, kind: LayoutKind, options: LayoutOptions = {}): Promise<Position[]> {
  const n = network.brokers.length;
  if (!n) return [];
  if (kind === 'location') return snap(nestedPositions(await elk.layout(locationGraph(network, options)), n));
  if (kind === 'radial') return snap(radialPositions(await elk.layout(radialGraph(network)), n));
  return snap(wrapLayers(await elk.layout(layeredGraph(network)), n, options));
}
