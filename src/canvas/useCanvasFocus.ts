// Carries out the UI store's focus requests (from the diagnostics panel and the find box) on the React Flow view.

import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useUi } from '../store/uiStore';
import { nodeId } from './toFlow';

export function useCanvasFocus(): void {
  const focus = useUi((s) => s.focus);
  const flow = useReactFlow();
  useEffect(() => {
    if (!focus || !focus.brokers.length) return;
    void flow.fitView({ nodes: focus.brokers.map((i) => ({ id: nodeId(i) })), duration: 300, padding: 0.6, maxZoom: 1.2 });
  }, [focus, flow]);
}
