// Fitting the whole network into view without putting brokers under the canvas's panels: the minimap (bottom
// right) and the link legend (bottom left, beside the zoom buttons: LinkLegend). The padding reserves one strip
// along the bottom for both, or the minimap's on the right and the legend's along the bottom, whichever leaves
// the larger zoom. (With the legend at the top right, a wide network lost a strip at the top as well.)

import { type FitViewOptions, getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import { MINIMAP_SIZE } from './miniMapGeometry';

type Padding = NonNullable<FitViewOptions['padding']>;
type Size = { width: number; height: number };

/** Low enough to show a few thousand brokers at once (the fit decides the zoom; 0.1 could not show 1,000). */
export const MIN_ZOOM = 0.02;
export const FIT_MAX_ZOOM = 1.1;
const EDGE = 14;
/** A panel's margin from the canvas edge (React Flow's Panel) plus a little air. */
const CLEAR = 15 + 12;
/** The open legend's size, for a fit before it is drawn. */
const LEGEND_OPEN: Size = { width: 300, height: 110 };

/** The legend's size as drawn now (collapsed it is a small button), or the open legend's before it is drawn. */
export function legendSize(): Size {
  const r = typeof document === 'undefined' ? undefined : document.querySelector('[data-testid="link-legend"]')?.getBoundingClientRect();
  return r && r.width > 0 ? { width: r.width, height: r.height } : LEGEND_OPEN;
}

export function fitPadding(width: number, height: number, bounds: Rect, legend: Size = legendSize()): Padding {
  const w = Math.max(bounds.width, 1);
  const h = Math.max(bounds.height, 1);
  const minimapRight = MINIMAP_SIZE.width + CLEAR;
  const minimapBottom = MINIMAP_SIZE.height + CLEAR;
  const legendBottom = legend.height + CLEAR;
  // [right, bottom] reserved beyond the EDGE margin: both panels in one strip along the bottom (the legend sits
  // left of the minimap), or the minimap's strip on the right and the legend's along the bottom.
  const candidates: [number, number][] = [[0, Math.max(minimapBottom, legendBottom)], [minimapRight, legendBottom]];
  const zoom = ([right, bottom]: [number, number]) => Math.min((width - 2 * EDGE - right) / w, (height - 2 * EDGE - bottom) / h);
  const [right, bottom] = zoom(candidates[1]) > zoom(candidates[0]) ? candidates[1] : candidates[0];
  const px = (n: number) => `${Math.round(n)}px` as const;
  return { top: px(EDGE), left: px(EDGE), right: px(EDGE + right), bottom: px(EDGE + bottom) };
}

/** The viewport showing `bounds` (brokers, and location frames when drawn) in a width × height canvas. */
export function fittedViewport(bounds: Rect, width: number, height: number): Viewport {
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, fitPadding(width, height, bounds));
}
