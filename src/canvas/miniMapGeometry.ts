// The minimap's geometry, apart from React: the SVG viewBox that holds every broker and the visible part of the
// canvas, one path per role with a rectangle per broker, and the mapping from a point on the minimap back to the
// canvas. One path per role (not an element per broker) keeps a drag frame on a 1,000-broker network cheap.

import type { BrokerRole, Position } from '../model';
import { NODE_SIZE } from './toFlow';

export const MINIMAP_SIZE = { width: 200, height: 150 };
/** Node box drawn in the minimap: the canvas node's size. */
export const NODE_BOX = NODE_SIZE;

export interface Rect { x: number; y: number; width: number; height: number }
export interface Viewport { x: number; y: number; zoom: number; width: number; height: number }

/** The part of the canvas (in flow coordinates) the viewport shows. */
export function visibleRect(v: Viewport): Rect {
  const zoom = v.zoom || 1;
  return { x: -v.x / zoom, y: -v.y / zoom, width: v.width / zoom, height: v.height / zoom };
}

/** The rectangle holding every node box (at its unmeasured size), grown to hold `also` if given. */
export function nodesBounds(positions: readonly Position[], also?: Rect): Rect {
  let minX = also?.x ?? Infinity, minY = also?.y ?? Infinity;
  let maxX = also ? also.x + also.width : -Infinity, maxY = also ? also.y + also.height : -Infinity;
  for (const p of positions) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x + NODE_BOX.width > maxX) maxX = p.x + NODE_BOX.width;
    if (p.y + NODE_BOX.height > maxY) maxY = p.y + NODE_BOX.height;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** viewBox holding every node box and the visible rectangle, with the minimap's aspect ratio and a small margin. */
export function viewBox(positions: Position[], visible: Rect): Rect {
  const all = nodesBounds(positions, visible);
  const minX = all.x, minY = all.y, w = all.width || 1, h = all.height || 1;
  // Flow units per minimap pixel, leaving a 5 px margin on every side; the box keeps the minimap's aspect ratio,
  // so that toFlowPoint is exact.
  const scale = Math.max(w / (MINIMAP_SIZE.width - 10), h / (MINIMAP_SIZE.height - 10));
  const width = scale * MINIMAP_SIZE.width, height = scale * MINIMAP_SIZE.height;
  return { x: minX - (width - w) / 2, y: minY - (height - h) / 2, width, height };
}

/** One SVG path per role: a rectangle per broker; brokers in `highlighted` go to the 'selected' path instead. */
export function rolePaths(positions: Position[], roles: BrokerRole[], highlighted: ReadonlySet<number>): Record<BrokerRole | 'selected', string> {
  const parts: Record<BrokerRole | 'selected', string[]> = { noc: [], broker: [], external: [], selected: [] };
  const { width, height } = NODE_BOX;
  positions.forEach((p, i) => {
    const key = highlighted.has(i) ? 'selected' : roles[i] ?? 'broker';
    parts[key].push(`M${Math.round(p.x)} ${Math.round(p.y)}h${width}v${height}h${-width}z`);
  });
  return { noc: parts.noc.join(''), broker: parts.broker.join(''), external: parts.external.join(''), selected: parts.selected.join('') };
}

/** The dimmed area outside the visible rectangle, as an even-odd path over the whole viewBox. */
export function maskPath(box: Rect, visible: Rect): string {
  const outer = `M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}z`;
  return `${outer}M${visible.x} ${visible.y}h${visible.width}v${visible.height}h${-visible.width}z`;
}

/** The canvas point under a pointer at (dx, dy) pixels from the minimap's top-left corner. */
export function toFlowPoint(box: Rect, dx: number, dy: number): { x: number; y: number } {
  return { x: box.x + (dx / MINIMAP_SIZE.width) * box.width, y: box.y + (dy / MINIMAP_SIZE.height) * box.height };
}
