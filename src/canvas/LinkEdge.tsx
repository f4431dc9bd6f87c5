// The link edge: a straight line between the two brokers' borders, an arrow at the dialed end (both ends when
// duplex), dashed with a lock when the link is ssl, a badge when a diagnostic names the link, and the simulation's
// path highlight.

import { BaseEdge, EdgeLabelRenderer, type EdgeProps, type InternalNode, useStoreApi } from '@xyflow/react';
import { memo } from 'react';
import { select } from '../store/designerStore';
import { indexOf, type LinkFlowEdge, NODE_SIZE } from './toFlow';

type Point = { x: number; y: number };

/** Where the line from the centre of `node` towards `to` leaves the node's rectangle. */
function borderPoint(node: InternalNode, to: Point): Point {
  const w = (node.measured.width ?? NODE_SIZE.width) / 2;
  const h = (node.measured.height ?? NODE_SIZE.height) / 2;
  const c = { x: node.internals.positionAbsolute.x + w, y: node.internals.positionAbsolute.y + h };
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(dx) > 0 ? w / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? h / Math.abs(dy) : Infinity);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

function centre(node: InternalNode): Point {
  return { x: node.internals.positionAbsolute.x + (node.measured.width ?? NODE_SIZE.width) / 2, y: node.internals.positionAbsolute.y + (node.measured.height ?? NODE_SIZE.height) / 2 };
}

function LinkEdgeView({ id, source, target, data, selected, markerEnd, markerStart }: EdgeProps<LinkFlowEdge>) {
  // React Flow re-renders an edge whenever either end's handle moves or resizes (sourceX… props), so reading the
  // two nodes from the store here is always current; subscribing to each (useInternalNode) cost 2 store listeners
  // per edge on every drag frame, thousands on a large network.
  const { nodeLookup } = useStoreApi().getState();
  const s = nodeLookup.get(source);
  const t = nodeLookup.get(target);
  if (!s || !t || !data) return null;
  const sc = centre(s);
  const tc = centre(t);
  // Two links between the same brokers in opposite directions are drawn side by side, not on top of each other.
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  const off = { x: (-(tc.y - sc.y) / len) * 8 * data.lane, y: ((tc.x - sc.x) / len) * 8 * data.lane };
  const a = borderPoint(s, { x: tc.x + off.x, y: tc.y + off.y });
  const b = borderPoint(t, { x: sc.x + off.x, y: sc.y + off.y });
  const [x1, y1, x2, y2] = [a.x + off.x, a.y + off.y, b.x + off.x, b.y + off.y];
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const { link, ssl, diag, onSimPath } = data;
  const selectLink = () => select({ brokers: [], links: [indexOf(id)] });
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${x1},${y1} L ${x2},${y2}`}
        markerEnd={markerEnd}
        markerStart={link.duplex ? markerStart : undefined}
        className={`link-path${ssl ? ' ssl' : ''}${selected ? ' selected' : ''}${diag ? ` sev-${diag.severity}` : ''}${onSimPath ? ' sim-path' : ''}`}
        interactionWidth={16}
      />
      {(ssl || diag) && (
        <EdgeLabelRenderer>
          <div
            className="link-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${mx}px, ${my}px)` }} data-link={data.id}
            // The label sits above the edge's own hit area: a click on the badge or lock selects the link too.
            role="button" tabIndex={0} aria-label={`Select link ${data.id}`}
            onClick={selectLink}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectLink(); } }}
          >
            {ssl && <span className="link-lock" title="ssl">🔒</span>}
            {diag && <span className={`diag-badge sev-${diag.severity}`} title={`${diag.count} diagnostic${diag.count > 1 ? 's' : ''}`}>{diag.count}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
