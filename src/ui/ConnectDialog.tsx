// "Connect to…": the selected broker dials the broker picked here, the keyboard's way of drawing a link. A filter box
// over a list of the other brokers (the combobox pattern: arrows move, Enter picks, Escape closes, a click picks
// too). The link is made by the store's connect(), where a drawn link ends (canvas/connectGesture.ts), so it gets
// the same clean defaults: a bridge user both ends know, SSL where it crosses locations and can.

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Broker } from '../model';
import { connect } from '../store/actions';
import { useDesigner } from '../store/designerStore';
import { announce, openDialog } from '../store/uiStore';
import { Modal } from './Modal';
import './keyboard.css';

const ROLE = { noc: 'NOC', broker: 'broker', external: 'external' } as const;

/** The brokers `from` can dial whose name, host or location contains the query: names that start with it first,
 *  then other name matches, then host or location matches; each group in the network's order. */
export function connectCandidates(brokers: readonly Pick<Broker, 'name' | 'host' | 'location'>[], from: number, query: string): number[] {
  const q = query.trim().toLowerCase();
  const rank = (b: Pick<Broker, 'name' | 'host' | 'location'>): number => {
    const name = b.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    if (name.includes(q)) return 1;
    return [b.host, b.location ?? ''].some((v) => v.toLowerCase().includes(q)) ? 2 : -1;
  };
  const ranked = brokers.map((b, i) => ({ i, r: i === from ? -1 : rank(b) })).filter((x) => x.r >= 0);
  return ranked.sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.i);
}

export function ConnectDialog({ from }: { from: number }) {
  const brokers = useDesigner((s) => s.current.network.brokers);
  const links = useDesigner((s) => s.current.network.links);
  const source = brokers[from];
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useMemo(() => connectCandidates(brokers, from, query), [brokers, from, query]);
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // Focus goes back where it was (the palette, a broker on the canvas) once the dialog closes: the next key goes on
  // from there.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => () => { if (opener?.isConnected && opener !== document.body) opener.focus(); }, [opener]);
  useEffect(() => { listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }); }, [active, list]);
  if (!source) return null;
  const dials = new Set(links.filter((l) => l.from === source.name).map((l) => l.to));
  const at = Math.min(active, list.length - 1);

  const pick = (index: number | undefined) => {
    const target = index === undefined ? undefined : brokers[index];
    if (!target) return;
    openDialog(undefined);
    connect(source.name, target.name);
    announce(`Link ${source.name} dials ${target.name} added and selected.`);
  };
  const onKey = (e: KeyboardEvent) => {
    const move: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    if (e.key in move && list.length) setActive((Math.max(at, 0) + move[e.key] + list.length) % list.length);
    else if (e.key === 'Enter') pick(list[at]);
    else return;
    e.preventDefault();
  };
  const optionId = (k: number) => `${id}-o${k}`;
  return (
    <Modal title={`Connect ${source.name} to…`}>
      <p className="panel-hint connect-explain"><b>{source.name}</b> dials the broker you pick: it gets the network connector, the other end needs only the bridge user.</p>
      <input
        type="text" className="connect-filter" placeholder="Filter by name, host or location" value={query} data-autofocus
        role="combobox" aria-label="Broker to dial" aria-expanded="true" aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={at >= 0 ? optionId(at) : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKey}
      />
      <ul ref={listRef} id={`${id}-list`} role="listbox" aria-label={`Brokers ${source.name} can dial`} className="connect-list" data-testid="connect-list">
        {list.map((i, k) => {
          const b = brokers[i];
          return (
            <li
              key={i} id={optionId(k)} role="option" aria-selected={k === at} className={`connect-option${k === at ? ' active' : ''}`} data-broker-option={b.name}
              onClick={() => pick(i)} onMouseMove={() => { if (k !== at) setActive(k); }}
            >
              <span className="connect-name">{b.name}</span>
              <span className="muted">{[ROLE[b.role], b.host, b.location].filter(Boolean).join(' · ')}</span>
              {dials.has(b.name) && <span className="connect-note">{source.name} already dials it</span>}
            </li>
          );
        })}
      </ul>
      {!list.length && <p className="panel-hint" role="status">No other broker matches “{query}”.</p>}
      <p className="panel-hint">↑ ↓ choose, Enter connects, Esc closes.</p>
    </Modal>
  );
}
