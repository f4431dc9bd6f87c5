// The designer's layout: toolbar on top; palette and diagnostics left, canvas centre, inspector and XML right, the
// columns and the properties/XML split resizable (panels/).

import { useEffect } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useUi } from '../store/uiStore';
import { Announcer } from './Announcer';
import { Dialogs } from './Dialogs';
import { DiagnosticsAnnouncer } from './DiagnosticsAnnouncer';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { Notice } from './Notice';
import { Palette } from './Palette';
import { RightColumn } from './panels/RightColumn';
import { Workspace } from './panels/Workspace';
import { SimulatePanel } from './simulate/SimulatePanel';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { VerifyPanel } from './verify/VerifyPanel';
import './a11y.css';

export function App() {
  const theme = useUi((s) => s.theme);
  useShortcuts();
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  return (
    <div className="app">
      <Toolbar />
      <Workspace
        left={(
          <aside className="sidebar left" aria-label="Add, simulate and diagnostics">
            <Palette />
            <SimulatePanel />
            <VerifyPanel />
            <DiagnosticsPanel />
          </aside>
        )}
        main={<main className="main" aria-label="Network canvas"><Canvas /></main>}
        right={<RightColumn />}
      />
      <Dialogs />
      <Notice />
      <DiagnosticsAnnouncer />
      <Announcer />
    </div>
  );
}
