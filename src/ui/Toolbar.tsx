// The top bar: network name, file commands, templates, undo/redo, layout, download, theme and help.

import { examples } from '../model';
import { useDesigner } from '../store/designerStore';
import { setTheme, useUi } from '../store/uiStore';
import { command, loadExample } from './commands';
import { FindBroker } from './FindBroker';
import { ZipKeytoolOption } from './ZipKeytoolOption';

function Button({ id, label, icon, disabled, primary }: { id: string; label?: string; icon?: string; disabled?: boolean; primary?: boolean }) {
  const c = command(id);
  const keys = c.keys?.length ? ` (${c.keys.join(', ')})` : '';
  return (
    <button type="button" className={`tb-button${primary ? ' primary' : ''}`} onClick={c.run} disabled={disabled} title={c.label + keys} aria-label={c.label} data-command={id}>
      {icon && <span aria-hidden="true" className="tb-icon">{icon}</span>}
      {label !== undefined && <span>{label}</span>}
    </button>
  );
}

export function Toolbar() {
  const canUndo = useDesigner((s) => s.past.length > 0);
  const canRedo = useDesigner((s) => s.future.length > 0);
  const name = useDesigner((s) => s.current.network.name);
  const theme = useUi((s) => s.theme);
  return (
    <header className="toolbar" role="toolbar" aria-label="Designer">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <span className="brand-title">AMQ Network Designer</span>
        <span className="brand-network" title="Network name">{name || 'untitled'}</span>
      </div>
      <div className="tb-group">
        <Button id="new" label="New" />
        <Button id="open" label="Open" />
        <Button id="save" label="Save" />
        <Button id="import" label="Import" />
        <Button id="verifyReport" label="Verify report" />
        <select
          className="tb-select" aria-label="Templates" value=""
          onChange={(e) => { if (e.target.value) loadExample(e.target.value); }}
        >
          <option value="">Templates…</option>
          {examples.map((ex) => <option key={ex.id} value={ex.id} title={ex.description}>{ex.title}</option>)}
        </select>
      </div>
      <div className="tb-group">
        <Button id="undo" icon="↶" disabled={!canUndo} />
        <Button id="redo" icon="↷" disabled={!canRedo} />
        <Button id="layout" label="Auto-layout" />
      </div>
      <FindBroker />
      <div className="tb-spacer" />
      <div className="tb-group">
        <Button id="share" label="Share link" />
        <Button id="zip" label="Download zip" primary />
        <ZipKeytoolOption />
        <button
          type="button" className="tb-button" aria-label="Toggle dark theme" title="Light / dark theme"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          <span aria-hidden="true" className="tb-icon">{theme === 'dark' ? '☀' : '☾'}</span>
        </button>
        <Button id="help" icon="?" />
      </div>
    </header>
  );
}
