// Find a broker by name, host or location: Enter selects the best match (on the name, then the host, then the
// location; within each exact, then prefix, then substring) and centres on it. The suggestions offer all three.

import { useState } from 'react';
import type { Broker } from '../model';
import { select, useDesigner } from '../store/designerStore';
import { focusBrokers } from '../store/uiStore';

type Field = 'name' | 'host' | 'location';
const FIELDS: Field[] = ['name', 'host', 'location'];

function bestIn(values: string[], q: string): number {
  const exact = values.indexOf(q);
  if (exact >= 0) return exact;
  const prefix = values.findIndex((n) => n.startsWith(q));
  return prefix >= 0 ? prefix : values.findIndex((n) => n.includes(q));
}

/** The index of the broker the query finds, or -1. */
export function findBroker(brokers: readonly Pick<Broker, Field>[], query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return -1;
  for (const f of FIELDS) {
    const i = bestIn(brokers.map((b) => (b[f] ?? '').toLowerCase()), q);
    if (i >= 0) return i;
  }
  return -1;
}

export function FindBroker() {
  const brokers = useDesigner((s) => s.current.network.brokers);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  // The suggestions list is built when the box is first used: a thousand options slowed the first render.
  const [used, setUsed] = useState(false);
  const go = () => {
    const i = findBroker(brokers, query);
    setMissing(i < 0 && query.trim() !== '');
    if (i < 0) return;
    select({ brokers: [i], links: [] });
    focusBrokers([i]);
  };
  return (
    <div className="find">
      <input
        id="find-broker" type="search" placeholder="Find broker…" value={query} list="broker-names"
        aria-label="Find broker" title="Find a broker by name, host or location" aria-invalid={missing} className={missing ? 'invalid' : ''}
        onFocus={() => setUsed(true)}
        onChange={(e) => { setQuery(e.target.value); setMissing(false); }}
        onKeyDown={(e) => { if (e.key === 'Enter') go(); if (e.key === 'Escape') (e.target as HTMLInputElement).blur(); }}
      />
      {used && (
        <datalist id="broker-names">
          {brokers.map((b, i) => <option key={i} value={b.name} label={[b.host, b.location].filter(Boolean).join(' · ')} />)}
        </datalist>
      )}
      {missing && <span className="find-missing" role="status">No broker matches</span>}
    </div>
  );
}
