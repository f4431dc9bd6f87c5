// Find a broker by name: Enter selects the first match (exact, then prefix, then substring) and centres on it.

import { useState } from 'react';
import { select, useDesigner } from '../store/designerStore';
import { focusBrokers } from '../store/uiStore';

export function findBroker(names: string[], query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return -1;
  const lower = names.map((n) => n.toLowerCase());
  const exact = lower.indexOf(q);
  if (exact >= 0) return exact;
  const prefix = lower.findIndex((n) => n.startsWith(q));
  return prefix >= 0 ? prefix : lower.findIndex((n) => n.includes(q));
}

export function FindBroker() {
  const brokers = useDesigner((s) => s.current.network.brokers);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  // The suggestions list is built when the box is first used: a thousand options slowed the first render.
  const [used, setUsed] = useState(false);
  const go = () => {
    const i = findBroker(brokers.map((b) => b.name), query);
    setMissing(i < 0 && query.trim() !== '');
    if (i < 0) return;
    select({ brokers: [i], links: [] });
    focusBrokers([i]);
  };
  return (
    <div className="find">
      <input
        id="find-broker" type="search" placeholder="Find broker…" value={query} list="broker-names"
        aria-label="Find broker" aria-invalid={missing} className={missing ? 'invalid' : ''}
        onFocus={() => setUsed(true)}
        onChange={(e) => { setQuery(e.target.value); setMissing(false); }}
        onKeyDown={(e) => { if (e.key === 'Enter') go(); if (e.key === 'Escape') (e.target as HTMLInputElement).blur(); }}
      />
      {used && <datalist id="broker-names">{brokers.map((b, i) => <option key={i} value={b.name} />)}</datalist>}
      {missing && <span className="find-missing" role="status">No broker matches</span>}
    </div>
  );
}
