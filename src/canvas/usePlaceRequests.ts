// Carries out the palette's keyboard requests (uiStore.requestPlace): a new broker at a free spot of the current view
// (freeSpot.ts), clear of the other brokers and of the canvas overlays, then selected and announced. Only the canvas
// knows the view, so the request is made here, not in the palette.

import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { addBrokerAt } from '../store/actions';
import { useDesigner } from '../store/designerStore';
import { announce, focusBrokers, useUi } from '../store/uiStore';
import { type Box, type Line, placeInView } from './freeSpot';
import { NODE_SIZE, nodeId } from './toFlow';

/** Room kept free around a placed broker: its pills may make it taller than NODE_SIZE, and links need space. */
const GAP = 40;

export function usePlaceRequests(grid: number): void {
  const place = useUi((s) => s.place);
  const store = useStoreApi();
  // A request made before this canvas existed is not carried out again when it mounts.
  const handled = useRef(place?.nonce);
  useEffect(() => {
    if (!place || place.nonce === handled.current) return;
    handled.current = place.nonce;
    const { width, height, transform: [tx, ty, zoom], nodeLookup, domNode } = store.getState();
    const toFlow = (r: DOMRect, origin: DOMRect): Box => ({ x: (r.left - origin.left - tx) / zoom, y: (r.top - origin.top - ty) / zoom, width: r.width / zoom, height: r.height / zoom });
    const view: Box = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
    // The document's positions, not React Flow's nodes: a broker placed a moment ago may not have reached them yet.
    const { network, positions } = useDesigner.getState().current;
    const boxes: Box[] = positions.map((p, i) => {
      const measured = nodeLookup.get(nodeId(i))?.measured;
      return { ...p, width: measured?.width ?? NODE_SIZE.width, height: measured?.height ?? NODE_SIZE.height };
    });
    const centreOf = new Map(network.brokers.map((b, i) => [b.name, { x: boxes[i].x + boxes[i].width / 2, y: boxes[i].y + boxes[i].height / 2 }]));
    const lines: Line[] = network.links.flatMap((l) => {
      const a = centreOf.get(l.from);
      const b = centreOf.get(l.to);
      return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
    });
    // The minimap, the legend, the zoom controls and any hint float above the canvas: a broker under them is hidden.
    if (domNode) {
      const origin = domNode.getBoundingClientRect();
      for (const el of domNode.querySelectorAll('.react-flow__panel')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.height) boxes.push(toFlow(r, origin));
      }
    }
    const spot = placeInView(view, { boxes, lines }, NODE_SIZE, grid, GAP);
    const at = spot ?? { x: Math.round((view.x + view.width / 2) / grid) * grid, y: Math.round((view.y + view.height / 2) / grid) * grid };
    const index = addBrokerAt(place.role, at);
    if (!spot?.inView) focusBrokers([index]);
    const name = useDesigner.getState().current.network.brokers[index]?.name;
    announce(`Added ${place.role === 'noc' ? 'NOC broker' : 'broker'} ${name}, selected. Press C to connect it to another broker.`);
  }, [place, store, grid]);
}
