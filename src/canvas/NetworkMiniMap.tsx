// The canvas's minimap: every broker as a rectangle coloured by role (selected ones highlighted), the visible part
// of the canvas, click or drag to move the view there, wheel to zoom. Replaces React Flow's MiniMap, whose one
// store subscription per node cost more than the whole bare React Flow canvas while dragging on 1,000 brokers.

import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useMemo, useRef, type WheelEvent } from 'react';
import { shallow } from 'zustand/shallow';
import type { Position } from '../model';
import { useDesigner } from '../store/designerStore';
import { maskPath, MINIMAP_SIZE, type Rect, rolePaths, toFlowPoint, viewBox, type Viewport, visibleRect } from './miniMapGeometry';

const viewportOf = (s: ReactFlowState): Viewport => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });

/** `positions`: the canvas's current ones, a drag under way included. */
export function NetworkMiniMap({ positions }: { positions: Position[] }) {
  const network = useDesigner((s) => s.current.network);
  const selected = useDesigner((s) => s.selection.brokers);
  const viewport = useStore(viewportOf, shallow);
  const flow = useReactFlow();
  const gestureBox = useRef<Rect | undefined>(undefined);

  const roles = useMemo(() => network.brokers.map((b) => b.role), [network]);
  const highlighted = useMemo(() => new Set(selected), [selected]);
  const paths = useMemo(() => rolePaths(positions, roles, highlighted), [positions, roles, highlighted]);
  const visible = visibleRect(viewport);
  const box = viewBox(positions, visible);

  const centreAt = (e: PointerEvent<SVGSVGElement>, b: Rect) => {
    const r = e.currentTarget.getBoundingClientRect();
    const p = toFlowPoint(b, e.clientX - r.left, e.clientY - r.top);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    // The box is kept for the whole gesture: it grows with the view, and following it would make the view jump.
    gestureBox.current = box;
    centreAt(e, box);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => { if (gestureBox.current) centreAt(e, gestureBox.current); };
  const onPointerUp = () => { gestureBox.current = undefined; };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => { void (e.deltaY < 0 ? flow.zoomIn() : flow.zoomOut()); };

  return (
    <Panel position="bottom-right" className="network-minimap">
      <svg
        width={MINIMAP_SIZE.width} height={MINIMAP_SIZE.height} viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img" aria-label="Minimap: click or drag to move the view, wheel to zoom" data-testid="minimap"
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} onWheel={onWheel}
      >
        <path className="minimap-nodes role-broker" d={paths.broker} />
        <path className="minimap-nodes role-noc" d={paths.noc} />
        <path className="minimap-nodes role-external" d={paths.external} />
        <path className="minimap-nodes selected" d={paths.selected} />
        <path className="minimap-mask" d={maskPath(box, visible)} fillRule="evenodd" />
      </svg>
    </Panel>
  );
}
