// Auto-layout: the positions of a chosen layout (layered by role, grouped by location, radial; layout/graphs.ts)
// computed by ELK in a worker (layout/elkEngine.ts; radial needs no ELK: layout/radial.ts), and the layout a
// network without positions gets when opened.

import type { Position, Topology } from '../model';
import { elkEngine } from './layout/elkEngine';
import type { LayoutKind, LayoutOptions } from './layout/graphs';
import { layoutWith } from './layout/layout';

export type { LayoutKind } from './layout/graphs';

export async function layoutPositions(network: Topology, kind: LayoutKind = 'layered', options: LayoutOptions = {}): Promise<Position[]> {
  return layoutWith(elkEngine, network, kind, { aspect: canvasAspect(), ...options });
}

/** The canvas's height the fitted view leaves to brokers: the minimap's strip at the bottom is kept clear. */
const MINIMAP_STRIP = 190;

/** width / height of the part of the canvas the layout should fill; before the canvas exists, the window's share. */
export function canvasAspect(): number {
  if (typeof document === 'undefined') return 1.6;
  const r = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  const [w, h] = r && r.width > 0 && r.height > 0 ? [r.width, r.height] : [innerWidth - 640, innerHeight - 60];
  return Math.max(0.5, w / Math.max(100, h - MINIMAP_STRIP));
}

/** Whether a loaded topology needs laying out: it has brokers and none of them has a position. */
export function lacksPositions(topology: Topology): boolean {
  return topology.brokers.length > 0 && topology.brokers.every((b) => !b.position);
}
