// The designer's layout: toolbar on top; palette and diagnostics left, canvas centre, inspector and XML right.

import { useEffect } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useUi } from '../store/uiStore';
import { Dialogs } from './Dialogs';
import { DiagnosticsAnnouncer } from './DiagnosticsAnnouncer';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { Inspector } from './inspector/Inspector';
import { Notice } from './Notice';
import { Palette } from './Palette';
import { SimulatePanel } from './simulate/SimulatePanel';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { VerifyPanel } from './verify/VerifyPanel';
import { XmlPreview } from './XmlPreview';
import './a11y.css';

export function App() {
  const theme = useUi((s) => s.theme);
  useShortcuts();
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  return (
    <div className="app">
      <Toolbar />
      <div className="workspace">
        <aside className="sidebar left" aria-label="Add, simulate and diagnostics">
          <Palette />
          <SimulatePanel />
          <VerifyPanel />
          <DiagnosticsPanel />
        </aside>
        <main className="main" aria-label="Network canvas"><Canvas /></main>
        <aside className="sidebar right" aria-label="Properties and XML">
          <Inspector />
          <XmlPreview />
        </aside>
      </div>
      <Dialogs />
      <Notice />
      <DiagnosticsAnnouncer />
    </div>
  );
}
