// The canvas legend: what a link's drawing means (one-way, duplex, a paired return link, SSL), drawn with the same
// strokes and arrows as the edges. Collapsible, and remembered, so it never stands in the way of a large network.

import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { LockIcon } from './LockIcon';

const KEY = 'amq-designer:legend-open';

function Arrow({ x, y, dir }: { x: number; y: number; dir: 1 | -1 }) {
  return <path d={`M ${x} ${y} l ${-7 * dir} -4 v 8 z`} className="legend-arrow" />;
}

const SAMPLES = {
  oneWay: <><path d="M 2 8 H 40" className="legend-line" /><Arrow x={42} y={8} dir={1} /></>,
  duplex: <><path d="M 4 8 H 40" className="legend-line" /><Arrow x={42} y={8} dir={1} /><Arrow x={2} y={8} dir={-1} /></>,
  paired: (
    <>
      <path d="M 2 6 Q 22 -1 40 6" className="legend-line" /><Arrow x={42} y={6.5} dir={1} />
      <path d="M 42 11 Q 22 18 4 11" className="legend-line" /><Arrow x={2} y={10.5} dir={-1} />
    </>
  ),
  ssl: <><path d="M 2 8 H 40" className="legend-line ssl" /><Arrow x={42} y={8} dir={1} /></>,
};

const ROWS: { id: keyof typeof SAMPLES; text: string }[] = [
  { id: 'oneWay', text: 'one-way: the arrow is at the broker dialled' },
  { id: 'duplex', text: 'duplex: one connection, both ways' },
  { id: 'paired', text: 'paired: a link each way, two curves' },
  { id: 'ssl', text: 'SSL: dashed, with a lock' },
];

export function LinkLegend() {
  const [open, setOpen] = useState(() => { try { return localStorage.getItem(KEY) !== '0'; } catch { return true; } });
  const toggle = () => {
    setOpen(!open);
    try { localStorage.setItem(KEY, open ? '0' : '1'); } catch { /* not remembered */ }
  };
  return (
    <Panel position="bottom-left" className="link-legend" data-testid="link-legend">
      <button type="button" className="link-legend-toggle" aria-expanded={open} onClick={toggle}>{open ? '▾' : '▸'} Links</button>
      {open && (
        <ul aria-label="Link legend">
          {ROWS.map((r) => (
            <li key={r.id} data-legend={r.id}>
              <svg width="46" height="16" viewBox="0 0 46 16" aria-hidden="true">{SAMPLES[r.id]}</svg>
              <span>{r.text}</span>
              {r.id === 'ssl' && <LockIcon size={11} />}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
