// The top bar, always one row: network name (a fixed-width chip, so nothing shifts when the name changes), file
// commands, templates, undo/redo, layout, find, download, theme and help. What does not fit the window goes into
// the "More" menu, lowest priority first; that menu also lists every other command of the registry (commands.ts),
// so a command registered anywhere is reachable from the toolbar.

import { useLayoutEffect, useRef, useState } from 'react';
import { examples } from '../model';
import { useDesigner } from '../store/designerStore';
import { LAYOUT_KINDS } from '../store/layout/kinds';
import { setTheme, useUi } from '../store/uiStore';
import { autoLayout, command, commands, loadExample } from './commands';
import { FindBroker } from './FindBroker';
import { type MenuItem, MenuButton } from './MenuButton';
import './toolbar.css';
import { ZipKeytoolOption } from './ZipKeytoolOption';

function Button({ id, label, icon, disabled, primary }: { id: string; label?: string; icon?: string; disabled?: boolean; primary?: boolean }) {
  const c = command(id);
  const keys = c.keys?.length ? ` (${c.keys.join(', ')})` : '';
  return (
    <button type="button" className={`tb-button${primary ? ' primary' : ''}`} onClick={c.run} disabled={disabled} title={c.label + keys} aria-label={label && !icon ? undefined : c.label} data-command={id}>
      {icon && <span aria-hidden="true" className="tb-icon">{icon}</span>}
      {label !== undefined && <span>{label}</span>}
    </button>
  );
}

/** Toolbar items that may move into "More": their id, the commands they show, and their priority (lowest goes first). */
const OVERFLOW: { id: string; commands: string[]; priority: number }[] = [
  { id: 'share', commands: ['share'], priority: 1 },
  { id: 'templates', commands: [], priority: 2 },
  { id: 'theme', commands: ['theme'], priority: 3 },
  { id: 'new', commands: ['new'], priority: 4 },
  { id: 'verify', commands: ['verifyReport'], priority: 4.5 },
  { id: 'import', commands: ['import'], priority: 5 },
  { id: 'layout', commands: ['layout', ...LAYOUT_KINDS.map((k) => `layout-${k.kind}`)], priority: 6 },
  { id: 'open', commands: ['open'], priority: 7 },
  { id: 'save', commands: ['save'], priority: 8 },
  { id: 'history', commands: ['undo', 'redo'], priority: 9 },
  { id: 'help', commands: ['help'], priority: 10 },
];
const ON_TOOLBAR = new Set([...OVERFLOW.flatMap((o) => o.commands), 'zip', 'find']);
const prio = (id: string) => OVERFLOW.find((o) => o.id === id)!.priority;

/** Hides the lowest-priority items until the toolbar fits its one row; returns the ids hidden. */
function useOverflow(): [React.RefObject<HTMLElement | null>, string[]] {
  const ref = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  useLayoutEffect(() => {
    const bar = ref.current!;
    const fit = () => {
      const items = [...bar.querySelectorAll<HTMLElement>('[data-ov]')];
      for (const it of items) it.hidden = false;
      const out: string[] = [];
      for (const it of items.sort((a, b) => Number(a.dataset.prio) - Number(b.dataset.prio))) {
        if (bar.scrollWidth <= bar.clientWidth) break;
        it.hidden = true;
        out.push(it.dataset.ov!);
      }
      out.sort();
      setHidden((prev) => (prev.join() === out.join() ? prev : out));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return [ref, hidden];
}

function Item({ id, hidden, children }: { id: string; hidden: string[]; children: React.ReactNode }) {
  return <div className="tb-item" data-ov={id} data-prio={prio(id)} hidden={hidden.includes(id)}>{children}</div>;
}

function moreItems(hidden: string[], canUndo: boolean, canRedo: boolean): MenuItem[] {
  const hiddenCommands = new Set(OVERFLOW.filter((o) => hidden.includes(o.id)).flatMap((o) => o.commands));
  const disabled = (id: string) => (id === 'undo' && !canUndo) || (id === 'redo' && !canRedo);
  const items: MenuItem[] = commands
    .filter((c) => c.inMenu !== false && (hiddenCommands.has(c.id) || !ON_TOOLBAR.has(c.id)))
    .map((c) => ({ id: c.id, label: c.keys?.length ? `${c.label}  (${c.keys[0]})` : c.label, run: c.run, disabled: disabled(c.id) }));
  if (hidden.includes('templates')) items.push(...examples.map((ex) => ({ id: `template-${ex.id}`, label: `Template: ${ex.title}`, hint: ex.description, run: () => loadExample(ex.id) })));
  return items;
}

export function Toolbar() {
  const canUndo = useDesigner((s) => s.past.length > 0);
  const canRedo = useDesigner((s) => s.future.length > 0);
  const name = useDesigner((s) => s.current.network.name);
  const theme = useUi((s) => s.theme);
  const [ref, hidden] = useOverflow();
  return (
    <header className="toolbar" ref={ref}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <h1 className="brand-title">AMQ Network Designer</h1>
        <span className="brand-network" title={`Network name: ${name || 'untitled'}`} data-testid="network-name">{name || 'untitled'}</span>
      </div>
      <div className="tb-row" role="toolbar" aria-label="Designer commands">
        <div className="tb-group">
          <Item id="new" hidden={hidden}><Button id="new" label="New" /></Item>
          <Item id="open" hidden={hidden}><Button id="open" label="Open" /></Item>
          <Item id="save" hidden={hidden}><Button id="save" label="Save" /></Item>
          <Item id="import" hidden={hidden}><Button id="import" label="Import" /></Item>
          <Item id="verify" hidden={hidden}><Button id="verifyReport" label="Verify report" /></Item>
          <Item id="templates" hidden={hidden}>
            <select className="tb-select" aria-label="Templates" value="" onChange={(e) => { if (e.target.value) loadExample(e.target.value); }}>
              <option value="">Templates…</option>
              {examples.map((ex) => <option key={ex.id} value={ex.id} title={ex.description}>{ex.title}</option>)}
            </select>
          </Item>
        </div>
        <div className="tb-group">
          <Item id="history" hidden={hidden}>
            <Button id="undo" icon="↶" disabled={!canUndo} />
            <Button id="redo" icon="↷" disabled={!canRedo} />
          </Item>
          <Item id="layout" hidden={hidden}>
            <div className="split-button">
              <Button id="layout" label="Auto-layout" />
              <MenuButton label="Choose a layout" className="split-menu" testId="layout-menu"
                items={LAYOUT_KINDS.map(({ kind, label, hint }) => ({ id: `layout-${kind}`, label, hint, run: () => void autoLayout(kind) }))}>
                <span aria-hidden="true">▾</span>
              </MenuButton>
            </div>
          </Item>
        </div>
        <FindBroker />
        <div className="tb-spacer" />
        <div className="tb-group">
          <Item id="share" hidden={hidden}><Button id="share" label="Share link" /></Item>
          <Button id="zip" label="Download zip" primary />
          <ZipKeytoolOption />
          <Item id="theme" hidden={hidden}>
            <button type="button" className="tb-button" aria-label="Toggle dark theme" title="Light / dark theme" data-command="theme" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
              <span aria-hidden="true" className="tb-icon">{theme === 'dark' ? '☀' : '☾'}</span>
            </button>
          </Item>
          <Item id="help" hidden={hidden}><Button id="help" icon="?" /></Item>
          <MenuButton label="More commands" align="right" testId="more-menu" items={moreItems(hidden, canUndo, canRedo)}>More <span aria-hidden="true">▾</span></MenuButton>
        </div>
      </div>
    </header>
  );
}
