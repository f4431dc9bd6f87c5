// Labelled frames around the brokers of each location, drawn under the nodes after the "grouped by location"
// layout. Computed from the current positions, so a frame follows its brokers when they are dragged.

import { type Rect, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import type { Position } from '../model';
import { useDesigner } from '../store/designerStore';
import { locationOf } from '../store/layout/kinds';
import { useUi } from '../store/uiStore';
import { NODE_SIZE } from './toFlow';

const PAD = { side: 16, top: 36, bottom: 16 };

/** `bounds` grown to hold the frames drawn around its brokers (the fit must show the labels at the top too). */
export function withFrames(bounds: Rect): Rect {
  return { x: bounds.x - PAD.side, y: bounds.y - PAD.top, width: bounds.width + 2 * PAD.side, height: bounds.height + PAD.top + PAD.bottom };
}

export function LocationFrames({ positions }: { positions: Position[] }) {
  const shown = useUi((s) => s.locationFrames);
  const brokers = useDesigner((s) => s.current.network.brokers);
  const frames = useMemo(() => {
    if (!shown) return [];
    const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number; count: number }>();
    brokers.forEach((b, i) => {
      const p = positions[i];
      if (!p) return;
      const key = locationOf(b);
      const box = boxes.get(key) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, count: 0 };
      box.x0 = Math.min(box.x0, p.x); box.y0 = Math.min(box.y0, p.y);
      box.x1 = Math.max(box.x1, p.x + NODE_SIZE.width); box.y1 = Math.max(box.y1, p.y + NODE_SIZE.height);
      box.count++;
      boxes.set(key, box);
    });
    return [...boxes].map(([name, b]) => ({ name, count: b.count, x: b.x0 - PAD.side, y: b.y0 - PAD.top, width: b.x1 - b.x0 + 2 * PAD.side, height: b.y1 - b.y0 + PAD.top + PAD.bottom }));
  }, [shown, brokers, positions]);
  if (!frames.length) return null;
  return (
    <ViewportPortal>
      {frames.map((f) => (
        <div
          key={f.name} className="location-frame" data-location={f.name} aria-hidden="true"
          style={{ transform: `translate(${f.x}px, ${f.y}px)`, width: f.width, height: f.height }}
        >
          <span className="location-frame-label">{f.name} <span className="location-frame-count">· {f.count}</span></span>
        </div>
      ))}
    </ViewportPortal>
  );
}
