// The first step, shown on an empty canvas: where brokers come from and how links are drawn.

import { Panel } from '@xyflow/react';
import './links.css';

export function EmptyCanvasHint() {
  return (
    <Panel position="top-center" className="empty-canvas-hint" data-testid="empty-hint">
      <strong>Start here:</strong> drag a <em>Broker</em> or <em>NOC broker</em> from <em>Add</em> (left) onto the canvas,
      or pick one of the <em>Templates</em>. Then drag from a broker’s handle onto another broker to link them: the first
      dials the second.
    </Panel>
  );
}
