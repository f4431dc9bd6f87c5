// Fitting the whole network into view without putting brokers under the minimap (bottom-right corner): the padding
// reserves the minimap's width on the right or its height at the bottom, whichever leaves the larger zoom.

import type { FitViewOptions, Rect } from '@xyflow/react';
import { MINIMAP_SIZE } from './miniMapGeometry';

type Padding = NonNullable<FitViewOptions['padding']>;

const EDGE = 14;
/** The minimap panel's margin from the canvas edge (React Flow's Panel) plus a little air. */
const CLEAR = 15 + 12;

export function fitPadding(width: number, height: number, bounds: Rect): Padding {
  const w = Math.max(bounds.width, 1);
  const h = Math.max(bounds.height, 1);
  const right = MINIMAP_SIZE.width + CLEAR;
  const bottom = MINIMAP_SIZE.height + CLEAR;
  const zoomIfRight = Math.min((width - 2 * EDGE - right) / w, (height - 2 * EDGE) / h);
  const zoomIfBottom = Math.min((width - 2 * EDGE) / w, (height - 2 * EDGE - bottom) / h);
  const px = (n: number) => `${Math.round(n)}px` as const;
  return zoomIfRight >= zoomIfBottom
    ? { top: px(EDGE), left: px(EDGE), bottom: px(EDGE), right: px(EDGE + right) }
    : { top: px(EDGE), left: px(EDGE), right: px(EDGE), bottom: px(EDGE + bottom) };
}
