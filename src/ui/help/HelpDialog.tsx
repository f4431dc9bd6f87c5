// Help: the guide (how networks of brokers work here), the diagnostics catalogue (every code: what breaks on a
// real broker, the log line, the fix, an example) and the keyboard shortcuts from the command registry.

import { useState } from 'react';
import { commands } from '../commands';
import { Modal } from '../Modal';
import { Catalogue } from './Catalogue';
import { Guide } from './Guide';
import './help.css';

export type HelpSection = 'guide' | 'diagnostics' | 'shortcuts';

const SECTIONS: { id: HelpSection; label: string }[] = [
  { id: 'guide', label: 'Guide' },
  { id: 'diagnostics', label: 'Diagnostics' },
  { id: 'shortcuts', label: 'Shortcuts' },
];

function Shortcuts() {
  const rows = commands.filter((c) => c.keys?.length);
  return (
    <>
      <table className="shortcuts">
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}><td>{c.keys!.map((k) => <kbd key={k}>{k}</kbd>)}</td><td>{c.label}</td></tr>
          ))}
          <tr><td><kbd>Ctrl</kbd>+click, <kbd>Shift</kbd>+click</td><td>Select several brokers and links</td></tr>
          <tr><td>Drag broker → broker</td><td>Link: the broker where the drag starts dials the one where it ends</td></tr>
          <tr><td><kbd>Tab</kbd>, <kbd>Enter</kbd></td><td>On a palette item: add a broker where the view has room. On a broker or link: select it</td></tr>
          <tr><td><kbd>Tab</kbd> to a panel edge, arrow keys</td><td>Resize the sidebars or the properties/XML split (remembered); <kbd>Enter</kbd> there collapses the properties</td></tr>
        </tbody>
      </table>
      <p className="panel-hint">On macOS use ⌘ for Ctrl. Every command is also in the toolbar&rsquo;s &ldquo;More&rdquo; menu.</p>
    </>
  );
}

export function HelpDialog({ section = 'guide', code }: { section?: HelpSection; code?: string }) {
  const [shown, setShown] = useState<HelpSection>(section);
  return (
    <Modal title="Help" wide>
      <div role="tablist" aria-label="Help sections" className="help-tabs">
        {SECTIONS.map((s) => (
          <button
            key={s.id} type="button" role="tab" id={`help-tab-${s.id}`} aria-selected={shown === s.id} aria-controls="help-panel"
            className="help-tab" onClick={() => setShown(s.id)} data-help-tab={s.id} {...(shown === s.id ? { 'data-autofocus': true } : {})}
          >
            {s.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="help-panel" aria-labelledby={`help-tab-${shown}`} className="help-panel">
        {shown === 'guide' && <Guide />}
        {shown === 'diagnostics' && <Catalogue code={code} />}
        {shown === 'shortcuts' && <Shortcuts />}
      </div>
    </Modal>
  );
}
