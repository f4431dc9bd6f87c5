// Carries out the UI store's focus requests (from the diagnostics panel and the find box) on the React Flow view,
// and fits a newly loaded network (New, Open, template, share link) into view.

import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { useDesigner } from '../store/designerStore';
import { useUi } from '../store/uiStore';
import { fittedViewport } from './fitView';
import { withFrames } from './LocationFrames';
import { nodesBounds } from './miniMapGeometry';
import { nodeId } from './toFlow';

/** Fits every broker (and the location frames, when drawn) into view, clear of the minimap and the legend. */
export function useFitAll(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback((duration = 200) => {
    const positions = useDesigner.getState().current.positions;
    if (!positions.length) return;
    const { width, height } = store.getState();
    // Measured sizes where React Flow has them (a broker with MCollective pills is taller), else the usual box.
    const measured = flow.getNodesBounds(flow.getNodes());
    const bounds = measured.width > 0 ? measured : nodesBounds(positions);
    void flow.setViewport(fittedViewport(useUi.getState().locationFrames ? withFrames(bounds) : bounds, width, height), { duration });
  }, [flow, store]);
}

export function useCanvasFocus(): void {
  const focus = useUi((s) => s.focus);
  const flow = useReactFlow();
  useEffect(() => {
    if (!focus || !focus.brokers.length) return;
    void flow.fitView({ nodes: focus.brokers.map((i) => ({ id: nodeId(i) })), duration: 300, padding: 0.6, maxZoom: 1.2 });
  }, [focus, flow]);
  const loads = useDesigner((s) => s.loads);
  const fit = useUi((s) => s.fit);
  const fitAll = useFitAll();
  useEffect(() => {
    // An empty network has nothing to fit; a fit queued for it would fire on the first drop and move the view.
    if ((loads > 0 || fit > 0) && useDesigner.getState().current.network.brokers.length > 0) fitAll();
  }, [loads, fit, fitAll]);
}
