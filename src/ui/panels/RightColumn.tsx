// The right column: properties above, the XML preview below, with a separator between them (drag it, or focus it
// and use the arrow keys; Enter collapses the properties). Either section collapses to its title, and the other
// takes the room: the XML title (uiStore.xmlOpen) and the Properties title drive the panels, and a panel dragged
// shut updates them. The split is remembered (panelPrefs.ts) while both are open.

import { useEffect, useState } from 'react';
import { Group, Panel, type PanelImperativeHandle, Separator, usePanelRef } from 'react-resizable-panels';
import { setXmlOpen, useUi } from '../../store/uiStore';
import { Inspector } from '../inspector/Inspector';
import { XmlPreview } from '../XmlPreview';
import { readPanelPrefs, savePanelPrefs } from './panelPrefs';

/** A collapsed section's height: its title row (panels.css gives both titles this height). */
const TITLE_HEIGHT = '40px';
const MIN_HEIGHT = '100px';

/** Opens or collapses `panel` to match `open`. */
function follow(panel: PanelImperativeHandle | null, open: boolean): void {
  if (!panel) return;
  if (open && panel.isCollapsed()) panel.expand();
  else if (!open && !panel.isCollapsed()) panel.collapse();
}

export function RightColumn() {
  const [prefs] = useState(() => readPanelPrefs(innerWidth));
  const xmlOpen = useUi((s) => s.xmlOpen);
  const [propsOpen, setPropsOpen] = useState(true);
  const inspectorRef = usePanelRef();
  const xmlRef = usePanelRef();
  useEffect(() => follow(xmlRef.current, xmlOpen), [xmlOpen, xmlRef]);
  useEffect(() => follow(inspectorRef.current, propsOpen), [propsOpen, inspectorRef]);
  // A separator dragged (or Enter pressed on it) past a section's minimum collapses it: the titles follow.
  const syncProps = () => { const c = inspectorRef.current?.isCollapsed(); if (c !== undefined) setPropsOpen(!c); };
  const syncXml = () => { const c = xmlRef.current?.isCollapsed(); if (c !== undefined && c === useUi.getState().xmlOpen) setXmlOpen(!c); };
  const onLayoutChanged = (layout: Record<string, number>, meta: { isUserInteraction: boolean }) => {
    if (meta.isUserInteraction && !inspectorRef.current?.isCollapsed() && !xmlRef.current?.isCollapsed()) savePanelPrefs({ inspector: layout.inspector });
  };
  return (
    <aside className="sidebar right" aria-label="Properties and XML">
      <Group className="right-split" orientation="vertical" onLayoutChanged={onLayoutChanged}>
        <Panel
          id="inspector" panelRef={inspectorRef} defaultSize={`${prefs.inspector}%`} minSize={MIN_HEIGHT}
          collapsible collapsedSize={TITLE_HEIGHT} onResize={syncProps} className="split-section"
        >
          <Inspector open={propsOpen} onToggle={() => setPropsOpen(!propsOpen)} />
        </Panel>
        <Separator className="panel-separator" aria-label="Resize properties and XML" data-testid="separator-split" />
        <Panel
          id="xml" panelRef={xmlRef} defaultSize={`${100 - prefs.inspector}%`} minSize={MIN_HEIGHT}
          collapsible collapsedSize={TITLE_HEIGHT} onResize={syncXml} className="split-section"
        >
          <XmlPreview />
        </Panel>
      </Group>
    </aside>
  );
}
