// The network canvas: React Flow in controlled mode over the designer store. Drags move positions (live in the
// canvas, one undo step in the store when they end), a drag from a broker's handle to another broker (its handle or
// anywhere on its body) makes the first dial the second, palette drops create brokers.

import {
  Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, type EdgeChange, type FinalConnectionState, MarkerType,
  type NodeChange, ReactFlow, ReactFlowProvider, type ReactFlowState, type Viewport, useReactFlow, useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type DragEvent, type KeyboardEvent as ReactKeyboardEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Position } from '../model';
import { addBrokerAt, connect } from '../store/actions';
import { select, useDesigner } from '../store/designerStore';
import { setDragging, useUi } from '../store/uiStore';
import { BrokerNode } from './BrokerNode';
import { brokerAt, dialledBy } from './connectGesture';
import { LinkEdge } from './LinkEdge';
import { EmptyCanvasHint } from './EmptyCanvasHint';
import { LinkLegend } from './LinkLegend';
import { nodesBounds } from './miniMapGeometry';
import { LocationFrames } from './LocationFrames';
import './locationFrames.css';
import { NetworkMiniMap } from './NetworkMiniMap';
import { isPaletteRole, PALETTE_MIME } from './paletteDrag';
import { type BrokerFlowNode, indexOf, type LinkFlowEdge, NODE_SIZE } from './toFlow';
import { useCanvasFocus, useFitAll } from './useCanvasFocus';
import { usePlaceRequests } from './usePlaceRequests';
import { FIT_MAX_ZOOM, fitPadding, fittedViewport, MIN_ZOOM } from './fitView';
import { useFlowElements } from './useFlowElements';
import { type Move, useLiveDrag } from './useLiveDrag';

const nodeTypes = { broker: BrokerNode };
const edgeTypes = { link: LinkEdge };
const GRID: [number, number] = [20, 20];
/** Past this many brokers only what is on screen is rendered (culling costs more than it saves on small networks). */
const CULL_ABOVE = 200;
/** Below this zoom a node's host, role and MCollective pills are too small to read (under 5 px) and are not drawn. */
export const DETAIL_ZOOM = 0.45;
const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
// Props React Flow copies into its store must keep their identity between renders: a new object on every drag
// frame is one more store update, each running every node's and edge's subscription (thousands at scale).
const FIT_VIEW_OPTIONS = { maxZoom: FIT_MAX_ZOOM };
/** Shift-click adds to the selection, as Ctrl/⌘-click does (Shift-drag still draws a selection box). */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];
type Axis = 'x' | 'y';
const ARROW_AXIS: Record<string, Axis> = { ArrowLeft: 'x', ArrowRight: 'x', ArrowUp: 'y', ArrowDown: 'y' };

function brokerName(nodeIdText: string): string | undefined {
  return useDesigner.getState().current.network.brokers[indexOf(nodeIdText)]?.name;
}

function applySelect(kind: 'brokers' | 'links', changes: { id: string; selected: boolean }[]): void {
  if (!changes.length) return;
  const sel = useDesigner.getState().selection;
  const set = new Set(sel[kind]);
  for (const c of changes) (c.selected ? set.add(indexOf(c.id)) : set.delete(indexOf(c.id)));
  select({ ...sel, [kind]: [...set].sort((a, b) => a - b) });
}

type FlowViewProps = ReturnType<typeof useLiveDrag> & ReturnType<typeof useFlowElements>;

type FitOptions = { padding: ReturnType<typeof fitPadding>; maxZoom: number };

