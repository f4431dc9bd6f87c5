// Carries out the UI store's focus requests (from the diagnostics panel and the find box) on the React Flow view,
// and fits a newly loaded network (New, Open, template, share link) into view.

import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useDesigner } from '../store/designerStore';
import { useUi } from '../store/uiStore';
import { nodeId } from './toFlow';

export function useCanvasFocus(): void {
  const focus = useUi((s) => s.focus);
  const flow = useReactFlow();
  useEffect(() => {
    if (!focus || !focus.brokers.length) return;
    void flow.fitView({ nodes: focus.brokers.map((i) => ({ id: nodeId(i) })), duration: 300, padding: 0.6, maxZoom: 1.2 });
  }, [focus, flow]);
  const loads = useDesigner((s) => s.loads);
  useEffect(() => {
    // An empty network has nothing to fit; a fit queued for it would fire on the first drop and move the view.
    if (loads > 0 && useDesigner.getState().current.network.brokers.length > 0) void flow.fitView({ padding: 0.25, maxZoom: 1.1, duration: 200 });
  }, [loads, flow]);
}
