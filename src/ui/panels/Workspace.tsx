// The three columns under the toolbar: palette, simulate and diagnostics (left), the canvas, properties and XML
// (right). The sidebars are resizable with the mouse or the keyboard (react-resizable-panels: separators with
// role="separator", arrow keys, Home/End, Enter collapses) and their widths are remembered (panelPrefs.ts).

import { type ReactNode, useState } from 'react';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import { LIMITS, readPanelPrefs, savePanelPrefs } from './panelPrefs';
import './panels.css';

const px = (n: number) => `${n}px`;

export function Workspace({ left, main, right }: { left: ReactNode; main: ReactNode; right: ReactNode }) {
  const [prefs] = useState(() => readPanelPrefs(innerWidth));
  const leftRef = usePanelRef();
  const rightRef = usePanelRef();
  // Saved when the user moved a separator (pointer released, or a key), never for a window resize; measured in the
  // next frame: the library reads the panels' widths from the DOM, which React has not updated yet when it calls back.
  const onLayoutChanged = (_: unknown, meta: { isUserInteraction: boolean }) => {
    if (!meta.isUserInteraction) return;
    requestAnimationFrame(() => savePanelPrefs({ left: leftRef.current?.getSize().inPixels, right: rightRef.current?.getSize().inPixels }));
  };
  return (
    <Group className="workspace" orientation="horizontal" onLayoutChanged={onLayoutChanged}>
      <Panel
        id="left" panelRef={leftRef} defaultSize={px(prefs.left)} minSize={px(LIMITS.left.min)} maxSize={px(LIMITS.left.max)}
        groupResizeBehavior="preserve-pixel-size" className="workspace-column"
      >
        {left}
      </Panel>
      <Separator className="panel-separator" aria-label="Resize the palette and diagnostics column" data-testid="separator-left" />
      <Panel id="canvas" minSize={px(LIMITS.canvas.min)} className="workspace-column">{main}</Panel>
      <Separator className="panel-separator" aria-label="Resize the properties and XML column" data-testid="separator-right" />
      <Panel
        id="right" panelRef={rightRef} defaultSize={px(prefs.right)} minSize={px(LIMITS.right.min)} maxSize={px(LIMITS.right.max)}
        groupResizeBehavior="preserve-pixel-size" className="workspace-column"
      >
        {right}
      </Panel>
    </Group>
  );
}