function FlowView({ positions, moveLive, endLive, nodes, edges, setMeasured, viewport, fitOptions }: FlowViewProps & { viewport: Viewport; fitOptions: FitOptions }) {
  const theme = useUi((s) => s.theme);
  const far = useStore(zoomedOut);
  const flow = useReactFlow();
  useCanvasFocus();
  usePlaceRequests(GRID[0]);
  /** A mouse drag of nodes is under way (set at its start, cleared after its last position change). */
  const dragging = useRef(false);
  /** The axis of the last arrow key pressed on the canvas: a keyboard move keeps the other axis as it was. */
  const arrowAxis = useRef<Axis | undefined>(undefined);
  const fitAll = useFitAll();

  const onNodesChange = useCallback((changes: NodeChange<BrokerFlowNode>[]) => {
    const moves: Move[] = [];
    const finalMoves: Move[] = [];
    const sizes: { id: string; width: number; height: number }[] = [];
    const selects: { id: string; selected: boolean }[] = [];
    let dragEnded = false;
    for (const c of changes) {
      if (c.type === 'position') {
        let move = c.position && { index: indexOf(c.id), position: c.position };
        // React Flow snaps both axes of a keyboard move to the grid, so a broker off the grid went diagonally on
        // ArrowRight: the axis the key does not move stays where it was.
        const axis = arrowAxis.current;
        if (move && !c.dragging && !dragging.current && axis) {
          const old = useDesigner.getState().current.positions[move.index];
          if (old) move = { ...move, position: axis === 'x' ? { x: move.position.x, y: old.y } : { x: old.x, y: move.position.y } };
        }
        if (c.dragging) { if (move) moves.push(move); } else { if (move) finalMoves.push(move); dragEnded = true; }
      } else if (c.type === 'dimensions' && c.dimensions) sizes.push({ id: c.id, ...c.dimensions });
      else if (c.type === 'select') selects.push(c);
    }
    if (moves.length) moveLive(moves);
    // A move that is not part of a drag (arrow keys) ends at once: one undo step each.
    if (dragEnded) endLive(finalMoves);
    if (sizes.length) setMeasured(sizes);
    applySelect('brokers', selects);
  }, [setMeasured, moveLive, endLive]);

  // A drag selects its node first, in the same task: marking the drag now holds the panels that follow the
  // selection (useSettled) before that selection renders them, which stalled the drag's first frames.
  const onNodeDragStart = useCallback(() => { dragging.current = true; setDragging(true); }, []);
  const onNodeDragStop = useCallback(() => { dragging.current = false; endLive([]); }, [endLive]);
  const onKeyDownCapture = useCallback((e: ReactKeyboardEvent) => { arrowAxis.current = ARROW_AXIS[e.key]; }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => {
    applySelect('links', changes.flatMap((c) => (c.type === 'select' ? [c] : [])));
  }, []);

  // The link is made when the drag ends, not by React Flow's onConnect: that one names as source the broker of the
  // bottom handle, whichever end the drag started from, and only fires on a handle.
  // While a link is drawn, the broker under the pointer is outlined: dropping there connects.
  const [connecting, setConnecting] = useState(false);
  const onConnectStart = useCallback(() => setConnecting(true), []);
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    setConnecting(false);
    const ends = dialledBy(state.fromNode?.id, brokerAt(event) ?? state.toNode?.id);
    if (!ends) return;
    const from = brokerName(ends.from);
    const to = brokerName(ends.to);
    if (from !== undefined && to !== undefined) connect(from, to);
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    const role = e.dataTransfer.getData(PALETTE_MIME);
    if (!isPaletteRole(role)) return;
    e.preventDefault();
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const snap = (v: number) => Math.round(v / GRID[0]) * GRID[0];
    addBrokerAt(role, { x: snap(p.x - NODE_SIZE.width / 2), y: snap(p.y - NODE_SIZE.height / 2) });
  }, [flow]);

  const markerColor = theme === 'dark' ? '#9aa7b8' : '#5b6779';
  const edgeOptions = useMemo(() => ({
    markerEnd: { type: MarkerType.ArrowClosed, width: 20, height: 20, color: markerColor },
    markerStart: { type: MarkerType.ArrowClosed, width: 20, height: 20, color: markerColor },
  }), [markerColor]);

  return (
    <ReactFlow<BrokerFlowNode, LinkFlowEdge>
      // Large networks drop node shadows and gradients: repainting them dominated drag frames (bench:canvas). Zoomed
      // out, nodes show their name only: fewer boxes to lay out, paint and hit-test on every frame.
      className={[nodes.length > CULL_ABOVE && 'large-network', far && 'zoomed-out', connecting && 'connecting'].filter(Boolean).join(' ') || undefined}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={edgeOptions}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      onSelectionDragStart={onNodeDragStart}
      onSelectionDragStop={onNodeDragStop}
      onConnectStart={onConnectStart}
      onConnectEnd={onConnectEnd}
      onKeyDownCapture={onKeyDownCapture}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      onDragOver={onDragOver}
      onDrop={onDrop}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={null}
      snapToGrid
      snapGrid={GRID}
      defaultViewport={viewport}
      fitView
      fitViewOptions={fitOptions}
      minZoom={MIN_ZOOM}
      onlyRenderVisibleElements={nodes.length > CULL_ABOVE}
      colorMode={theme}
      // React Flow's attribution stays (its authors ask for it), bottom centre, clear of the controls and the minimap.
      attributionPosition="bottom-center"
      aria-label="Network canvas"
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID[0]} size={1} />
      <LocationFrames positions={positions} />
      <NetworkMiniMap positions={positions} />
      <LinkLegend />
      {nodes.length === 0 && <EmptyCanvasHint />}
      <Controls showFitView={false}>
        <ControlButton onClick={() => fitAll()} title="Fit view" aria-label="Fit view" className="fit-view-button">
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
        </ControlButton>
      </Controls>
    </ReactFlow>
  );
}

/** The canvas with its own React Flow provider, so the rest of the app never touches React Flow. */
export function Canvas() {
  const live = useLiveDrag();
  const elements = useFlowElements(live.positions);
  // React Flow's store starts with the nodes, as when ReactFlow makes its own provider: an empty store would make
  // the first render empty and every node wait for a second pass (first render of 1,000 brokers, bench:canvas).
  // The view starts fitted to the canvas (its size measured before the first paint; fitView refines it once nodes
  // are measured), not at zoom 1: a large network's first frame is then drawn zoomed out, name only, instead of every
  // node laid out in full detail and then fitted.
  const ref = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState<{ viewport: Viewport; fitOptions: FitOptions }>();
  useLayoutEffect(() => {
    const { width, height } = ref.current!.getBoundingClientRect();
    const positions = useDesigner.getState().current.positions;
    const fitOptions = { padding: fitPadding(width, height, nodesBounds(positions)), maxZoom: FIT_VIEW_OPTIONS.maxZoom };
    setFirst({ viewport: firstViewport(positions, width, height), fitOptions });
  }, []);
  return (
    <div className="canvas" data-testid="canvas" ref={ref}>
      {first && (
        <ReactFlowProvider initialNodes={elements.nodes} initialEdges={elements.edges}>
          <FlowView {...live} {...elements} viewport={first.viewport} fitOptions={first.fitOptions} />
        </ReactFlowProvider>
      )}
    </div>
  );
}

/** The viewport fitting every broker (at its unmeasured size) into a width × height canvas, as fitView will. */
function firstViewport(positions: readonly Position[], width: number, height: number): Viewport {
  if (!positions.length || !width || !height) return { x: 0, y: 0, zoom: 1 };
  return fittedViewport(nodesBounds(positions), width, height);
}
