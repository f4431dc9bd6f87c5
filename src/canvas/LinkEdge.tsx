// The link edge: a line between the two brokers' borders with an arrow at the dialled end (both ends when duplex),
// dashed with a lock (drawn here in SVG) when the link is ssl, a badge when a diagnostic names the link, and the
// simulation's path highlight. Links that join the same two brokers (a paired return link) are curves bending to
// opposite sides, each with its own wide hit path and its own label, so each can be seen and picked.

import { BaseEdge, EdgeLabelRenderer, type EdgeProps, type InternalNode, useStoreApi } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { select, useDesigner } from '../store/designerStore';
import { plural } from '../store/plural';
import './links.css';
import { LockIcon } from './LockIcon';
import { indexOf, type LinkFlowEdge, NODE_SIZE } from './toFlow';

type Point = { x: number; y: number };

/** How far (px) the middle of a curve in lane ±1 stands off the straight line: a pair (lanes ±0.5) is 56 px apart
 *  in the middle, room for both labels side by side. */
export const LANE_OFFSET = 56;
/** Width (px) of the invisible path a click or hover hits: wide, but less than the gap between a pair's curves. */
export const HIT_WIDTH = 22;

/** Where the line from the centre of `node` towards `to` leaves the node's rectangle. */
function borderPoint(node: InternalNode, to: Point): Point {
  const w = (node.measured.width ?? NODE_SIZE.width) / 2;
  const h = (node.measured.height ?? NODE_SIZE.height) / 2;
  const c = centre(node);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(dx) > 0 ? w / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? h / Math.abs(dy) : Infinity);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

function centre(node: InternalNode): Point {
  return { x: node.internals.positionAbsolute.x + (node.measured.width ?? NODE_SIZE.width) / 2, y: node.internals.positionAbsolute.y + (node.measured.height ?? NODE_SIZE.height) / 2 };
}

/** The edge's path and the point its label sits on: straight in lane 0, else a quadratic curve to the lane's side. */
export function edgeGeometry(s: InternalNode, t: InternalNode, lane: number): { path: string; label: Point } {
  const sc = centre(s);
  const tc = centre(t);
  if (lane === 0) {
    const a = borderPoint(s, tc);
    const b = borderPoint(t, sc);
    return { path: `M ${a.x},${a.y} L ${b.x},${b.y}`, label: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  // A quadratic curve's middle stands off half as far as its control point; close brokers bend less.
  const control = 2 * lane * Math.min(LANE_OFFSET, len * 0.35);
  const c = { x: (sc.x + tc.x) / 2 + (-(tc.y - sc.y) / len) * control, y: (sc.y + tc.y) / 2 + ((tc.x - sc.x) / len) * control };
  const a = borderPoint(s, c);
  const b = borderPoint(t, c);
  const label = { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
  return { path: `M ${a.x},${a.y} Q ${c.x},${c.y} ${b.x},${b.y}`, label };
}

function LinkEdgeView({ id, source, target, data, selected, markerEnd, markerStart }: EdgeProps<LinkFlowEdge>) {
  // React Flow re-renders an edge whenever either end's handle moves or resizes (sourceX… props), so reading the
  // two nodes from the store here is always current; subscribing to each (useInternalNode) cost 2 store listeners
  // per edge on every drag frame, thousands on a large network.
  const { nodeLookup } = useStoreApi().getState();
  const s = nodeLookup.get(source);
  const t = nodeLookup.get(target);
  if (!s || !t || !data) return null;
  const { path, label } = edgeGeometry(s, t, data.lane);
  const { link, ssl, diag, onSimPath, simFailed } = data;
  const selectLink = (e?: MouseEvent) => {
    const index = indexOf(id);
    const sel = useDesigner.getState().selection;
    // Shift/Ctrl/⌘-click adds to the selection (or takes the link out of it), as on the edge itself.
    if (e && (e.shiftKey || e.ctrlKey || e.metaKey)) {
      const links = sel.links.includes(index) ? sel.links.filter((i) => i !== index) : [...sel.links, index].sort((x, y) => x - y);
      select({ ...sel, links });
    } else select({ brokers: [], links: [index] });
  };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={link.duplex ? markerStart : undefined}
        className={`link-path${ssl ? ' ssl' : ''}${selected ? ' selected' : ''}${diag ? ` sev-${diag.severity}` : ''}${onSimPath ? ' sim-path' : ''}${simFailed ? ' sim-failed' : ''}`}
        interactionWidth={HIT_WIDTH}
        data-link-path={data.id}
      />
      {(ssl || diag) && (
        <EdgeLabelRenderer>
          <div
            className={`link-label nodrag nopan${selected ? ' selected' : ''}`} style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }} data-link={data.id}
            // The label sits above the edge's own hit area: a click on the badge or lock selects the link too.
            // The name holds the badge's count too: the visible text must be part of the name (WCAG 2.5.3).
            role="button" tabIndex={0} aria-label={`Select ${data.label}${diag ? `, ${plural(diag.count, 'diagnostic')}` : ''}`}
            onClick={selectLink}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectLink(); } }}
          >
            {ssl && <span className="link-lock" title="SSL: this link dials an ssl:// transport"><LockIcon /></span>}
            {diag && <span className={`diag-badge sev-${diag.severity}`} title={`${diag.count} diagnostic${diag.count > 1 ? 's' : ''}`}>{diag.count}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
